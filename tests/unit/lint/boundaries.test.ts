import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/webHost';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error');
}

/** The folder rules of ARCHITECTURE.md §1 must keep firing; a config typo would silence them. */
describe('ESLint folder boundaries', () => {
  it.each([
    ['src/renderer/views/Bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['src/renderer/views/Bad.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n"],
    ['src/renderer/views/Bad.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['src/renderer/views/Bad.ts', "import { createCore } from '../../main/core/createCore';\nexport const x = createCore;\n"],
    ['src/shared/bad.ts', "import { join } from 'path';\nexport const x = join;\n"],
    ['src/main/core/bad.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src/main/core/bad.ts', "import { startWebServer } from '../web/server';\nexport const x = startWebServer;\n"],
    ['src/main/web/bad.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src/main/electron/window.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n"],
  ])('%s may not import that', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['src/main/core/bad.ts', "import { join } from 'node:path';\nexport const x = join;\n"],
    ['src/main/electron/ipc.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n"],
    ['src/renderer/views/Good.ts', "import { z } from 'zod';\nexport const x = z;\n"],
  ])('%s may import that', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).not.toContain('no-restricted-imports');
  });
});
