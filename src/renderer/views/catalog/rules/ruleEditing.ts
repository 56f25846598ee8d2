import type { z } from 'zod';
import type { ExamOutline, Maintenance } from '../../../../shared/schemas/certification';
import { OwnMaintenanceSchema, OwnOutlineSchema } from '../../../../shared/schemas/rules/ownRules';

/** Rule editors change a value through this: a mutable copy is handed in, React gets a new object. */
export type Mutate<T> = (change: (value: T) => void) => void;

/** Field errors by dotted path, relative to the value being edited. */
export type ErrorsOf = (path: string) => string | undefined;

/** Next free id like `domain-3` among existing ones. */
export function nextId(prefix: string, existing: ReadonlyArray<{ id: string }>): string {
  let n = existing.length + 1;
  while (existing.some((item) => item.id === `${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

/** "Project, Programme & Portfolio" → "project-programme-portfolio", for ids made from names people type. */
export function slugOf(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'suite'
  );
}

export function emptyOutline(id = 'outline'): ExamOutline {
  return { id, name: 'My exam outline', effectiveFrom: null, effectiveUntil: null, questions: null, scoredQuestions: null, durationMinutes: null, breaks: null, format: null, domains: [] };
}

export function domainWeightTotal(outline: ExamOutline): number {
  return outline.domains.reduce((sum, d) => sum + (Number.isFinite(d.weight) ? d.weight : 0), 0);
}

/** A starting point for a person's own renewal rules: what the catalog knows, with the unknown parts ready to fill in. */
export function ownMaintenanceFrom(known: Maintenance | null): Maintenance {
  const base: Maintenance = known
    ? structuredClone(known)
    : { kind: 'continuing-education', cycleYears: 3, unitName: null, totalUnits: null, unitStep: null, activityUnits: null, perYear: null, maxUnitsPerDay: null, groups: [], suspensionMonths: null, carryOver: null, suite: null, recordKeepingMonths: null, renewalFees: null, otherRoutes: null, notes: null };
  if (base.kind === 'unknown') {
    // The catalog's note says the rules were not found; the person's own rules start without it.
    base.kind = 'continuing-education';
    base.notes = null;
  }
  if (base.kind === 'continuing-education' && base.groups.length === 0) {
    base.groups = [{ id: 'group-1', name: 'Activities', min: null, max: null, categories: [{ id: 'category-1', name: 'General', min: null, max: null, maxPerYear: null, sharing: 'none', alwaysCountsToward: [], activityTypes: [] }] }];
  }
  return base;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string>; messages: string[] };

function check<S extends z.ZodType>(schema: S, value: unknown): Checked<z.infer<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Record<string, string> = {};
  const messages: string[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) {
      errors[path] = issue.message;
      messages.push(path ? `${path}: ${issue.message}` : issue.message);
    }
  }
  return { ok: false, errors, messages };
}

/** The core's own schemas, so the forms show exactly the errors the core would return. */
export const checkOwnMaintenance = (value: Maintenance) => check(OwnMaintenanceSchema, value);
export const checkOwnOutline = (value: ExamOutline) => check(OwnOutlineSchema, value);
