import type { z } from 'zod';
import type { Exam, ExamOutline } from './exam';
import type { Maintenance } from './maintenance';
import type { PrerequisitePath } from './prerequisites';
import { formatUnits } from '../../formatUnits';

/**
 * Cross-field rules every set of rules must satisfy, whether a built-in entry, a custom entry or
 * a person's own filled-in rules: weights add up to 100, outline dates do not overlap, no minimum
 * above its total or cap, no carry-over above the total. Each issue names the field and the reason.
 */

type Path = (string | number)[];
type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

export function reportDuplicateIds(items: ReadonlyArray<{ id: string }>, path: Path, what: string, ctx: Ctx): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) issue(ctx, [...path, i, 'id'], `Two ${what}s share the id "${item.id}"`);
    seen.add(item.id);
  });
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

export function checkOutline(outline: ExamOutline, path: Path, ctx: Ctx): void {
  const { domains } = outline;
  if (domains.length > 0) {
    const total = domains.reduce((sum, d) => sum + d.weight, 0);
    // Weights are percentages people type; allow float noise, not a missing point.
    if (Math.abs(total - 100) > 0.01) issue(ctx, [...path, 'domains'], `Domain weights must add up to 100 (now ${round(total)})`);
    reportDuplicateIds(domains, [...path, 'domains'], 'domain', ctx);
  }
  if (outline.questions !== null && outline.scoredQuestions !== null && outline.scoredQuestions > outline.questions) {
    issue(ctx, [...path, 'scoredQuestions'], `Cannot be more than the ${outline.questions} questions`);
  }
  if (outline.effectiveFrom !== null && outline.effectiveUntil !== null && outline.effectiveUntil < outline.effectiveFrom) {
    issue(ctx, [...path, 'effectiveUntil'], 'Cannot be before the date it takes effect');
  }
}

/** Outlines may leave gaps between them but never overlap: one outline is in force on any day. */
export function checkOutlines(outlines: readonly ExamOutline[], path: Path, ctx: Ctx): void {
  outlines.forEach((outline, i) => checkOutline(outline, [...path, i], ctx));
  reportDuplicateIds(outlines, path, 'outline', ctx);
  const from = (o: ExamOutline) => o.effectiveFrom ?? '0000-01-01';
  const until = (o: ExamOutline) => o.effectiveUntil ?? '9999-12-31';
  outlines.forEach((a, i) => {
    outlines.forEach((b, j) => {
      if (j <= i) return;
      if (from(a) <= until(b) && from(b) <= until(a)) {
        issue(ctx, [...path, j, 'effectiveFrom'], `Its dates overlap those of “${a.name}”; one outline applies on any day`);
      }
    });
  });
}

export function checkExam(exam: Exam, path: Path, ctx: Ctx): void {
  checkOutlines(exam.outlines, [...path, 'outlines'], ctx);
}

export function checkPaths(paths: readonly PrerequisitePath[], ctx: Ctx): void {
  reportDuplicateIds(paths, ['paths'], 'path', ctx);
  paths.forEach((path, i) => {
    reportDuplicateIds(path.requirements, ['paths', i, 'requirements'], 'requirement', ctx);
    path.requirements.forEach((req, r) => {
      if (req.kind === 'credential' && req.anyOf.length === 0 && req.anyTagged === null && req.orTickLabel === null) {
        issue(ctx, ['paths', i, 'requirements', r, 'anyOf'], 'Name at least one credential');
      }
    });
  });
}

