import type { CeActivity } from '../../../../shared/schemas/ce';
import type { TrainingEntry } from '../../../../shared/schemas/records';
import type { CeActivityRepository } from '../../db/repositories/ceActivityRepository';
import type { RecordLinkRepository } from '../../db/repositories/recordLinkRepository';
import type { TrainingWithEvidence } from '../../db/repositories/trainingRepository';
import { sharingOptions } from '../../domain/sharing';
import { conflict, invalidField, notFound } from '../../errors';
import type { CoreEvents } from '../../events';
import type { CeActivityService } from '../ceActivityService';
import type { RenewalService } from '../renewalService';
import type { TrainingService } from '../trainingService';

/** The fields a course and its CE activity share, named as the person sees them. */
function differencesOf(training: TrainingWithEvidence, activity: CeActivity): string[] {
  const differs: string[] = [];
  if (training.completedOn !== activity.date) differs.push('date');
  if (training.course !== activity.title) differs.push('title');
  if (training.provider !== activity.provider) differs.push('provider');
  if (training.hours !== activity.units) differs.push('hours and units');
  return differs;
}

/**
 * One record, two uses: a course logged as training (it counts toward a prerequisite's contact
 * hours) can also be logged as a CE activity (it counts toward a renewal), and the other way
 * round, without typing it twice. The two stay separate records, each counted by its own rules,
 * linked so that after an edit to one the screens offer to copy the change onto the other.
 */
export class RecordLinkService {
  constructor(
    private readonly links: RecordLinkRepository,
    private readonly training: TrainingService,
    private readonly ceActivities: CeActivityService,
    private readonly ceRepo: CeActivityRepository,
    private readonly renewal: RenewalService,
    private readonly events: CoreEvents,
    private readonly transaction: <T>(work: () => T) => T,
    private readonly now: () => Date,
  ) {
    training.registerLinkedActivityLookup((trainingId) => this.linkedActivityOf(trainingId));
  }

  linkedActivityOf(trainingId: string): TrainingEntry['linkedActivity'] {
    const activityId = this.links.activityOf(trainingId);
    const activity = activityId ? this.ceRepo.get(activityId) : undefined;
    if (!activity) return null;
    return { id: activity.id, title: activity.title, differences: differencesOf(this.training.requireStored(trainingId), activity) };
  }

  linkedTrainingOf(activityId: string): { id: string; course: string; differences: string[] } | null {
    const trainingId = this.links.trainingOf(activityId);
    if (!trainingId) return null;
    const activity = this.ceRepo.get(activityId);
    if (!activity) return null;
    const entry = this.training.requireStored(trainingId);
    return { id: entry.id, course: entry.course, differences: differencesOf(entry, activity) };
  }

  /** The course as a CE activity: its date, title, provider and certificate; units default to its hours. */
  logTrainingAsCe(input: { trainingId: string; credentialId: string; categoryId: string; units?: number | undefined }): CeActivity {
    const entry = this.training.requireStored(input.trainingId);
    if (this.links.activityOf(entry.id)) throw conflict(`“${entry.course}” is already logged as a CE activity`);
    const units = input.units ?? entry.hours;
    if (units <= 0) throw invalidField('units', 'The course has no hours; enter the units it earned');
    const held = this.renewal.heldCredentials();
    if (!held.some((h) => h.id === input.credentialId)) throw notFound('credential', input.credentialId, 'credentialId');
    const options = sharingOptions(held, input.credentialId, input.categoryId, entry.completedOn);
    const chosen = options.filter((o) => o.eligible && (o.chosenByDefault || o.required)).map((o) => o.credentialId);
    const activity = this.transaction(() => {
      const logged = this.ceActivities.log({
        date: entry.completedOn,
        title: entry.course,
        provider: entry.provider,
        units,
        categoryId: input.categoryId,
        activityTypeId: null,
        credentialIds: chosen.length > 0 ? chosen : [input.credentialId],
        evidenceIds: entry.evidenceId ? [entry.evidenceId] : [],
        notes: 'Also recorded as training.',
      });
      this.links.link(entry.id, logged.id, this.now().toISOString());
      return logged;
    });
    this.#announce();
    return activity;
  }

  /** The CE activity as training: its date, title, provider and first evidence file; hours default to its units. */
  recordCeAsTraining(input: { activityId: string; topic: string; provider?: string | undefined; hours?: number | undefined }): TrainingEntry {
    const activity = this.ceRepo.get(input.activityId);
    if (!activity) throw notFound('activity', input.activityId, 'activityId');
    if (this.links.trainingOf(activity.id)) throw conflict(`“${activity.title}” is already recorded as training`);
    const provider = (input.provider ?? activity.provider).trim();
    if (!provider) throw invalidField('provider', 'Say who ran the course');
    const entry = this.transaction(() => {
      const added = this.training.add({
        course: activity.title,
        provider,
        hours: input.hours ?? activity.units,
        completedOn: activity.date,
        topic: input.topic,
        evidenceId: activity.evidenceIds[0] ?? null,
      });
      this.links.link(added.id, activity.id, this.now().toISOString());
      return added;
    });
    this.#announce();
    return this.training.get(entry.id);
  }

  /** After an edit to the course: the same date, title, provider and hours on its CE activity (checked as any edit). */
  syncFromTraining(trainingId: string): CeActivity {
    const entry = this.training.requireStored(trainingId);
    const activityId = this.links.activityOf(trainingId);
    const activity = activityId ? this.ceRepo.get(activityId) : undefined;
    if (!activity) throw notFound('linked activity', trainingId, 'trainingId');
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = activity;
    const updated = this.ceActivities.update(activity.id, { ...fields, date: entry.completedOn, title: entry.course, provider: entry.provider, units: entry.hours > 0 ? entry.hours : activity.units });
    this.#announce();
    return updated;
  }

  /** After an edit to the activity: the same date, title, provider and hours on its training entry. */
  syncFromCe(activityId: string): TrainingEntry {
    const activity = this.ceRepo.get(activityId);
    const trainingId = this.links.trainingOf(activityId);
    if (!activity || !trainingId) throw notFound('linked training entry', activityId, 'activityId');
    const entry = this.training.requireStored(trainingId);
    this.training.update(trainingId, {
      course: activity.title,
      provider: activity.provider || entry.provider,
      hours: activity.units,
      completedOn: activity.date,
      topic: entry.topic,
      evidenceId: entry.evidenceId,
    });
    this.#announce();
    return this.training.get(trainingId);
  }

  #announce(): void {
    this.events.emit('data:changed', { areas: ['training', 'ce', 'credentials'] });
  }
}
