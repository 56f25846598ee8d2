import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations; its one export is tested here
import { nodeVersionProblem } from '../../../scripts/check-node.mjs';
import { PROJECT_ROOT } from '../../support/webHost';

describe('npm start without an Electron binary', () => {
  it('says so in one clear line that names npm run web, and exits 1 without building', () => {
    const empty = mkdtempSync(join(tmpdir(), 'certplan-no-electron-'));
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'start.mjs')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        // An empty dist folder: no binary, whatever this machine has installed.
        ELECTRON_OVERRIDE_DIST_PATH: empty,
        // Any download attempt fails at once instead of fetching 100 MB on a connected machine.
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: empty,
      },
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Certplan could not start: the Electron binary is missing and could not be downloaded \(.+\)\. Run `npm run web` to open the same app in your browser\.$/);
    expect(result.stdout).not.toMatch(/building/i);
  });
});

describe('the Node version check', () => {
  it.each([
    ['20.20.2', true],
    ['22.11.0', true],
    ['22.12.0', false],
    ['22.23.3', false],
    ['24.1.0', false],
  ])('Node %s → refused: %s', (version, refused) => {
    const problem = nodeVersionProblem(version) as string | null;
    expect(problem !== null).toBe(refused);
    if (problem) expect(problem).toContain(`this is Node.js ${version}`);
  });
});