export function checkMaintenance(m: Maintenance, path: Path, ctx: Ctx): void {
  const at = (...rest: Path): Path => [...path, ...rest];
  if (m.kind === 'continuing-education' && m.cycleYears === null) {
    issue(ctx, at('cycleYears'), 'A continuing-education renewal needs a cycle length in years');
  }
  const total = m.totalUnits;
  const unit = m.unitName ?? 'unit';
  const aboveTotal = (value: number | null, where: Path, what: string) => {
    if (total !== null && value !== null && value > total) issue(ctx, where, `${what} (${round(value)}) cannot be above the total of ${formatUnits(total, unit)}`);
  };
  const categories = m.groups.flatMap((g) => g.categories);
  m.groups.forEach((group, gi) => {
    if (group.min !== null && group.max !== null && group.min > group.max) issue(ctx, at('groups', gi, 'max'), 'The cap cannot be below the minimum');
    aboveTotal(group.min, at('groups', gi, 'min'), 'The minimum');
    const categoryMins = group.categories.reduce((sum, c) => sum + (c.min ?? 0), 0);
    if (group.max !== null && categoryMins > group.max) issue(ctx, at('groups', gi, 'max'), `The cap is below its categories’ minimums (${round(categoryMins)})`);
    group.categories.forEach((cat, ci) => {
      const c = (...rest: Path) => at('groups', gi, 'categories', ci, ...rest);
      if (cat.min !== null && cat.max !== null && cat.min > cat.max) issue(ctx, c('max'), 'The cap cannot be below the minimum');
      if (cat.min !== null && group.max !== null && cat.min > group.max) issue(ctx, c('min'), `The minimum cannot be above the cap of ${group.name} (${round(group.max)})`);
      if (cat.min !== null && cat.maxPerYear !== null && m.cycleYears !== null && cat.maxPerYear * m.cycleYears < cat.min) {
        issue(ctx, c('maxPerYear'), `A yearly cap of ${round(cat.maxPerYear)} never reaches the minimum of ${round(cat.min)} in ${m.cycleYears} years`);
      }
      aboveTotal(cat.min, c('min'), 'The minimum');
      reportDuplicateIds(cat.activityTypes, c('activityTypes'), 'activity kind', ctx);
    });
  });
  const groupMins = m.groups.reduce((sum, g) => sum + Math.max(g.min ?? 0, g.categories.reduce((s, c) => s + (c.min ?? 0), 0)), 0);
  if (total !== null && groupMins > total) issue(ctx, at('totalUnits'), `The minimums add up to ${round(groupMins)}, more than the total of ${round(total)}`);
  reportDuplicateIds(m.groups, at('groups'), 'group', ctx);
  reportDuplicateIds(categories, at('groups'), 'category', ctx);

  const perYear = m.perYear;
  if (perYear) {
    if (m.cycleYears === null) issue(ctx, at('perYear'), 'A yearly minimum needs a cycle length in years');
    aboveTotal(perYear.minimum, at('perYear', 'minimum'), 'The yearly minimum');
    if (total !== null && m.cycleYears !== null && perYear.minimum <= total && perYear.minimum * m.cycleYears > total + 1e-9) {
      issue(ctx, at('perYear', 'minimum'), `${m.cycleYears} years × ${round(perYear.minimum)} is more than the total of ${round(total)}`);
    }
    perYear.categoryMinimums.forEach((cm, i) => {
      const category = categories.find((c) => c.id === cm.categoryId);
      if (!category) issue(ctx, at('perYear', 'categoryMinimums', i, 'categoryId'), `No category with the id "${cm.categoryId}"`);
      if (cm.minimum > perYear.minimum) issue(ctx, at('perYear', 'categoryMinimums', i, 'minimum'), `Cannot be above the yearly minimum of ${round(perYear.minimum)}`);
      if (category?.maxPerYear !== null && category?.maxPerYear !== undefined && category.maxPerYear < cm.minimum) {
        issue(ctx, at('perYear', 'categoryMinimums', i, 'minimum'), `Cannot be above ${category.name}’s yearly cap of ${round(category.maxPerYear)}`);
      }
    });
  }
  if (m.activityUnits && m.activityUnits.min !== null && m.activityUnits.max !== null && m.activityUnits.min > m.activityUnits.max) {
    issue(ctx, at('activityUnits', 'max'), 'The largest claim cannot be below the smallest');
  }
  if (m.carryOver?.rule === 'last-year-excess' && typeof m.carryOver.maxUnits === 'number') {
    aboveTotal(m.carryOver.maxUnits, at('carryOver', 'maxUnits'), 'The carry-over');
  }
}
