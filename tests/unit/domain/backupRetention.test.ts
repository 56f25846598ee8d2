import { describe, expect, it } from 'vitest';
import { KEPT_CHANGE_BACKUPS, type RetainedBackup, backupsToKeep } from '../../../src/main/core/domain/backupRetention';
import type { BackupReason } from '../../../src/shared/schemas/backups';

/** Backups at 10:00 local time on the given days (offset from 2026-11-25), newest last. */
function daily(days: number[], reason: BackupReason = 'daily'): RetainedBackup[] {
  return days.map((offset) => {
    const at = new Date(2026, 10, 25 + offset, 10, 0, 0);
    return { id: `${reason}@${offset}`, createdAt: at, reason };
  });
}

const DEFAULT = { daily: 7, weekly: 4, monthly: 12 };

describe('which backups the policy keeps', () => {
  it('keeps the newest of each of the last 7 days, then one per week and per month', () => {
    const backups = daily(Array.from({ length: 120 }, (_, i) => -i));
    const keep = backupsToKeep(backups, DEFAULT);
    const kept = backups.filter((b) => keep.has(b.id)).map((b) => Number(b.id.split('@')[1]));
    // Days 0..-6, then the newest backup of each earlier ISO week and month within reach.
    expect(kept.slice(0, 7)).toEqual([0, -1, -2, -3, -4, -5, -6]);
    expect(kept.length).toBeGreaterThanOrEqual(7 + 2);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(Math.min(...kept)).toBeGreaterThanOrEqual(-119);
  });

  it.each([
    [{ daily: 1, weekly: 0, monthly: 0 }, ['daily@0']],
    [{ daily: 3, weekly: 0, monthly: 0 }, ['daily@0', 'daily@-1', 'daily@-2']],
    [{ daily: 1, weekly: 2, monthly: 0 }, ['daily@0', 'daily@-7']],
  ])('follows %j', (policy, expected) => {
    // 2026-11-25 is a Wednesday: -1 and -2 are the same ISO week, -7 the week before.
    const backups = daily([0, -1, -2, -7, -8, -40]);
    const keep = backupsToKeep(backups, policy);
    expect(backups.filter((b) => keep.has(b.id)).map((b) => b.id)).toEqual(expected);
  });

  it('keeps only the newest backup of a day with several', () => {
    const morning = { id: 'early', createdAt: new Date(2026, 10, 25, 8), reason: 'daily' as const };
    const evening = { id: 'late', createdAt: new Date(2026, 10, 25, 20), reason: 'daily' as const };
    expect([...backupsToKeep([morning, evening], { daily: 7, weekly: 0, monthly: 0 })]).toEqual(['late']);
  });

  it('always keeps the backups made by hand and the last five taken before a change', () => {
    const manual = daily([-300, -200], 'manual');
    const changes = daily([0, 0, -1, -2, -3, -4, -5].map((d, i) => d - i * 0.01), 'before-restore');
    const keep = backupsToKeep([...manual, ...changes], { daily: 1, weekly: 0, monthly: 0 });
    expect(manual.every((b) => keep.has(b.id))).toBe(true);
    expect(changes.filter((b) => keep.has(b.id))).toHaveLength(KEPT_CHANGE_BACKUPS);
  });

  it('keeps nothing automatic beyond what it names, and everything when nothing is old', () => {
    expect(backupsToKeep([], DEFAULT).size).toBe(0);
    const fresh = daily([0, -1, -2]);
    expect(backupsToKeep(fresh, DEFAULT).size).toBe(3);
  });
});
