import type { Requirement, RequirementKind } from '../../../shared/schemas/certification';
import type { CredentialRef, WalkthroughStep } from '../../../shared/schemas/eligibility';
import { EXPERIENCE_MONTH_RULE } from '../../../shared/experienceRule';
import { type PathOutcome, type RequirementOutcome, heldForCredentialRequirement } from './eligibility';
import { type EvaluationContext, entriesTaggedWith, sameTag, sumHours, trainingFor } from './eligibilityRecords';
import { attributeMonths, countUniqueExperienceMonths, windowStartOf } from './experienceMonths';
import { monthOf } from './months';

const STEP_ORDER: readonly RequirementKind[] = ['education', 'experience', 'training', 'credential', 'check'];

interface Item {
  requirement: Requirement;
  outcome: RequirementOutcome;
  pathNames: string[];
}

/**
 * The walkthrough: one step per kind of requirement present in the rules, in the order a person
 * gathers them. A requirement asked for identically by several paths (PMP's 35 hours) appears once,
 * naming its paths. Each step carries what counts, what the person has and what is missing.
 */
export function buildWalkthrough(outcomes: readonly PathOutcome[], ctx: EvaluationContext): WalkthroughStep[] {
  const items = collectItems(outcomes);
  const steps: WalkthroughStep[] = [];
  for (const kind of STEP_ORDER) {
    const ofKind = items.filter((i) => i.requirement.kind === kind);
    if (ofKind.length > 0) steps.push(buildStep(kind, ofKind, ctx));
  }
  return steps;
}

function collectItems(outcomes: readonly PathOutcome[]): Item[] {
  const byKey = new Map<string, Item>();
  for (const outcome of outcomes) {
    for (const r of outcome.requirements) {
      const key = JSON.stringify(r.requirement);
      const existing = byKey.get(key);
      if (existing) existing.pathNames.push(outcome.path.name);
      else byKey.set(key, { requirement: r.requirement, outcome: r, pathNames: [outcome.path.name] });
    }
  }
  return [...byKey.values()];
}

function buildStep(kind: RequirementKind, items: Item[], ctx: EvaluationContext): WalkthroughStep {
  const { records } = ctx;
  switch (kind) {
    case 'education':
      return {
        kind,
        items: items.flatMap(({ requirement: r, ...item }) =>
          r.kind === 'education' ? [{ ...itemBase(r, item, ctx), minLevel: r.minLevel, gacAccredited: r.gacAccredited }] : [],
        ),
        have: { educationLevel: records.educationLevel, gacAccredited: records.gacAccredited },
      };
    case 'experience':
      return experienceStep(items, ctx);
    case 'training':
      return trainingStep(items, ctx);
    case 'credential':
      return {
        kind,
        items: items.flatMap(({ requirement: r, ...item }) =>
          r.kind === 'credential'
            ? [
                {
                  ...itemBase(r, item, ctx),
                  // Held credentials of the named kind join the named ones, so the step shows what counts.
                  anyOf: refs([...new Set([...r.anyOf, ...heldForCredentialRequirement(r, records)])], ctx),
                  anyTagged: r.anyTagged,
                  tick: r.orTickLabel === null ? null : { label: r.orTickLabel, checked: records.checkedRequirementIds.has(r.id) },
                },
              ]
            : [],
        ),
      };
    case 'check':
      return {
        kind,
        items: items.flatMap(({ requirement: r, ...item }) =>
          r.kind === 'check' ? [{ ...itemBase(r, item, ctx), checked: records.checkedRequirementIds.has(r.id) }] : [],
        ),
      };
  }
}

function experienceStep(items: Item[], ctx: EvaluationContext): WalkthroughStep {
  const { records, currentMonth } = ctx;
  const groups = new Map<string, Extract<WalkthroughStep, { kind: 'experience' }>['groups'][number]>();
  const areas: string[] = [];
  for (const { requirement: r, ...item } of items) {
    if (r.kind !== 'experience') continue;
    areas.push(r.area);
    const key = `${r.area.toLocaleLowerCase('en')}|${r.windowMonths ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      const tagged = entriesTaggedWith(records.experience, r.area);
      const options = { asOf: currentMonth, windowMonths: r.windowMonths };
      const attribution = new Map(attributeMonths(tagged, options).map((a) => [a.id, a]));
      group = {
        area: r.area,
        windowMonths: r.windowMonths,
        windowStart: r.windowMonths === null ? null : monthOf(windowStartOf(currentMonth, r.windowMonths)),
        countedMonths: countUniqueExperienceMonths(tagged, options),
        entries: tagged.map((e) => ({
          entryId: e.id,
          title: e.title,
          organisation: e.organisation,
          startMonth: e.startMonth,
          endMonth: e.endMonth,
          monthsInWindow: attribution.get(e.id)?.monthsInWindow ?? 0,
        })),
        items: [],
      };
      groups.set(key, group);
    }
    group.items.push({ ...itemBase(r, item, ctx), months: r.months });
  }
  const untagged = records.experience.filter((e) => e.areas.length === 0);
  const otherAreas = records.experience.filter((e) => e.areas.length > 0 && !e.areas.some((tag) => areas.some((area) => sameTag(tag, area))));
  return {
    kind: 'experience',
    groups: [...groups.values()],
    untagged: untagged.map((e) => ({ entryId: e.id, title: e.title, organisation: e.organisation })),
    otherAreas: otherAreas.map((e) => ({ entryId: e.id, title: e.title, areas: [...e.areas] })),
    rule: EXPERIENCE_MONTH_RULE,
  };
}

function trainingStep(items: Item[], ctx: EvaluationContext): WalkthroughStep {
  const { records } = ctx;
  const groups = new Map<string, Extract<WalkthroughStep, { kind: 'training' }>['groups'][number]>();
  const topics: string[] = [];
  for (const { requirement: r, ...item } of items) {
    if (r.kind !== 'training') continue;
    topics.push(r.topic);
    const key = r.topic.toLocaleLowerCase('en');
    let group = groups.get(key);
    if (!group) {
      const matching = trainingFor(records.training, r.topic);
      group = {
        topic: r.topic,
        totalHours: sumHours(matching),
        entries: matching.map((t) => ({ entryId: t.id, course: t.course, provider: t.provider, hours: t.hours, completedOn: t.completedOn })),
        items: [],
      };
      groups.set(key, group);
    }
    group.items.push({ ...itemBase(r, item, ctx), hours: r.hours });
  }
  const other = records.training.filter((t) => !topics.some((topic) => sameTag(t.topic, topic)));
  return {
    kind: 'training',
    groups: [...groups.values()],
    otherTopics: other.map((t) => ({ entryId: t.id, course: t.course, topic: t.topic, hours: t.hours })),
  };
}

function itemBase(requirement: Requirement, item: Omit<Item, 'requirement'>, ctx: EvaluationContext) {
  const substitutes = requirement.kind === 'experience' || requirement.kind === 'training' ? refs(requirement.substitutedBy, ctx) : [];
  return {
    requirementId: requirement.id,
    label: requirement.label,
    pathNames: item.pathNames,
    met: item.outcome.met,
    summary: item.outcome.summary,
    missing: item.outcome.missing,
    substitutes,
    metBySubstitute: item.outcome.metBySubstitute,
  };
}

function refs(ids: readonly string[], ctx: EvaluationContext): CredentialRef[] {
  return ids.map((id) => ({
    id,
    acronym: ctx.nameOf(id),
    held: ctx.records.heldCertificationIds.has(id),
    lapsed: !ctx.records.heldCertificationIds.has(id) && (ctx.records.lapsedCertificationIds?.has(id) ?? false),
  }));
}
