import { formatUnits } from '../../../../shared/formatUnits';
import type { CeActivity } from '../../../../shared/schemas/ce';
import type { EarnedEntry, EarnedPreview } from '../../../../shared/schemas/fairStart';
import type { RenewalView } from '../../../../shared/schemas/renewal';
import type { FieldIssue } from '../../../../shared/result';
import type { CeActivityRepository } from '../../db/repositories/ceActivityRepository';
import type { StoredCredential } from '../../db/repositories/credentialRepository';
import type { FairStartRepository } from '../../db/repositories/fairStartRepository';
import { roundUnits } from '../../domain/calendarDays';
import type { RuleCategory } from '../../domain/fairStart/earnedTranscript';
import { AppFailure, conflict, ruleViolation } from '../../errors';
import { newId } from '../../ids';
import type { CoreEvents } from '../../events';
import type { RenewalService } from '../renewalService';
import { type EarnedContext, planLine, yearWarnings } from './earnedChecks';
import { readEarnedEntry } from './earnedEntry';

interface Checked {
  preview: EarnedPreview;
  activities: CeActivity[];
}

/**
 * The fair start of a credential held before Certplan. Adding one by hand (with a cycle already
 * under way) makes it pending: the renewal view asks for what was earned so far, as totals or a
 * transcript, and holds back "behind" and "missed" meanwhile. Every line is checked against the
 * rules before anything is written — dates inside the cycle, a known category, the same checks as
 * logging (unit step, the bounds on one activity, the kind where a category caps kinds), then the
 * caps by the renewal engine itself — and the import is all or nothing. A past year the import
 * would leave below its minimum is a warning, not an error: it is what happened.
 */
export class FairStartService {
  constructor(
    private readonly states: FairStartRepository,
    private readonly renewal: RenewalService,
    private readonly activities: CeActivityRepository,
    private readonly events: CoreEvents,
    private readonly transaction: <T>(work: () => T) => T,
    private readonly now: () => Date,
  ) {}

  /** After `credentials:add`: a continuing-education cycle that began before today asks for a fair start. */
  begin(credential: StoredCredential): void {
    const evaluation = this.renewal.evaluate(credential);
    const open = evaluation.open;
    if (evaluation.maintenance?.kind !== 'continuing-education' || !open || open.cycle.start >= this.renewal.today()) return;
    this.states.set(credential.id, 'pending', this.now().toISOString());
  }

  preview(credentialId: string, entry: EarnedEntry): EarnedPreview {
    return this.#check(credentialId, entry).preview;
  }

  import(credentialId: string, entry: EarnedEntry): RenewalView {
    const { preview, activities } = this.#check(credentialId, entry);
    if (!preview.clean) {
      const issues: FieldIssue[] = preview.fileProblem ? [{ path: 'entry', message: preview.fileProblem }] : [];
      for (const row of preview.rows) for (const problem of row.problems) issues.push({ path: entry.kind === 'totals' ? `entry.rows.${row.line - 1}` : 'entry.text', message: `Line ${row.line}: ${problem}` });
      const count = preview.problemCount;
      throw new AppFailure('rule_violation', `Nothing was imported: ${count === 1 ? '1 problem needs' : `${count} problems need`} fixing first`, issues);
    }
    const at = this.now().toISOString();
    this.transaction(() => {
      for (const activity of activities) this.activities.insert({ ...activity, id: newId('ce'), createdAt: at, updatedAt: at });
      this.states.set(credentialId, 'done', at);
    });
    this.events.emit('data:changed', { areas: ['ce', 'credentials'] });
    return this.renewal.view(credentialId);
  }

  skip(credentialId: string): RenewalView {
    this.renewal.requireStored(credentialId);
    const state = this.states.get(credentialId);
    if (state !== 'pending') throw conflict(state === null ? 'This credential has no earlier units to enter' : 'What was earned before is already settled for this credential');
    this.states.set(credentialId, 'skipped', this.now().toISOString());
    this.events.emit('data:changed', { areas: ['credentials'] });
    return this.renewal.view(credentialId);
  }

  #check(credentialId: string, entry: EarnedEntry): Checked {
    const credential = this.renewal.requireStored(credentialId);
    const evaluation = this.renewal.evaluate(credential);
    const maintenance = evaluation.maintenance;
    const open = evaluation.open;
    if (maintenance?.kind !== 'continuing-education' || !open) {
      throw ruleViolation(`${credential.acronym} has no continuing-education cycle to fill in`, [{ path: 'credentialId', message: 'No open continuing-education cycle' }]);
    }
    const today = this.renewal.today();
    const categories: RuleCategory[] = maintenance.groups.flatMap((g) => g.categories.map((c) => ({ id: c.id, name: c.name, groupName: g.name, kinds: c.activityTypes })));
    const nameOf = new Map(categories.map((c) => [c.id, c.name]));
    const cycle = { start: open.cycle.start, end: open.cycle.end };

    const { columns, mapping, categoryValues, activityTypeValues, fileProblem, rows } = readEarnedEntry(entry, categories, credential.acronym);

    const unit = maintenance.unitName ?? 'unit';
    const context: EarnedContext = {
      held: { id: credential.id, acronym: credential.acronym, name: credential.name, body: credential.body, certificationId: credential.certificationId, maintenance, cycles: evaluation.cycles.map((c) => c.cycle) },
      maintenance,
      cycle,
      yearStarts: open.progress?.years.map((y) => y.start) ?? [cycle.start],
      today,
      existing: open.activities,
      noKindColumn: mapping?.activityType === null || mapping?.activityType === undefined,
    };
    const planned = rows.map((row) => planLine(row, entry.kind, context));

    // Caps: the clean lines counted together with what is already logged, by the renewal engine itself.
    const candidates = planned.flatMap((p) => p.activities);
    const withThem = this.renewal.evaluateWith(credential, candidates).open;
    for (const { row, activities } of planned) {
      const lost = roundUnits(activities.reduce((sum, a) => sum + (withThem?.outcomes.get(a.id)?.notCounted ?? 0), 0));
      const reason = activities.map((a) => withThem?.outcomes.get(a.id)?.reason).find((r) => r);
      if (lost > 0) row.problems.push(`${formatUnits(lost, unit)} would not count: ${reason ?? 'above a cap'}`);
    }

    const totals = new Map<string, number>();
    for (const row of rows) if (row.categoryId && row.units !== null) totals.set(row.categoryId, roundUnits((totals.get(row.categoryId) ?? 0) + row.units));
    const problemCount = rows.reduce((sum, r) => sum + r.problems.length, 0) + (fileProblem ? 1 : 0);
    const clean = problemCount === 0;
    return {
      preview: {
        kind: entry.kind,
        columns,
        mapping,
        categoryValues,
        activityTypeValues,
        rows,
        fileProblem,
        problemCount,
        clean,
        warnings: clean ? yearWarnings(withThem?.progress ?? null, rows, today) : [],
        totals: [...totals].map(([categoryId, units]) => ({ categoryId, name: nameOf.get(categoryId) ?? categoryId, units })),
        cycle,
        categories: categories.map((c) => ({ id: c.id, name: c.groupName === c.name || maintenance.groups.length === 1 ? c.name : `${c.groupName}: ${c.name}` })),
        activityTypes: categories.flatMap((c) => c.kinds.map((k) => ({ id: k.id, name: k.name, categoryId: c.id }))),
      },
      activities: clean ? candidates : [],
    };
  }
}
