import type { CeCategory, Maintenance } from '../../../shared/schemas/certification';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { SharingOption } from '../../../shared/schemas/ce';
import type { Cycle } from '../../../shared/schemas/renewal';
import type { FieldIssue } from '../../../shared/result';
import { formatUnits } from '../../../shared/formatUnits';
import { cycleHolding } from './renewalCycles';

/** A credential the person holds, as the sharing rules see it. */
export interface HeldCredential {
  id: string;
  acronym: string;
  name: string;
  body: string;
  certificationId: string | null;
  maintenance: Maintenance | null;
  cycles: readonly Cycle[];
}

const categoryIn = (held: HeldCredential, categoryId: string): CeCategory | undefined =>
  held.maintenance?.groups.flatMap((g) => g.categories).find((c) => c.id === categoryId);

const takesCe = (held: HeldCredential): boolean => held.maintenance?.kind === 'continuing-education';

/** Credentials the category always counts toward (PMI: Ways of Working → PMP), from every definition held. */
function alwaysTargets(all: readonly HeldCredential[], categoryId: string): Set<string> {
  return new Set(all.flatMap((h) => categoryIn(h, categoryId)?.alwaysCountsToward ?? []));
}

/**
 * Which held credentials an activity in `categoryId` on `date`, logged from credential `fromId`,
 * may count toward, and which it does by default. Only credentials whose rules know the category
 * are listed; one is eligible when one of its cycles holds the date. Defaults: the credential it is logged from; every
 * eligible credential of the same body when the category is shared body-wide (PMI Power Skills,
 * Business Acumen, Giving Back); credentials the category always counts toward (PMI Ways of
 * Working → PMP), which are also required. "When relevant" categories reach others only where the
 * person ticks them; "none" categories count toward one credential only.
 */
export function sharingOptions(all: readonly HeldCredential[], fromId: string, categoryId: string, date: IsoDate): SharingOption[] {
  const from = all.find((h) => h.id === fromId);
  const sharing = (from && categoryIn(from, categoryId)?.sharing) ?? 'none';
  const always = alwaysTargets(all, categoryId);
  // Credentials whose rules do not know the category cannot take the activity at all: not offered.
  return all.filter((held) => takesCe(held) && categoryIn(held, categoryId) !== undefined).map((held) => {
    const category = categoryIn(held, categoryId);
    const inCycle = cycleHolding(held.cycles, date) !== undefined;
    const eligible = category !== undefined && inCycle;
    const isFrom = held.id === fromId;
    const required = eligible && held.certificationId !== null && always.has(held.certificationId);
    const sameBody = from !== undefined && held.body === from.body;
    const sameSuite = from !== undefined && sameSuiteAs(from, held);
    const chosenByDefault =
      eligible && (isFrom || required || (sharing === 'all-body-credentials' && sameBody) || (sharing === 'suite' && sameSuite));
    return {
      credentialId: held.id,
      acronym: held.acronym,
      name: held.name,
      eligible,
      chosenByDefault,
      required,
      note: !category
        ? `${held.acronym}’s rules have no such category`
        : !inCycle
          ? `The date is outside ${held.acronym}’s cycles`
          : required
            ? `${category.name} always counts toward ${held.acronym}`
            : isFrom
              ? 'Logged from here'
              : sharing === 'all-body-credentials' && sameBody
                ? `${category.name} counts toward every ${held.body} credential you hold`
                : sharing === 'suite' && sameSuite
                  ? `Renewal is shared by the ${held.maintenance?.suite?.name ?? 'product'} suite`
                  : sharing === 'none'
                  ? `${category.name} counts toward one credential only`
                  : 'Tick it if the content is relevant to this credential',
    };
  });
}

/** Both credentials' rules name the same product suite (PeopleCert: renewal is shared by the suite). */
export function sameSuiteAs(a: Pick<HeldCredential, 'maintenance'>, b: Pick<HeldCredential, 'maintenance'>): boolean {
  const suite = a.maintenance?.suite?.id;
  return suite !== undefined && suite === b.maintenance?.suite?.id;
}

export interface ActivityClaim {
  date: IsoDate;
  units: number;
  categoryId: string;
  activityTypeId?: string | null;
  credentialIds: readonly string[];
}

/**
 * The rule checks on an activity against the credentials it is to count toward, as field issues
 * (empty when it is fine): each must take continuing education, know the category and have a
 * cycle holding the date; units must be a multiple of each one's unit step; a "none" category goes
 * to one credential; a credential the category always counts toward must stay chosen.
 */
