import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
const WEB_ENTRY = join(PROJECT_ROOT, 'out', 'main', 'web.js');

export interface WebHost {
  dataDir: string;
  /** http://127.0.0.1:<port>/ */
  baseUrl: string;
  port: number;
  token: string;
  /** The address a person opens: base URL plus `#token=…`. */
  appUrl: string;
  output: () => string;
  call<T = unknown>(method: string, input?: unknown): Promise<{ status: number; body: ApiBody<T> }>;
  setClock(instant: string): Promise<void>;
  /** SIGTERM and wait for exit; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** kill -9: no clean shutdown, as a crash or a power cut. */
  kill(): Promise<void>;
}

export type ApiBody<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; details?: { issues?: { path: string; message: string }[] } } };

/** Runs the built web host expecting it to refuse to start: its exit code and what it printed. */
export async function runWebHostToExit(dataDir: string, extraArgs: string[] = []): Promise<{ code: number | null; output: string }> {
  if (!existsSync(WEB_ENTRY)) throw new Error('out/main/web.js is missing: run `npm run build` first');
  const child = spawn(process.execPath, [WEB_ENTRY, '--data-dir', dataDir, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const code = await new Promise<number | null>((resolveExit) => child.once('exit', (c) => resolveExit(c)));
  clearTimeout(timer);
  return { code, output };
}

export function freshDataDir(label = 'certplan-test-'): string {
  return mkdtempSync(join(tmpdir(), label));
}

/**
 * Starts the built web host for real (out/main/web.js, as `npm run web` does) in test mode on a
 * free port, and waits for the web-host.json it writes.
 */
export async function startWebHost(options: { dataDir?: string; clock?: string; extraArgs?: string[] } = {}): Promise<WebHost> {
  if (!existsSync(WEB_ENTRY)) throw new Error('out/main/web.js is missing: run `npm run build` first');
  const dataDir = options.dataDir ?? freshDataDir();
  // Dates in the core's sentences follow --locale; the e2e browser is pinned to the same locale.
  const args = [WEB_ENTRY, '--data-dir', dataDir, '--test-mode', '--locale', 'en-US', ...(options.clock ? ['--clock', options.clock] : []), ...(options.extraArgs ?? [])];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));

  const hostFile = join(dataDir, 'web-host.json');
  let info: { url: string; port: number; token: string; pid: number } | null = null;
  for (let i = 0; i < 200 && !info; i++) {
    if (child.exitCode !== null) throw new Error(`Web host exited early (${child.exitCode}):\n${output}`);
    try {
      const parsed = JSON.parse(readFileSync(hostFile, 'utf8')) as { url: string; port: number; token: string; pid: number };
      if (parsed.pid === child.pid) info = parsed;
    } catch {
      // not written yet
    }
    if (!info) await sleep(50);
  }
  if (!info) {
    child.kill('SIGKILL');
    throw new Error(`Web host did not start within 10 s:\n${output}`);
  }
  const { url, port, token } = info;

  const call = async <T,>(method: string, input: unknown = {}) => {
    const response = await fetch(`${url}api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    return { status: response.status, body: (await response.json()) as ApiBody<T> };
  };

  return {
    dataDir,
    baseUrl: url,
    port,
    token,
    appUrl: `${url}#token=${token}`,
    output: () => output,
    call,
    async setClock(instant) {
      const response = await fetch(`${url}__test/clock`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ now: instant }),
      });
      if (!response.ok) throw new Error(`setClock failed: ${response.status}`);
    },
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
