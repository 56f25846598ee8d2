import type { TopicOption, TrainingEntry, TrainingFields } from '../../../shared/schemas/records';
import { localDateOf } from '../clock';
import { KeptReads, STUDY_AND_UPKEEP_TABLES } from '../db/keptReads';
import type { StoredTrack } from '../db/repositories/trackRepository';
import type { TableVersions } from '../db/tableVersions';
import type { StoredTraining, TrainingRepository, TrainingWithEvidence } from '../db/repositories/trainingRepository';
import { sameTag } from '../domain/eligibilityRecords';
import { invalidField, notFound } from '../errors';
import { newId } from '../ids';
import type { EvidenceService } from './evidenceService';
import { sortOptions } from './experienceService';

/** The CE activity a course was also logged as (the linked-records slice answers). */
export type LinkedActivityLookup = (trainingId: string) => TrainingEntry['linkedActivity'];

/** The training log: courses with hours, the rule each serves, and an optional evidence file. */
export class TrainingService {
  #linkedActivityOf: LinkedActivityLookup = () => null;
  /** The records screen's list, kept until a table it may read is written (issue 10); `versions` is the connection's counters. */
  readonly #keptList: KeptReads<{ entries: TrainingEntry[]; topicOptions: TopicOption[] }>;

  constructor(
    private readonly entries: TrainingRepository,
    private readonly evidence: EvidenceService,
    private readonly openTracks: () => StoredTrack[],
    private readonly now: () => Date,
    versions?: TableVersions,
  ) {
    this.#keptList = new KeptReads(versions, { except: STUDY_AND_UPKEEP_TABLES });
    // The evidence store lists what each file is attached to and refuses to delete it meanwhile.
    evidence.registerUsage((evidenceId) => entries.coursesUsing(evidenceId).map((course) => `Training: ${course}`), ['training_entries']);
  }

  registerLinkedActivityLookup(lookup: LinkedActivityLookup): void {
    this.#linkedActivityOf = lookup;
  }

  /** One entry as the screens show it, or not_found. */
  get(id: string): TrainingEntry {
    return this.#view(this.require(id));
  }

  /** The stored entry (with its evidence id), or not_found. */
  requireStored(id: string): TrainingWithEvidence {
    return this.require(id);
  }

  #view(entry: TrainingWithEvidence): TrainingEntry {
    const { evidenceId, evidenceName, ...rest } = entry;
    return { ...rest, evidence: evidenceId ? { id: evidenceId, fileName: evidenceName ?? 'file' } : null, linkedActivity: this.#linkedActivityOf(entry.id) };
  }

  listStored(): TrainingWithEvidence[] {
    return this.entries.list();
  }

  list(): { entries: TrainingEntry[]; topicOptions: TopicOption[] } {
    return this.#keptList.get('list', () => {
      const stored = this.entries.list();
      return { entries: stored.map((e) => this.#view(e)), topicOptions: this.topicOptions(stored) };
    });
  }

  add(input: TrainingFields): TrainingEntry {
    this.assertValid(input);
    const at = this.now().toISOString();
    const entry: StoredTraining = { id: newId('training'), ...clean(input), createdAt: at, updatedAt: at };
    this.entries.insert(entry);
    return this.#view(this.require(entry.id));
  }

  update(id: string, input: TrainingFields): TrainingEntry {
    const current = this.require(id);
    this.assertValid(input);
    this.entries.update({ ...current, ...clean(input), updatedAt: this.now().toISOString() });
    return this.#view(this.require(id));
  }

  remove(id: string): { id: string } {
    this.require(id);
    this.entries.delete(id);
    return { id };
  }

  private require(id: string): TrainingWithEvidence {
    const entry = this.entries.get(id);
    if (!entry) throw notFound('training entry', id);
    return entry;
  }

  private assertValid(input: TrainingFields): void {
    if (input.completedOn > localDateOf(this.now())) throw invalidField('completedOn', 'Cannot be in the future');
    if (input.evidenceId !== null) {
      try {
        this.evidence.require(input.evidenceId);
      } catch {
        throw invalidField('evidenceId', 'That evidence file is no longer in the store; attach the file again');
      }
    }
  }

  /** Topics the open tracks' training requirements read, then topics already used on entries. */
  private topicOptions(stored: TrainingWithEvidence[]): TopicOption[] {
    const options: TopicOption[] = [];
    const add = (topic: string, acronym: string | null) => {
      const existing = options.find((o) => sameTag(o.topic, topic));
      if (!existing) options.push({ topic, tracks: acronym ? [acronym] : [] });
      else if (acronym && !existing.tracks.includes(acronym)) existing.tracks.push(acronym);
    };
    for (const track of this.openTracks()) {
      for (const path of track.snapshot.paths) {
        for (const r of path.requirements) if (r.kind === 'training') add(r.topic, track.acronym);
      }
    }
    for (const entry of stored) add(entry.topic, null);
    return sortOptions(options, (o) => o.topic);
  }
}

function clean(input: TrainingFields): Omit<StoredTraining, 'id' | 'createdAt' | 'updatedAt'> {
  return { ...input, topic: input.topic.replace(/\s+/g, ' ') };
}


