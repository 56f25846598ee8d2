import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Who holds a lock or a host file. A process id alone is not enough: after a crash and a reboot
 * the same number can belong to another program. Where the system tells a process's start time
 * (Linux's /proc), that is recorded too and compared, so a reused number is recognised safely.
 */
export interface ProcessIdentity {
  pid: number;
  /** Start time in clock ticks since boot (Linux); null where unknown. */
  startTicks: string | null;
  hostname: string;
}

export function currentProcessIdentity(): ProcessIdentity {
  return { pid: process.pid, startTicks: processStartTicks(process.pid), hostname: hostname() };
}

/** Field 22 of /proc/<pid>/stat; the command name before it may hold spaces and parentheses. */
export function processStartTicks(pid: number, readStat: (path: string) => string = (p) => readFileSync(p, 'utf8')): string | null {
  try {
    const stat = readStat(`/proc/${pid}/stat`);
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 is fields[19].
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

export type HolderState = 'alive' | 'gone' | 'unknown';

/**
 * Whether the recorded process still runs: `gone` when no process has the id, or the id now
 * belongs to a process that started at another time; `unknown` when it lives but the system
 * cannot tell whether it is the same one (no /proc, or a holder on another computer).
 */
export function holderState(recorded: Partial<ProcessIdentity> & { pid: number }, probe: { kill?: (pid: number) => void; startTicks?: (pid: number) => string | null; hostname?: string } = {}): HolderState {
  const kill = probe.kill ?? ((pid: number) => process.kill(pid, 0));
  if (recorded.hostname && recorded.hostname !== (probe.hostname ?? hostname())) return 'unknown';
  try {
    kill(recorded.pid);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return 'gone';
  }
  if (!recorded.startTicks) return 'unknown';
  const now = (probe.startTicks ?? processStartTicks)(recorded.pid);
  if (now === null) return 'unknown';
  return now === recorded.startTicks ? 'alive' : 'gone';
}
