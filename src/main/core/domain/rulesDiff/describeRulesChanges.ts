import type { Certification } from '../../../../shared/schemas/certification';
import type { IsoDate } from '../../../../shared/schemas/dates';
import { ChangeList, type RuleChange, matchById } from './changeList';
import { examChanges } from './examChanges';
import { maintenanceChanges } from './maintenanceChanges';
import { applicationChanges, prerequisiteChanges } from './prerequisiteChanges';

export type { RuleChange, ChangeSection } from './changeList';

/**
 * What changes, field by field and in plain words, when a track or credential moves from the
 * rules it follows to newer catalog rules: "PMP exam on 20 Jul 2026: questions: 185 → 180",
 * "Carry-over now capped at 20 PDUs". `on` is the day whose exam outline matters (the exam or
 * target date, else today). Pure: two rule sets in, sentences out.
 */
export function describeRulesChanges(before: Certification, after: Certification, on: IsoDate, nameOf: (id: string) => string): RuleChange[] {
  const overview = new ChangeList('overview');
  overview.value('Name', before.name, after.name);
  overview.value('Acronym', before.acronym, after.acronym);
  if (before.summary !== after.summary) overview.add('The description was rewritten');
  const sources = new ChangeList('sources');
  const cited = matchById(before.sources, after.sources);
  if (cited.added.length + cited.removed.length > 0) {
    sources.add(`Sources: ${[cited.added.length ? `${cited.added.length} added` : null, cited.removed.length ? `${cited.removed.length} no longer cited` : null].filter(Boolean).join(', ')}`);
  }
  return [
    ...overview.items,
    ...prerequisiteChanges(before.paths, after.paths, nameOf),
    ...applicationChanges(before.application, after.application),
    ...examChanges(after.acronym, before.exam, after.exam, on),
    ...maintenanceChanges(before.maintenance, after.maintenance),
    ...sources.items,
  ];
}
