// `npm run bench [-- --quick] [-- --no-build] [-- <vitest filters>]`: build the app (the bench
// times the built renderer and web host), then run the timing cases (tests/bench/*.bench.ts) one
// file at a time. --quick skips the 16× heavy profile and runs fewer repetitions.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const skipBuild = args.includes('--no-build');
const vitestArgs = args.filter((arg) => arg !== '--quick' && arg !== '--no-build');

const run = (script, scriptArgs, env = process.env) => {
  const result = spawnSync(process.execPath, [join(projectDir, 'node_modules', ...script), ...scriptArgs], { cwd: projectDir, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!skipBuild) run(['electron-vite', 'bin', 'electron-vite.js'], ['build']);
run(['vitest', 'vitest.mjs'], ['run', '--config', 'vitest.bench.config.ts', ...vitestArgs], { ...process.env, CERTPLAN_BENCH_QUICK: quick ? '1' : '0' });
