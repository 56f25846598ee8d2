/**
 * Memory settings for the web host (issue 10: resident memory ≤ 150 MB on ten years of data).
 * Both can only be set when a process starts, so the host restarts itself with them once, in the
 * same process (`process.execve` keeps its id, output and signals — the host file and anything
 * watching the process see no difference).
 *
 * - `--max-semi-space-size=4` (MB): V8's young generation otherwise doubles up to 2 × 16 MB as
 *   soon as a big answer (a dashboard on ten years, 2,000 sessions) keeps many objects alive for
 *   a moment, and keeps that memory for the life of the process. 4 MB halves are plenty for
 *   answers that are built and sent at once; smaller (2 MB) promotes short-lived objects to the
 *   old generation and costs more than it saves.
 * - glibc's malloc thresholds: by default large buffers freed by SQLite and V8's compiler stay in
 *   the process's heap (the mmap threshold grows to the largest block freed). Fixed thresholds
 *   hand blocks of 128 KB and more back to the system when freed. Only on Linux with glibc; a
 *   value the person set is left alone.
 *
 * Where `process.execve` is missing (Node before 22.15, Windows) the host runs as it was started.
 */
const V8_FLAGS = ['--max-semi-space-size=4'] as const;
const MALLOC_ENV = { MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' } as const;
/** Set in the restarted process, so it never restarts again (even if a flag was refused). */
const MARKER = 'CERTPLAN_WEB_MEMORY_SETTINGS';

type Execve = (file: string, args: string[], env: NodeJS.ProcessEnv) => never;

function execve(): Execve | null {
  const candidate = (process as unknown as { execve?: Execve }).execve;
  return process.platform !== 'win32' && typeof candidate === 'function' ? candidate.bind(process) : null;
}

export function memorySettingsMissing(): boolean {
  if (process.env[MARKER] === '1' || !execve()) return false;
  return V8_FLAGS.some((flag) => !process.execArgv.some((arg) => arg.startsWith(flag.split('=')[0] ?? flag)));
}

/** Replaces this process with the same command plus the settings; returns only if that fails. */
export function restartWithMemorySettings(): void {
  const run = execve();
  if (!run) return;
  const flags = V8_FLAGS.filter((flag) => !process.execArgv.some((arg) => arg.startsWith(flag.split('=')[0] ?? flag)));
  const env: NodeJS.ProcessEnv = { ...process.env, [MARKER]: '1' };
  if (process.platform === 'linux') for (const [name, value] of Object.entries(MALLOC_ENV)) env[name] ??= value;
  try {
    run(process.execPath, [process.execPath, ...process.execArgv, ...flags, ...process.argv.slice(1)], env);
  } catch {
    // Cannot restart here: run with the defaults, which only use more memory.
  }
}
