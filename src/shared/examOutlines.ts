import { formatCalendarDay } from './dateFormat';
import type { ExamDomain, ExamOutline } from './schemas/certification';
import type { IsoDate } from './schemas/dates';

/** Pure rules about dated exam outlines, shared so the core and the catalog page agree on which applies. */


/**
 * Which of a certification's exam outlines applies on a day. Outlines never overlap (the schema
 * refuses it); on a day no outline covers — before the first, or in a gap — the latest outline
 * that started before that day applies, else the first one. No outlines: nothing is known.
 */
export function examOutlineInForce(outlines: readonly ExamOutline[], on: IsoDate): ExamOutline | null {
  const covering = outlines.find((o) => (o.effectiveFrom ?? '0000-01-01') <= on && on <= (o.effectiveUntil ?? '9999-12-31'));
  if (covering) return covering;
  const started = outlines.filter((o) => o.effectiveFrom !== null && o.effectiveFrom <= on).sort((a, b) => (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? ''));
  return started[0] ?? [...outlines].sort((a, b) => (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? ''))[0] ?? null;
}

/** "from 9 Jul 2026", "until 8 Jul 2026", "9 Jul 2026 – 31 Dec 2027", or null for an undated outline. */
/**
 * The one date format people see (the locale's numeric day), so outline sentences match the inputs.
 * The renderer uses its own locale; the core passes the locale it writes its sentences in.
 */
export function describeOutlineDates(
  outline: Pick<ExamOutline, 'effectiveFrom' | 'effectiveUntil'>,
  formatDayForPeople: (date: IsoDate) => string = (date) => formatCalendarDay(date),
): string | null {
  const { effectiveFrom: from, effectiveUntil: until } = outline;
  if (from && until) return `${formatDayForPeople(from)} – ${formatDayForPeople(until)}`;
  if (from) return `from ${formatDayForPeople(from)}`;
  if (until) return `until ${formatDayForPeople(until)}`;
  return null;
}

export interface WeightChange {
  domainId: string;
  name: string;
  from: number | null;
  to: number | null;
}

/** How domain weights differ between two outlines, largest change first (domains matched by id). */
export function compareDomainWeights(before: readonly ExamDomain[], after: readonly ExamDomain[]): WeightChange[] {
  const ids = [...new Set([...before.map((d) => d.id), ...after.map((d) => d.id)])];
  return ids
    .map((id) => {
      const a = before.find((d) => d.id === id);
      const b = after.find((d) => d.id === id);
      return { domainId: id, name: (b ?? a)?.name ?? id, from: a?.weight ?? null, to: b?.weight ?? null };
    })
    .filter((c) => c.from !== c.to)
    .sort((x, y) => Math.abs((y.to ?? 0) - (y.from ?? 0)) - Math.abs((x.to ?? 0) - (x.from ?? 0)));
}

/** "Business Environment rises from 8% to 26%, People falls from 42% to 33%". */
export function describeWeightChanges(changes: readonly WeightChange[]): string {
  return changes
    .map((c) => {
      if (c.from === null) return `${c.name} is new at ${c.to}%`;
      if (c.to === null) return `${c.name} (${c.from}%) is gone`;
      return `${c.name} ${c.to > c.from ? 'rises' : 'falls'} from ${c.from}% to ${c.to}%`;
    })
    .join(', ');
}
