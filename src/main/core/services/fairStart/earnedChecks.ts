import { formatUnits } from '../../../../shared/formatUnits';
import type { CeActivity } from '../../../../shared/schemas/ce';
import type { Maintenance } from '../../../../shared/schemas/certification';
import type { IsoDate } from '../../../../shared/schemas/dates';
import type { EarnedRow } from '../../../../shared/schemas/fairStart';
import type { CeProgress } from '../../../../shared/schemas/renewal';
import { splitTotal } from '../../domain/fairStart/splitTotal';
import { type HeldCredential, checkActivityClaim } from '../../domain/sharing';
import { formatDay } from '../renewalWording';

export interface EarnedContext {
  /** The credential as the sharing rules see it (only itself: earlier units count toward it alone). */
  held: HeldCredential;
  maintenance: Maintenance;
  cycle: { start: IsoDate; end: IsoDate };
  /** First day of each cycle year, oldest first (just the cycle start where years have no rule). */
  yearStarts: readonly IsoDate[];
  today: IsoDate;
  existing: readonly CeActivity[];
  /** The transcript's kind column is not chosen (a missing kind then says to choose it). */
  noKindColumn: boolean;
}

/** A line of the entry as the activities it will be stored as (a total above one activity's bound becomes several). */
export interface PlannedLine {
  row: EarnedRow;
  activities: CeActivity[];
}

/**
 * Checks one line against the rules — the date inside the current cycle and not ahead of today,
 * units above zero, then the same checks as logging an activity (unit step, the bounds on one
 * activity, the kind of activity where the category caps kinds) — and plans what it will be
 * stored as. A total is the sum of several activities, so it is checked (and stored) as the
 * fewest parts the bounds on one activity and one day allow; a transcript line is one activity.
 * Problems are pushed onto `row.problems`; the plan's activities are empty while it has any.
 */
export function planLine(row: EarnedRow, kind: 'totals' | 'transcript', ctx: EarnedContext): PlannedLine {
  const { cycle, today, maintenance } = ctx;
  const unit = maintenance.unitName ?? 'unit';
  if (row.date !== null) {
    if (row.date > today) row.problems.push(`${formatDay(row.date)} is in the future`);
    else if (row.date < cycle.start || row.date > cycle.end) row.problems.push(`${formatDay(row.date)} is outside the current cycle (${formatDay(cycle.start)} to ${formatDay(cycle.end)})`);
  }
  if (row.units !== null && row.units <= 0) row.problems.push('Units must be above zero');
  const duplicate = ctx.existing.find((a) => a.date === row.date && a.units === row.units && a.title.toLowerCase() === row.title.toLowerCase());
  if (duplicate) row.problems.push(`Already logged: “${duplicate.title}” on ${formatDay(duplicate.date)}`);
  if (row.problems.length > 0 || row.date === null || row.units === null || row.categoryId === null) return { row, activities: [] };

  const bounds = maintenance.activityUnits;
  const rules = { perActivity: bounds?.max ?? null, minPerActivity: bounds?.min ?? null, perDay: maintenance.maxUnitsPerDay, step: maintenance.unitStep };
  const earliest = [...ctx.yearStarts].reverse().find((start) => start <= (row.date ?? cycle.start)) ?? cycle.start;
  const parts = kind === 'totals' ? splitTotal(row.units, row.date, earliest < cycle.start ? cycle.start : earliest, rules) : [{ date: row.date, units: row.units }];
  if (parts === null) {
    row.problems.push(`Too many ${unit}s for the days of this year at ${formatUnits(rules.perDay ?? 0, unit)} a day`);
    return { row, activities: [] };
  }
  for (const part of parts) {
    const issues = checkActivityClaim([ctx.held], { date: part.date, units: part.units, categoryId: row.categoryId, activityTypeId: row.activityTypeId, credentialIds: [ctx.held.id] });
    // Dates and categories were checked above in the fair start's own words.
    for (const issue of issues.filter((i) => i.path === 'units' || i.path === 'activityTypeId')) {
      const hint = issue.path === 'activityTypeId' && kind === 'transcript' && ctx.noKindColumn ? '; choose the column that holds each line’s kind' : '';
      const message = `${issue.message}${hint}`;
      if (!row.problems.includes(message)) row.problems.push(message);
    }
  }
  if (row.problems.length > 0) return { row, activities: [] };
  if (parts.length > 1) row.note = splitNote(parts, rules, unit);
  const activities = parts.map((part, i): CeActivity => ({
    id: `line-${row.line}:${i}`,
    date: part.date,
    title: parts.length > 1 ? `${row.title} (${i + 1} of ${parts.length})` : row.title,
    provider: row.provider,
    units: part.units,
    categoryId: row.categoryId ?? '',
    activityTypeId: row.activityTypeId,
    credentialIds: [ctx.held.id],
    evidenceIds: [],
    notes: 'Entered as earned before Certplan',
    createdAt: '',
    updatedAt: '',
  }));
  return { row, activities };
}

/** "Stored as 2 activities (15 + 5 CPD points): one activity counts at most 15 CPD points." */
function splitNote(parts: readonly { date: IsoDate; units: number }[], rules: { perActivity: number | null; perDay: number | null }, unit: string): string {
  const sizes = `${parts.map((p) => p.units).join(' + ')} ${formatUnits(2, unit).replace(/^2 /, '')}`;
  const first = parts[0]?.date;
  const last = parts.at(-1)?.date;
  const days = first && last && first !== last ? ` on ${formatDay(first)} to ${formatDay(last)}` : '';
  const byDay = rules.perDay !== null && (rules.perActivity === null || rules.perDay <= rules.perActivity);
  const why = byDay ? `one day of activity counts at most ${formatUnits(rules.perDay ?? 0, unit)}` : `one activity counts at most ${formatUnits(rules.perActivity ?? 0, unit)}`;
  return `Stored as ${parts.length} activities${days} (${sizes}): ${why}`;
}

/**
 * What the import would mean for the cycle's years that is no error: a year already over that
 * stays below its minimum, or below its category minimum, will show as missed once the fair start
 * is done (PeopleCert: 20 a year, at least 5 of them from Professional Experience).
 */
export function yearWarnings(progress: CeProgress | null, rows: readonly EarnedRow[], today: IsoDate): string[] {
  if (!progress) return [];
  const units = (n: number) => formatUnits(n, progress.unitName);
  return progress.years
    .filter((y) => y.end < today && y.stillNeeded > 0)
    .map((y) => {
      const lines = rows.filter((r) => r.date !== null && r.date >= y.start && r.date <= y.end).map((r) => r.line);
      const parts = y.categoryMinimums.map((c) => `, ${c.counted} of the ${c.required} from ${c.name}`).join('');
      const check = lines.length > 0 ? ` Check ${lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`} if you earned more.` : ' Enter what you earned that year if you have it.';
      return `Year ${y.index + 1} (${formatDay(y.start)} to ${formatDay(y.end)}) would end with ${units(y.counted)} of ${y.required}${parts}: a year below its minimum cannot be made up, so it will show as missed.${check}`;
    });
}
