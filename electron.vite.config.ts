import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './src/shared/contentSecurityPolicy';

/**
 * The modules the import worker thread runs (what importWorker.ts imports): the file
 * readers, the shared CSV decoder, the size limits and their libraries. Kept out of the core
 * chunk so the worker loads only these; check-packaging.mjs fails if the worker imports the core.
 */
const IMPORT_READER =
  /\/src\/main\/core\/services\/flashcards\/import\/(importFile|importFileMessages|importDraft|ankiPackage|ankiCollection|ankiProtobuf|zipEntries|zstd|csvTable|timeSlicer)\.ts$|\/src\/main\/core\/domain\/csvFileText\.ts$|\/src\/shared\/schemas\/flashcards\/limits\.ts$|\/node_modules\/(fflate|fzstd|protobufjs|@protobufjs|papaparse)\//;

/** Adds the CSP meta tag to the built index.html (dev mode's inline HMR script would trip it). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'certplan-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * Writes every non-ASCII character of the main process's chunks as a \\u escape. V8 keeps a
 * script's source for as long as the process runs, and one curly quote makes it a two-byte
 * string: the core chunk took 7 MB of the web host's memory instead of 3.5 (issue 10). Safe for
 * this code: the escape means the same in strings, templates, regular expressions, identifiers
 * and comments, and the chunks read no tagged template's raw text.
 */
function asciiOnlyChunks(): Plugin {
  return {
    name: 'certplan-ascii-only-chunks',
    apply: 'build',
    // After every other step (the core chunk is assembled late), on each JavaScript chunk.
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = file.code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      }
    },
  };
}

export default defineConfig({
  main: {
    plugins: [asciiOnlyChunks()],
    build: {
      outDir: 'out/main',
      // Only `dependencies` stay external, and the one runtime dependency is the native
      // better-sqlite3: everything else (zod, date-fns, …) is a devDependency bundled here, which
      // also spares loading date-fns' hundreds of ESM files at every start.
      rollupOptions: {
        // The Electron shell and the loopback web host share one build of the core.
        input: {
          index: resolve('src/main/electron/main.ts'),
          web: resolve('src/main/web/start.ts'),
          // The flashcard import reader's worker thread (services/flashcards/import/importReader.ts
          // finds it beside the core); scripts/check-packaging.mjs checks that it is packed.
          flashcardImportWorker: resolve('src/main/core/services/flashcards/import/importWorker.ts'),
        },
        // The shared chunk is the core; name it so instead of after its first module. What the
        // import worker runs is a chunk of its own (first, by priority), so the worker does not
        // load the whole core.
        output: {
          codeSplitting: {
            groups: [
              { name: 'import-reader', test: (id: string) => IMPORT_READER.test(id), priority: 2 },
              { name: 'core', test: (id: string) => !/\/src\/main\/(electron|web)\/|\/importWorker\.ts$/.test(id), priority: 1 },
            ],
          },
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require node_modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified by default; minified, the first screen is
      // a fraction of the size to parse (the bench prints the gzip figure).
      minify: true,
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
    plugins: [react(), contentSecurityPolicyMeta()],
  },
});
