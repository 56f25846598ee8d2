import { describeRequirement } from '../../../../shared/rulesWording';
import type { ApplicationRules, PrerequisitePath } from '../../../../shared/schemas/certification';
import { ChangeList, type RuleChange, matchById } from './changeList';

/** Paths and requirements, matched by id, described as the catalog page describes them. */
export function prerequisiteChanges(before: readonly PrerequisitePath[], after: readonly PrerequisitePath[], nameOf: (id: string) => string): RuleChange[] {
  const list = new ChangeList('prerequisites');
  const describe = (path: PrerequisitePath) => path.requirements.map((r) => describeRequirement(r, nameOf)).join('; ') || 'no requirements';
  const paths = matchById(before, after);
  for (const path of paths.added) list.add(`New path “${path.name}”: ${describe(path)}`);
  for (const path of paths.removed) list.add(`Path “${path.name}” removed`);
  for (const [old, next] of paths.both) {
    if (old.name !== next.name) list.add(`Path “${old.name}” is now called “${next.name}”`);
    const reqs = matchById(old.requirements, next.requirements);
    for (const r of reqs.added) list.add(`${next.name}: new requirement — ${describeRequirement(r, nameOf)}`);
    for (const r of reqs.removed) list.add(`${next.name}: no longer asks for ${describeRequirement(r, nameOf)}`);
    for (const [a, b] of reqs.both) {
      const from = describeRequirement(a, nameOf);
      const to = describeRequirement(b, nameOf);
      if (from !== to) list.add(`${next.name}: ${from} → ${to}`);
    }
  }
  return list.items;
}

export function applicationChanges(before: ApplicationRules | null, after: ApplicationRules | null): RuleChange[] {
  const list = new ChangeList('application');
  const a = before ?? ({} as Partial<ApplicationRules>);
  const b = after ?? ({} as Partial<ApplicationRules>);
  list.value('Days to answer an audit', a.auditResponseDays ?? null, b.auditResponseDays ?? null);
  list.value('Eligibility period', a.eligibilityMonths ?? null, b.eligibilityMonths ?? null, (m) => `${m} months`);
  list.value('Eligibility period starts', a.eligibilityStarts ?? null, b.eligibilityStarts ?? null);
  list.value('Attempts in the eligibility period', a.attemptsAllowed ?? null, b.attemptsAllowed ?? null);
  list.value('Wait after the last failed attempt', a.lockoutMonths ?? null, b.lockoutMonths ?? null, (m) => `${m} months`);
  list.value('If the eligibility period lapses', a.onLapse ?? null, b.onLapse ?? null);
  list.value('Audit selection', a.audit?.selection ?? null, b.audit?.selection ?? null);
  list.value('Audit documents', a.audit?.documents.join('; ') || null, b.audit?.documents.join('; ') || null);
  list.value('Failed audit', a.audit?.penalty ?? null, b.audit?.penalty ?? null);
  return list.items;
}
