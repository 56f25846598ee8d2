import type { IsoDate } from '../../../shared/schemas/dates';
import type { PlanDomain } from '../../../shared/schemas/preparation';
import type { Progress } from '../../../shared/schemas/readiness';
import { plusDays, weekStart } from './calendarDays';
import { GENERAL_DOMAIN } from './studyPlan/domainShares';
import type { DoneSession, PlannedItem, PracticeEvidence } from './studyPlan/types';

/**
 * The numbers behind the progress charts: hours planned and done per week (Monday first), time
 * per domain against its exam weight, and practice scores over time.
 */
export function computeProgress(input: {
  domains: readonly PlanDomain[];
  items: readonly PlannedItem[];
  sessions: readonly DoneSession[];
  practice: readonly PracticeEvidence[];
  today: IsoDate;
}): Omit<Progress, 'trackId'> {
  const { domains, items, sessions, practice, today } = input;
  const dates = [...items.map((i) => i.date), ...sessions.map((s) => s.date)].sort();
  const weeks: Progress['weeks'] = [];
  const first = dates[0];
  if (first !== undefined) {
    const last = [dates.at(-1) ?? today, today].sort().at(-1) ?? today;
    const planned = sumByWeek(items);
    const done = sumByWeek(sessions);
    for (let week = weekStart(first); week <= last; week = plusDays(week, 7)) {
      weeks.push({ weekStart: week, plannedMinutes: planned.get(week) ?? 0, doneMinutes: done.get(week) ?? 0 });
    }
  }

  const general = domains.length === 1 && domains[0]?.id === GENERAL_DOMAIN.id;
  const known = new Set(domains.map((d) => d.id));
  const doneBy = new Map<string, number>();
  let otherDoneMinutes = 0;
  for (const s of sessions) {
    const id = general ? GENERAL_DOMAIN.id : s.domainId;
    if (id !== null && known.has(id)) doneBy.set(id, (doneBy.get(id) ?? 0) + s.minutes);
    else otherDoneMinutes += s.minutes;
  }
  const plannedBy = new Map<string, number>();
  for (const item of items) if (item.domainId !== null) plannedBy.set(item.domainId, (plannedBy.get(item.domainId) ?? 0) + item.minutes);
  const doneTotal = [...doneBy.values()].reduce((s, m) => s + m, 0);
  const plannedTotal = [...plannedBy.values()].reduce((s, m) => s + m, 0);
  const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

  return {
    weeks,
    domains: domains.map((d) => ({
      domainId: d.id,
      name: d.name,
      weight: d.weight,
      doneMinutes: doneBy.get(d.id) ?? 0,
      donePercent: percent(doneBy.get(d.id) ?? 0, doneTotal),
      plannedMinutes: plannedBy.get(d.id) ?? 0,
      plannedPercent: percent(plannedBy.get(d.id) ?? 0, plannedTotal),
    })),
    otherDoneMinutes,
    scoreTrend: [...practice]
      .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
      .map((r) => ({ date: r.date, source: r.source, total: r.totalPercent, domains: r.domainScores.map((s) => ({ ...s })) })),
  };
}

function sumByWeek(rows: readonly { date: IsoDate; minutes: number }[]): Map<IsoDate, number> {
  const map = new Map<IsoDate, number>();
  for (const row of rows) {
    const week = weekStart(row.date);
    map.set(week, (map.get(week) ?? 0) + row.minutes);
  }
  return map;
}
