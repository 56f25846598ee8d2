import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import { AdjustableClock, systemClock } from '../core/clock';
import { createCore } from '../core/createCore';
import { describeStartupFailure } from '../core/startupFailure';
import { defaultDataDir } from './defaultDataDir';
import { removeHostFile, runningHost, writeHostFile } from './hostFile';
import { startWebServer } from './server';

const USAGE = `Usage: npm run web -- [--port <n>] [--data-dir <folder>]

  --port <n>          listen on this port (default: a free one)
  --data-dir <dir>    data folder (default: $CERTPLAN_DATA_DIR or the desktop app's folder)
  --test-mode         for automated tests: check outputs, allow --clock and moving the clock
  --clock <instant>   test mode only: start the core's clock at this ISO-8601 instant
  --locale <tag>      how dates are written, e.g. en-GB (default: the system's; match your browser's)`;

const OPTIONS = {
  port: { type: 'string' },
  'data-dir': { type: 'string' },
  'test-mode': { type: 'boolean', default: false },
  clock: { type: 'string' },
  locale: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

/** The options, or a one-line reason (an unknown option, a missing value) and exit 2. */
function readOptions() {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const option = /'(-[^']*)'/.exec(text)?.[1];
    const code = (error as { code?: string }).code;
    const reason =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option
        ? `Unknown option ${option}.`
        : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
          ? `Unexpected argument ${/'([^']*)'/.exec(text)?.[1] ?? ''}; options start with --.`
          : `${text.split(/(?<=\.)\s/)[0]}`;
    console.error(`${reason.replace(/([^.])$/, '$1.')} Run \`npm run web -- --help\` to see the options.`);
    process.exit(2);
  }
}

async function main(rendererDir: string): Promise<void> {
  const values = readOptions();
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
  const named = values['data-dir'] ?? process.env.CERTPLAN_DATA_DIR;
  const dataDir = resolve(named ?? defaultDataDir());

  const other = runningHost(dataDir);
  if (other) {
    fail(
      `Certplan is already running on this data folder at ${other.info.url} (process ${other.info.pid}).` +
        (other.uncertain ? ` If it is not, that process number now belongs to another program: delete ${other.file} and start again.` : ''),
    );
  }

  let core;
  try {
    // A folder named on the command line is not created with its parents: a typo is reported.
    core = await createCore({
      dataDir,
      host: 'web',
      version,
      clock,
      validateOutputs: testMode,
      createParents: named === undefined,
      ...(values.locale ? { locale: values.locale } : {}),
    });
  } catch (error) {
    fail(describeStartupFailure(error, dataDir).message);
  }
  const token = randomBytes(24).toString('base64url');
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
  }).catch((error: unknown) => {
    core.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`Port ${port} is already in use by another program. Choose another with --port, or leave --port out to use a free one.`);
    if (code === 'EACCES') fail(`Port ${port} needs special permission on this system. Choose a port above 1023, or leave --port out.`);
    return fail(`The web host could not listen on 127.0.0.1:${port}: ${error instanceof Error ? error.message : String(error)}`);
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

  const recovery = core.recoveryLine();
  if (recovery) console.error(`${recovery} Open the address below to recover.`);
  console.log(`Certplan is running at ${server.url}#token=${token}`);
  console.log(`Open that address in your browser. Data folder: ${dataDir}`);
  console.log('Press Ctrl-C to stop.');
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Starts the web host serving the built renderer in `rendererDir` (see start.ts, the entry). */
export function runWebHost(rendererDir: string): void {
  main(rendererDir).catch((error: unknown) => {
    // Never a stack trace for the person; one line saying what failed.
    console.error(`Certplan web host failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
