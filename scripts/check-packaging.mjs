// `npm run test:packaging`: proves electron-builder.yml is valid and packs the app correctly,
// without the Electron binary (which cannot be downloaded on CI machines like ours). Run after
// `npm run build`.
//
//  1. Validates electron-builder.yml against electron-builder's own schema (and checks that the
//     validator really rejects a bad key, so this step cannot pass vacuously).
//  2. Packs `--linux dir` into a temporary folder, with `electronDist` pointing at a stand-in
//     Electron: one `electron` file carrying Electron's fuse wire (the sentinel plus the default
//     fuse states), so electron-builder's real fuse step runs against it unchanged.
//  3. Lists the app.asar and checks the app files, the unpacked native module, that nothing from
//     the sources or tests slipped in, and that every fuse in electron-builder.yml was flipped.
//
// The real dist/ folder is never touched.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(projectDir, 'package.json'));
const builderLibRequire = createRequire(require.resolve('app-builder-lib/package.json'));

const { getConfig, validateConfiguration } = builderLibRequire('./out/util/config/config.js');
const { DebugLogger } = builderLibRequire('builder-util');
const { build, Platform, Arch } = require('electron-builder');
const asar = require('@electron/asar');
const { getCurrentFuseWire, FuseV1Options } = builderLibRequire('@electron/fuses');

