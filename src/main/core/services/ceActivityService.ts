import type { CeActivity, CeActivityInput, SharingOption } from '../../../shared/schemas/ce';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { FieldIssue } from '../../../shared/result';
import type { CeActivityRepository } from '../db/repositories/ceActivityRepository';
import { checkActivityClaim, sharingOptions } from '../domain/sharing';
import { AppFailure, notFound } from '../errors';
import { newId } from '../ids';
import type { EvidenceService } from './evidenceService';
import type { RenewalService } from './renewalService';

/**
 * Logging continuing-education activities. Every rule is checked before anything is written:
 * units in the body's steps, a category every chosen credential knows, a date inside a cycle of
 * each, evidence still in the store. The activity and its links are written in one transaction.
 */
export class CeActivityService {
  constructor(
    private readonly activities: CeActivityRepository,
    private readonly renewal: RenewalService,
    private readonly evidence: EvidenceService,
    private readonly now: () => Date,
  ) {}

  log(input: CeActivityInput): CeActivity {
    this.#check(input);
    const at = this.now().toISOString();
    const activity: CeActivity = { id: newId('ce'), ...input, createdAt: at, updatedAt: at };
    this.activities.insert(activity);
    return activity;
  }

  /**
   * Many activities at once, all or nothing: the bulk path of the heavy-profile generator (issue
   * 10), which `ce:log` one by one cannot serve at ten years' scale because every call evaluates
   * every held credential's whole history. The same checks as `log`, against the held credentials
   * evaluated once for the batch (so a batch must not rely on its own activities to open a cycle).
   * `share`: also count each activity toward the credentials the rules require (`required`, e.g.
   * PMI's Ways of Working toward PMP) or those the form ticks by default as well (`default`).
   */
  logMany(inputs: readonly CeActivityInput[], options: { share: 'none' | 'required' | 'default' }): CeActivity[] {
    const held = this.renewal.heldCredentials();
    const at = this.now().toISOString();
    const activities = inputs.map((input, index) => {
      const from = input.credentialIds[0];
      const shared =
        options.share !== 'none' && from !== undefined
          ? sharingOptions(held, from, input.categoryId, input.date)
              .filter((o) => o.eligible && (o.required || (options.share === 'default' && o.chosenByDefault)))
              .map((o) => o.credentialId)
          : [];
      const claim = { ...input, credentialIds: [...new Set([...input.credentialIds, ...shared])] };
      try {
        this.#check(claim, held);
      } catch (error) {
        if (error instanceof AppFailure) throw new AppFailure(error.code, `Activity ${index + 1}: ${error.message}`, error.issues);
        throw error;
      }
      const activity: CeActivity = { id: newId('ce'), ...claim, createdAt: at, updatedAt: at };
      return activity;
    });
    this.activities.insertAll(activities);
    return activities;
  }

  update(id: string, input: CeActivityInput): CeActivity {
    const existing = this.#require(id);
    this.#check(input);
    const activity: CeActivity = { ...existing, ...input, updatedAt: this.now().toISOString() };
    this.activities.update(activity);
    return activity;
  }

  remove(id: string): { id: string } {
    this.#require(id);
    this.activities.delete(id);
    return { id };
  }

  previewSharing(credentialId: string, categoryId: string, date: IsoDate): SharingOption[] {
    const held = this.renewal.heldCredentials();
    if (!held.some((h) => h.id === credentialId)) throw notFound('credential', credentialId, 'credentialId');
    return sharingOptions(held, credentialId, categoryId, date);
  }

  /** "CE activity: …" for the evidence list, so a file in use is not deleted. */
  usesOfEvidence(evidenceId: string): string[] {
    return this.activities.usesOfEvidence(evidenceId).map((use) => `CE activity: ${use.title} (${use.date})`);
  }

  #require(id: string): CeActivity {
    const activity = this.activities.get(id);
    if (!activity) throw notFound('activity', id);
    return activity;
  }

  #check(input: CeActivityInput, held = this.renewal.heldCredentials()): void {
    const issues: FieldIssue[] = [];
    if (input.date > this.renewal.today()) issues.push({ path: 'date', message: 'Cannot be in the future; log an activity once it has happened' });
    issues.push(...checkActivityClaim(held, input));
    input.evidenceIds.forEach((evidenceId, i) => {
      const file = this.evidence.find(evidenceId);
      if (!file) issues.push({ path: `evidenceIds.${i}`, message: 'This file is not in the evidence store; attach it again' });
      else if (!this.evidence.hasStoredCopy(evidenceId)) {
        issues.push({ path: `evidenceIds.${i}`, message: `The stored copy of “${file.fileName}” is missing from the evidence folder; attach it again` });
      }
    });
    const first = issues[0];
    if (first) throw new AppFailure('invalid_input', `${first.path}: ${first.message}`, issues);
  }
}
