import { fileURLToPath } from 'node:url';
import { memorySettingsMissing, restartWithMemorySettings } from './memorySettings';

/**
 * The web host's entry (out/main/web.js). It starts the host with the memory settings a
 * long-running loopback server wants, then loads the host itself (cli.ts) — loaded on demand,
 * so the core is read once, after the settings are in force.
 */
if (memorySettingsMissing()) restartWithMemorySettings();
const { runWebHost } = await import('./cli');
// Beside out/main/web.js: the built renderer.
runWebHost(fileURLToPath(new URL('../renderer/', import.meta.url)));
