import type { IsoDate } from '../../../../shared/schemas/dates';
import { formatDayForPeople, formatDuration } from '../calendarDays';

export interface StudyDay {
  key: string;
  date: IsoDate;
  trackId: string | null;
  study: { minutes: number; topics: string[]; acronym: string };
}

export interface DigestDate {
  key: string;
  kind: 'study-session';
  date: IsoDate;
  title: string;
  detail: string;
  trackId: string | null;
  credentialId: null;
}

/**
 * Every track's study for one day as one reminder: "Today: 1 h 15 min — Process, People". The
 * morning-of notice (lead time 0, the default) says "Today"; an earlier one names the day. The key
 * is the day's, so reminders of the digest follow the day, whichever tracks plan study on it.
 */
export function studyDigests(days: readonly StudyDay[], leadDays: readonly number[]): DigestDate[] {
  const byDate = new Map<IsoDate, StudyDay[]>();
  for (const day of days) byDate.set(day.date, [...(byDate.get(day.date) ?? []), day]);
  const morningOf = leadDays.every((lead) => lead === 0);
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, parts]) => {
      const minutes = parts.reduce((sum, p) => sum + p.study.minutes, 0);
      const topics = [...new Set(parts.flatMap((p) => p.study.topics))];
      const tracks = [...new Set(parts.map((p) => p.trackId))];
      const when = morningOf ? 'Today' : formatDayForPeople(date);
      return {
        key: `study-day:${date}`,
        kind: 'study-session' as const,
        date,
        title: `${when}: ${formatDuration(minutes)}${topics.length ? ` — ${topics.join(', ')}` : ''}`,
        detail: parts.map((p) => `${p.study.acronym}: ${formatDuration(p.study.minutes)}${p.study.topics.length ? ` (${p.study.topics.join(', ')})` : ''}`).join('; '),
        trackId: tracks.length === 1 ? (tracks[0] ?? null) : null,
        credentialId: null,
      };
    });
}
