import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './src/shared/contentSecurityPolicy';

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

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Only `dependencies` stay external, and the one runtime dependency is the native
      // better-sqlite3: everything else (zod, date-fns, …) is a devDependency bundled here, which
      // also spares loading date-fns' hundreds of ESM files at every start.
      rollupOptions: {
        // The Electron shell and the loopback web host share one build of the core.
        input: {
          index: resolve('src/main/electron/main.ts'),
          web: resolve('src/main/web/cli.ts'),
        },
        // The shared chunk is the core; name it so instead of after its first module.
        output: { manualChunks: (id) => (id.includes('/src/main/electron/') || id.includes('/src/main/web/') ? undefined : 'core') },
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
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
    plugins: [react(), contentSecurityPolicyMeta()],
  },
});