const REQUIRED_IN_ASAR = [
  'package.json',
  'out/main/index.js',
  'out/main/web.js',
  // The flashcard import reader's worker thread (electron.vite.config.ts).
  'out/main/flashcardImportWorker.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];
const UNPACKED_NATIVE_MODULE = 'node_modules/better-sqlite3/prebuilds/linux-x64.node';
/** Nothing under these may end up in the package: sources, tests, tooling, source maps. */
const FORBIDDEN_IN_ASAR = [/^src\//, /^tests\//, /^scripts\//, /^assets\//, /\.map$/, /^electron-builder\.yml$/, /^out\/.*\.ts$/];
/** The security baseline (ARCHITECTURE.md §7): weakening a fuse in the yml must fail this check. */
const REQUIRED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
};
/** The fuse wire of an unmodified Electron 45 binary, in @electron/fuses' V1 order. */
const ELECTRON_DEFAULT_FUSES = '10110001';
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** A fuse's state byte is the ASCII digit '1' (enabled) or '0' (disabled). */
const FUSE_ENABLED = 0x31;
const FUSE_DISABLED = 0x30;
const fuseStateName = (byte) => (byte === FUSE_ENABLED ? 'enabled' : byte === FUSE_DISABLED ? 'disabled' : `byte ${byte}`);

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

function requireBuild() {
  const missing = REQUIRED_IN_ASAR.filter((file) => file !== 'package.json' && !existsSync(join(projectDir, file)));
  if (missing.length > 0) {
    console.error(`check-packaging: the build is missing ${missing.join(', ')}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  // The import worker loads only the file readers (its own chunk), never the whole core.
  const worker = readFileSync(join(projectDir, 'out/main/flashcardImportWorker.js'), 'utf8');
  check(!/chunks\/core-/.test(worker), 'out/main/flashcardImportWorker.js imports the core chunk; it should load only the import reader');
}

async function validateConfig() {
  const started = Date.now();
  const config = await getConfig(projectDir, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  let rejected = false;
  try {
    await validateConfiguration({ ...config, linux: { ...config.linux, notAnOption: true } }, new DebugLogger(false));
  } catch {
    rejected = true;
  }
  if (!rejected) throw new Error('the schema validator accepted an unknown key; the config check is not working');
  return { ms: Date.now() - started };
}

function writeStandInElectron(folder) {
  const wire = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron for scripts/check-packaging.mjs" >&2\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL, 'ascii'),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), // fuse wire version 1, then its length
    Buffer.from(ELECTRON_DEFAULT_FUSES, 'ascii'),
  ]);
  writeFileSync(join(folder, 'electron'), wire, { mode: 0o755 });
}

async function pack(workDir) {
  const started = Date.now();
  const electronDist = join(workDir, 'electron-dist');
  const output = join(workDir, 'dist');
  mkdirSync(electronDist);
  writeStandInElectron(electronDist);
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: { directories: { output }, electronDist, npmRebuild: false },
  });
  const appOutDir = join(output, 'linux-unpacked');
  if (!existsSync(appOutDir)) throw new Error(`electron-builder produced no ${appOutDir}`);
  return { appOutDir, ms: Date.now() - started };
}

function inspectAsar(appOutDir) {
  const asarFile = join(appOutDir, 'resources', 'app.asar');
  check(existsSync(asarFile), `no app.asar in ${join(appOutDir, 'resources')}`);
  if (!existsSync(asarFile)) return { entries: 0 };
  const entries = asar.listPackage(asarFile, { isPack: false }).map((entry) => entry.replace(/^[/\\]+/, '').replaceAll('\\', '/'));
  const listed = new Set(entries);
  for (const file of REQUIRED_IN_ASAR) check(listed.has(file), `app.asar lacks ${file}`);
  const forbidden = entries.filter((entry) => !entry.startsWith('node_modules/') && FORBIDDEN_IN_ASAR.some((re) => re.test(entry)));
  check(forbidden.length === 0, `app.asar contains files that must stay out: ${forbidden.slice(0, 5).join(', ')}`);
  const packageJson = JSON.parse(asar.extractFile(asarFile, 'package.json').toString('utf8'));
  check(listed.has(packageJson.main), `package.json "main" (${packageJson.main}) is not in app.asar`);
  const unpacked = join(appOutDir, 'resources', 'app.asar.unpacked', UNPACKED_NATIVE_MODULE);
  check(existsSync(unpacked), `app.asar.unpacked lacks ${UNPACKED_NATIVE_MODULE}`);
  return { entries: entries.length };
}

async function inspectFuses(appOutDir) {
  const executable = readdirSync(appOutDir).find((name) => name !== 'resources' && !name.includes('.'));
  check(executable !== undefined, `no executable in ${appOutDir}`);
  if (executable === undefined) return [];
  const wire = await getCurrentFuseWire(join(appOutDir, executable));
  const report = [];
  for (const [name, wanted] of Object.entries(REQUIRED_FUSES)) {
    // electron-builder's camelCase keys name @electron/fuses' PascalCase options.
    const option = FuseV1Options[name.charAt(0).toUpperCase() + name.slice(1)];
    const actual = wire[option];
    const expected = wanted ? FUSE_ENABLED : FUSE_DISABLED;
    check(actual === expected, `fuse ${name} is ${fuseStateName(actual)} in the packed binary, expected ${fuseStateName(expected)}`);
    report.push(`${name}=${wanted}`);
  }
  return report;
}

requireBuild();
const workDir = mkdtempSync(join(tmpdir(), 'certplan-packaging-'));
let exitCode = 0;
try {
  const { ms: validateMs } = await validateConfig();
  const { appOutDir, ms: packMs } = await pack(workDir);
  const { entries } = inspectAsar(appOutDir);
  const fuses = await inspectFuses(appOutDir);
  if (failures.length > 0) {
    console.error(`\ncheck-packaging FAILED:\n${failures.map((failure) => `  ✗ ${failure}`).join('\n')}`);
    exitCode = 1;
  } else {
    console.log(
      [
        '',
        'check-packaging passed:',
        `  ✓ electron-builder.yml matches electron-builder's schema (${validateMs} ms)`,
        `  ✓ --linux dir packed with a stand-in Electron (${packMs} ms); app.asar holds ${entries} entries`,
        `  ✓ app files present: ${REQUIRED_IN_ASAR.join(', ')}`,
        `  ✓ native module unpacked: app.asar.unpacked/${UNPACKED_NATIVE_MODULE}`,
        '  ✓ no sources, tests, scripts or source maps in app.asar',
        `  ✓ fuses flipped: ${fuses.join(', ')}`,
      ].join('\n'),
    );
  }
} catch (error) {
  console.error('\ncheck-packaging FAILED:', error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
// Explicit: electron-builder leaves handles and exit hooks behind that would otherwise decide the code.
process.exit(exitCode);
