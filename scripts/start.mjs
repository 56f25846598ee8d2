// `npm start`: build the app with electron-vite and open it in Electron.
//
// The Electron binary is looked up the way the electron package does it, but WITHOUT requiring
// that package: its index.js starts a download as a side effect. Where the binary is missing and
// cannot be downloaded (no access to GitHub), this prints one clear sentence pointing at
// `npm run web`, which opens the same app in a browser. tests/electron/electronBinary.ts uses the
// same lookup.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronPackageDir = join(projectDir, 'node_modules', 'electron');
const electronViteCli = join(projectDir, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');

const DEFAULT_EXECUTABLE = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' };

/** Path of the Electron executable if it is on disk, else null. */
function findElectronBinary() {
  const pathFile = join(electronPackageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const executable = relative || DEFAULT_EXECUTABLE[process.platform] || 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, executable) : relative ? join(electronPackageDir, 'dist', relative) : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

/** Runs electron's own installer once; returns a one-line reason when it fails. */
function downloadElectron() {
  const result = spawnSync(process.execPath, [join(electronPackageDir, 'install.js')], {
    cwd: electronPackageDir,
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  if (result.status === 0) return null;
  if (result.error) return result.error.message;
  const firstLine = `${result.stderr}\n${result.stdout}`.split('\n').map((line) => line.trim()).find(Boolean);
  return firstLine ?? `the installer exited with code ${result.status}`;
}

function electronBinaryOrExit() {
  let binary = findElectronBinary();
  if (binary) return binary;
  const reason = downloadElectron();
  binary = findElectronBinary();
  if (binary) return binary;
  console.error(
    `Certplan could not start: the Electron binary is missing and could not be downloaded (${reason ?? 'the installer reported success but left no binary'}). ` +
      'Run `npm run web` to open the same app in your browser.',
  );
  process.exit(1);
}

function buildOrExit() {
  const result = spawnSync(process.execPath, [electronViteCli, 'build'], { cwd: projectDir, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs a child with our terminal, hands it SIGINT/SIGTERM, and leaves with its exit status. */
function runForwarding(command, args, env) {
  const child = spawn(command, args, { cwd: projectDir, stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (error) => {
    console.error(`Could not run ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}

// Looking for the binary first fails fast, before a build whose result could not be used.
const electron = electronBinaryOrExit();
buildOrExit();
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
runForwarding(electron, [projectDir], env);
