import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import { AdjustableClock, systemClock } from '../core/clock';
import { createCore } from '../core/createCore';
import { DataDirInUseError } from '../core/db/dataDirLock';
import { FutureDatabaseError } from '../core/db/migrate';
import { defaultDataDir } from './defaultDataDir';
import { removeHostFile, runningHost, writeHostFile } from './hostFile';
import { startWebServer } from './server';

const USAGE = `Usage: npm run web -- [--port <n>] [--data-dir <folder>]

  --port <n>          listen on this port (default: a free one)
  --data-dir <dir>    data folder (default: $CERTPLAN_DATA_DIR or the desktop app's folder)
  --test-mode         for automated tests: check outputs, allow --clock and moving the clock
  --clock <instant>   test mode only: start the core's clock at this ISO-8601 instant
  --locale <tag>      how dates are written, e.g. en-GB (default: the system's; match your browser's)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'test-mode': { type: 'boolean', default: false },
      clock: { type: 'string' },
      locale: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port: "${values.port}" is not a port number`);
  const testMode = values['test-mode'];
  if (values.clock && !testMode) fail('--clock is only accepted together with --test-mode');
  const clock = testMode ? new AdjustableClock(values.clock ? new Date(values.clock) : new Date()) : systemClock;
  if (clock instanceof AdjustableClock && Number.isNaN(clock.now().getTime())) fail(`--clock: "${values.clock}" is not an ISO-8601 instant`);
  const dataDir = resolve(values['data-dir'] ?? process.env.CERTPLAN_DATA_DIR ?? defaultDataDir());

  const other = runningHost(dataDir);
  if (other) fail(`Certplan is already running on this data folder at ${other.url} (process ${other.pid}).`);

  let core;
  try {
    core = await createCore({ dataDir, host: 'web', version, clock, validateOutputs: testMode, ...(values.locale ? { locale: values.locale } : {}) });
  } catch (error) {
    if (error instanceof FutureDatabaseError || error instanceof DataDirInUseError) fail(error.message);
    throw error;
  }
  const token = randomBytes(24).toString('base64url');
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  const server = await startWebServer({
    core,
    rendererDir,
    token,
    port,
    // Moving the test clock brings reminders and statuses up to date at once, as time passing would.
    ...(clock instanceof AdjustableClock
      ? {
          setClock: (instant: Date) => {
            clock.set(instant);
            core.refresh();
          },
        }
      : {}),
  });
  writeHostFile(dataDir, { url: server.url, port: server.port, token, pid: process.pid, startedAt: new Date().toISOString() });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    await server.close();
    core.close();
    removeHostFile(dataDir);
    console.log(`Certplan web host stopped (${signal}); the database was closed cleanly.`);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  console.log(`Certplan is running at ${server.url}#token=${token}`);
  console.log(`Open that address in your browser. Data folder: ${dataDir}`);
  console.log('Press Ctrl-C to stop.');
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

main().catch((error: unknown) => {
  console.error('Certplan web host failed to start:', error);
  process.exit(1);
});
