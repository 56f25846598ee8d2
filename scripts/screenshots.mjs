// `npm run screenshots`: the e2e journeys again, writing the README's screenshots into
// docs/screenshots/ (an ordinary test run keeps them in test-results/). Spawned with the variable
// set here so the script works the same in every shell.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cli = require.resolve('@playwright/test/cli');
const result = spawnSync(process.execPath, [cli, 'test', '--project=e2e', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CERTPLAN_SCREENSHOTS: '1' },
});
process.exit(result.status ?? 1);
