// `npm run web [-- --no-build] [-- <web host options>]`: build the app, then serve it from the
// loopback web host (out/main/web.js). Every argument except --no-build goes to the web host, so
// `npm run web -- --port 8080` works; `npm run web -- --help` lists its options.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronViteCli = join(projectDir, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const webHost = join(projectDir, 'out', 'main', 'web.js');

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const hostArgs = args.filter((arg) => arg !== '--no-build');

if (!skipBuild) {
  const result = spawnSync(process.execPath, [electronViteCli, 'build'], { cwd: projectDir, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
if (!existsSync(webHost)) {
  console.error('out/main/web.js is missing: run `npm run web` without --no-build (or `npm run build`) first.');
  process.exit(1);
}

// The web host stops cleanly on SIGINT/SIGTERM (closes the database, removes its host file), so
// hand those on and leave with its exit status.
const child = spawn(process.execPath, [webHost, ...hostArgs], { cwd: projectDir, stdio: 'inherit' });
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('error', (error) => {
  console.error(`Could not start the web host: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  process.off('SIGINT', forward);
  process.off('SIGTERM', forward);
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