export function checkActivityClaim(all: readonly HeldCredential[], claim: ActivityClaim): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const chosen: HeldCredential[] = [];
  for (const id of claim.credentialIds) {
    const held = all.find((h) => h.id === id);
    if (!held) issues.push({ path: 'credentialIds', message: `No credential with id "${id}"` });
    else if (!takesCe(held)) issues.push({ path: 'credentialIds', message: `${held.acronym} is not renewed with continuing-education units` });
    else chosen.push(held);
  }
  if (issues.length > 0) return issues;

  for (const held of chosen) {
    if (!categoryIn(held, claim.categoryId)) {
      issues.push({ path: 'categoryId', message: `${held.acronym}’s rules have no category “${claim.categoryId}”` });
    }
  }
  const outside = chosen.filter((held) => cycleHolding(held.cycles, claim.date) === undefined);
  if (outside.length === chosen.length) {
    issues.push({ path: 'date', message: `Outside every cycle of ${chosen.map(describeCycles).join('; ')}` });
  } else {
    for (const held of outside) issues.push({ path: 'credentialIds', message: `The date is outside every cycle of ${describeCycles(held)}` });
  }
  for (const held of chosen) {
    const step = held.maintenance?.unitStep ?? null;
    if (step !== null && !isMultipleOf(claim.units, step)) {
      issues.push({ path: 'units', message: `${held.acronym} counts ${held.maintenance?.unitName ?? 'units'}s in steps of ${step}` });
      break;
    }
  }
  issues.push(...boundIssues(chosen, claim.units));
  issues.push(...activityTypeIssues(chosen, claim));
  const category = chosen.map((h) => categoryIn(h, claim.categoryId)).find((c) => c !== undefined);
  if (category?.sharing === 'none' && chosen.length > 1) {
    issues.push({ path: 'credentialIds', message: `${category.name} counts toward one credential only` });
  }
  const always = alwaysTargets(all, claim.categoryId);
  for (const held of all) {
    if (claim.credentialIds.includes(held.id) || held.certificationId === null || !always.has(held.certificationId)) continue;
    if (categoryIn(held, claim.categoryId) && cycleHolding(held.cycles, claim.date) && category) {
      issues.push({ path: 'credentialIds', message: `${category.name} always counts toward ${held.acronym}; keep it chosen` });
    }
  }
  return issues;
}

/** PeopleCert: each activity counts 0.5 to 15 points; a claim outside the bounds is refused where the rules say so. */
function boundIssues(chosen: readonly HeldCredential[], units: number): FieldIssue[] {
  for (const held of chosen) {
    const bounds = held.maintenance?.activityUnits ?? null;
    const unit = held.maintenance?.unitName ?? 'unit';
    if (bounds !== null && bounds.min !== null && units < bounds.min) {
      return [{ path: 'units', message: `${held.acronym} counts at least ${formatUnits(bounds.min, unit)} for one activity` }];
    }
    if (bounds !== null && bounds.max !== null && bounds.aboveMax === 'refuse' && units > bounds.max) {
      return [{ path: 'units', message: `${held.acronym} counts at most ${formatUnits(bounds.max, unit)} for one activity; log a longer one as several activities` }];
    }
  }
  return [];
}

/** Where a category caps kinds of activity (Security+: live webinars ≤ 10), the kind must be one of them. */
function activityTypeIssues(chosen: readonly HeldCredential[], claim: ActivityClaim): FieldIssue[] {
  const typeId = claim.activityTypeId ?? null;
  for (const held of chosen) {
    const category = categoryIn(held, claim.categoryId);
    if (!category) continue;
    const kinds = category.activityTypes;
    if (kinds.length > 0 && typeId === null) {
      return [{ path: 'activityTypeId', message: `Choose the kind of activity: ${held.acronym} counts ${kinds.map((k) => k.name).join(', ')} differently` }];
    }
    if (typeId !== null && kinds.length > 0 && !kinds.some((k) => k.id === typeId)) {
      return [{ path: 'activityTypeId', message: `Not a kind of ${category.name} for ${held.acronym} (its kinds: ${kinds.map((k) => k.name).join(', ')})` }];
    }
  }
  const anyKinds = chosen.some((held) => (categoryIn(held, claim.categoryId)?.activityTypes.length ?? 0) > 0);
  if (typeId !== null && !anyKinds) return [{ path: 'activityTypeId', message: 'This category has no kinds of activity; leave it empty' }];
  return [];
}

function describeCycles(held: HeldCredential): string {
  const first = held.cycles[0];
  const last = held.cycles.at(-1);
  if (!first || !last) return `${held.acronym} (no cycles)`;
  return `${held.acronym} (${first.countsFrom} to ${last.countsUntil})`;
}

function isMultipleOf(units: number, step: number): boolean {
  const ratio = units / step;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}
