import type { KnownDateKind } from './schemas/knownDates';

/**
 * Where a reminder's item lives in the app (a hash route): a credential's page for its cycle, the
 * track's Prepare tab for the exam and study days, its Prerequisites tab for the application. The
 * reminder center links there and a desktop notification opens it.
 */
export function reminderTarget(reminder: { kind: KnownDateKind; trackId: string | null; credentialId: string | null }): string {
  const track = reminder.trackId ? `/tracks/${encodeURIComponent(reminder.trackId)}` : null;
  if (reminder.credentialId && (reminder.kind === 'cycle-end' || reminder.kind === 'suspension-end' || reminder.kind === 'pace-warning')) {
    return `/credentials/${encodeURIComponent(reminder.credentialId)}`;
  }
  if (track && (reminder.kind === 'exam' || reminder.kind === 'study-session')) return `${track}/prepare`;
  if (track && (reminder.kind === 'application-audit-due' || reminder.kind === 'application-eligibility-end')) return `${track}/prerequisites`;
  if (reminder.credentialId) return `/credentials/${encodeURIComponent(reminder.credentialId)}`;
  return track ?? '/reminders';
}
