// `npm run test:reliability`: the reliability suite in full — at least 200 kill -9s during
// writes, at least 200 generated payloads per contract method, and the damaged-file, full-disk,
// read-only and locked-folder scenarios. (`npm test` runs the same files short.) Needs a build.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(projectDir, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', 'tests/reliability', ...process.argv.slice(2)], {
  cwd: projectDir,
  stdio: 'inherit',
  env: { ...process.env, CERTPLAN_RELIABILITY: 'full' },
});
process.exit(result.status ?? 1);
