import { formatUnits } from '../../../../shared/formatUnits';
import { describeActivityBounds, describeCarryOver, describePerYear, formatFees } from '../../../../shared/rulesWording';
import type { CeCategory, Maintenance } from '../../../../shared/schemas/certification';
import { ChangeList, type RuleChange, matchById } from './changeList';

const KIND_WORDS: Record<Maintenance['kind'], string> = {
  'continuing-education': 'continuing education',
  retake: 'retake the exam',
  none: 'no renewal',
  unknown: 'Unknown',
};

/** Renewal rules field by field: totals, every category's minimum and cap, yearly rules, carry-over. */
export function maintenanceChanges(before: Maintenance, after: Maintenance): RuleChange[] {
  const list = new ChangeList('renewal');
  const unit = after.unitName ?? before.unitName ?? 'unit';
  list.value('Renewal', before.kind, after.kind, (k) => KIND_WORDS[k]);
  list.value('Cycle', before.cycleYears, after.cycleYears, (y) => `${y} years`);
  list.value('Unit', before.unitName, after.unitName);
  list.value('Units per cycle', before.totalUnits, after.totalUnits, (n) => formatUnits(n, unit));
  list.value('Claimable in steps of', before.unitStep, after.unitStep);
  const sentence = (text: string | null) => text ?? 'none';
  const categoriesOf = (m: Maintenance) => m.groups.flatMap((g) => g.categories);
  if (describePerYear(before.perYear, categoriesOf(before), unit) !== describePerYear(after.perYear, categoriesOf(after), unit)) {
    list.add(`Every year of the cycle: ${sentence(describePerYear(before.perYear, categoriesOf(before), unit))} → ${sentence(describePerYear(after.perYear, categoriesOf(after), unit))}`);
  }
  list.value('Per activity', describeActivityBounds(before.activityUnits, unit), describeActivityBounds(after.activityUnits, unit));
  list.value('Most units one day may count', before.maxUnitsPerDay, after.maxUnitsPerDay);
  groupChanges(list, before, after);
  list.value('Suspension after a missed renewal', before.suspensionMonths, after.suspensionMonths, (m) => (m === 0 ? 'none' : `${m} months`));
  carryOverChange(list, before, after, unit);
  list.value('Renewal shared by a suite', before.suite?.name ?? null, after.suite?.name ?? null);
  list.value('Keep evidence after the cycle ends', before.recordKeepingMonths, after.recordKeepingMonths, (m) => `${m} months`);
  list.value('Renewal fee', before.renewalFees, after.renewalFees, (f) => formatFees(f) || 'Unknown');
  if ((before.notes ?? '') !== (after.notes ?? '')) list.add('The renewal notes were rewritten');
  return list.items;
}

/** PMP: "Carry-over now capped at 20 PDUs" reads better than the two long sentences. */
function carryOverChange(list: ChangeList, before: Maintenance, after: Maintenance, unit: string): void {
  const a = before.carryOver;
  const b = after.carryOver;
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (a?.rule === 'last-year-excess' && b?.rule === 'last-year-excess' && typeof b.maxUnits === 'number') {
    list.add(a.maxUnits === 'no-limit' || a.maxUnits === null ? `Carry-over now capped at ${formatUnits(b.maxUnits, unit)}` : `Carry-over cap: ${a.maxUnits} → ${b.maxUnits}`);
    return;
  }
  list.add(`Carry-over: ${describeCarryOver(a, unit)} → ${describeCarryOver(b, unit)}`);
}

function groupChanges(list: ChangeList, before: Maintenance, after: Maintenance): void {
  const groups = matchById(before.groups, after.groups);
  for (const g of groups.added) list.add(`New group “${g.name}”${limits(g.min, g.max)}: ${g.categories.map((c) => c.name).join(', ')}`);
  for (const g of groups.removed) list.add(`Group “${g.name}” removed`);
  for (const [a, b] of groups.both) {
    list.value(`${b.name} minimum`, a.min, b.min);
    list.value(`${b.name} cap`, a.max, b.max);
  }
  const cats = matchById(
    before.groups.flatMap((g) => g.categories),
    after.groups.flatMap((g) => g.categories),
  );
  for (const c of cats.added) list.add(`New category “${c.name}”${limits(c.min, c.max)}${kinds(c)}`);
  for (const c of cats.removed) list.add(`Category “${c.name}” removed: activities logged under it no longer count`);
  for (const [a, b] of cats.both) {
    if (a.name !== b.name) list.add(`Category “${a.name}” is now called “${b.name}”`);
    list.value(`${b.name} minimum`, a.min, b.min);
    list.value(`${b.name} cap`, a.max, b.max);
    list.value(`${b.name} yearly cap`, a.maxPerYear, b.maxPerYear);
    const types = matchById(a.activityTypes, b.activityTypes);
    for (const t of types.added) list.add(`${b.name}: ${t.name} ${t.max === null ? 'listed' : `capped at ${t.max}`}`);
    for (const t of types.removed) list.add(`${b.name}: ${t.name} no longer listed`);
    for (const [x, y] of types.both) list.value(`${b.name}, ${y.name} cap`, x.max, y.max);
  }
}

const limits = (min: number | null, max: number | null) =>
  [min !== null ? `at least ${min}` : null, max !== null ? `at most ${max}` : null].filter(Boolean).join(', ').replace(/^(.+)$/, ' ($1)');

const kinds = (c: CeCategory) => (c.activityTypes.length > 0 ? `; kinds: ${c.activityTypes.map((t) => (t.max === null ? t.name : `${t.name} ≤ ${t.max}`)).join(', ')}` : '');
