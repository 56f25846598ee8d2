import { format, startOfISOWeek } from 'date-fns';
import type { BackupPolicy, BackupReason } from '../../../shared/schemas/backups';

export interface RetainedBackup {
  id: string;
  createdAt: Date;
  reason: BackupReason;
}

/** Backups taken just before a change are the way back from it; this many of them always stay. */
export const KEPT_CHANGE_BACKUPS = 5;

/**
 * Which backups the policy keeps (the rest may be deleted):
 * - the newest backup of each of the last `daily` days that have one, of each of the last
 *   `weekly` ISO weeks, and of each of the last `monthly` months (local calendar), counting every
 *   automatic backup;
 * - the newest KEPT_CHANGE_BACKUPS taken before a change (migration, restore, rules adoption),
 *   so a change can still be undone after a busy day;
 * - every backup the person made with "Back up now": those go only when the person deletes them.
 */
export function backupsToKeep(backups: readonly RetainedBackup[], policy: BackupPolicy): Set<string> {
  const keep = new Set<string>();
  const automatic = [...backups].filter((b) => b.reason !== 'manual').sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  for (const b of backups) if (b.reason === 'manual') keep.add(b.id);
  keepNewestPerBucket(automatic, policy.daily, (d) => format(d, 'yyyy-MM-dd'), keep);
  keepNewestPerBucket(automatic, policy.weekly, (d) => format(startOfISOWeek(d), 'yyyy-MM-dd'), keep);
  keepNewestPerBucket(automatic, policy.monthly, (d) => format(d, 'yyyy-MM'), keep);
  automatic
    .filter((b) => b.reason !== 'daily')
    .slice(0, KEPT_CHANGE_BACKUPS)
    .forEach((b) => keep.add(b.id));
  return keep;
}

/** `newestFirst` is sorted newest first, so the first backup seen in a bucket is its newest. */
function keepNewestPerBucket(newestFirst: readonly RetainedBackup[], buckets: number, bucketOf: (d: Date) => string, keep: Set<string>): void {
  const seen = new Set<string>();
  for (const backup of newestFirst) {
    if (seen.size >= buckets) return;
    const bucket = bucketOf(backup.createdAt);
    if (seen.has(bucket)) continue;
    seen.add(bucket);
    keep.add(backup.id);
  }
}
