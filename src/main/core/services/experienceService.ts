import type { ExperienceFields, AreaOption, ExperienceEntry } from '../../../shared/schemas/records';
import type { Timeline } from '../../../shared/schemas/eligibility';
import { localDateOf } from '../clock';
import { KeptReads, STUDY_AND_UPKEEP_TABLES } from '../db/keptReads';
import type { ExperienceRepository, StoredExperience } from '../db/repositories/experienceRepository';
import type { TableVersions } from '../db/tableVersions';
import type { StoredTrack } from '../db/repositories/trackRepository';
import { entriesTaggedWith, normalizeTag, sameTag } from '../domain/eligibilityRecords';
import { countedMonths, entryLength, monthsOfEntry, overlappingMonths, windowStartOf } from '../domain/experienceMonths';
import { monthIndexOf, monthOf, monthOfDate, toRuns } from '../domain/months';
import { invalidField, notFound } from '../errors';
import { newId } from '../ids';
import { monthName } from './monthLabels';

/** The experience log: entries in whole months, tagged with the areas they count as. */
export class ExperienceService {
  /** Answers kept until a table they may read is written or the month moves (issue 10); `versions` is the connection's counters. */
  readonly #keptList: KeptReads<{ entries: ExperienceEntry[]; areaOptions: AreaOption[] }>;
  readonly #keptTimeline: KeptReads<Timeline>;

  constructor(
    private readonly entries: ExperienceRepository,
    private readonly openTracks: () => StoredTrack[],
    private readonly now: () => Date,
    versions?: TableVersions,
  ) {
    this.#keptList = new KeptReads(versions, { except: STUDY_AND_UPKEEP_TABLES });
    this.#keptTimeline = new KeptReads(versions, { except: STUDY_AND_UPKEEP_TABLES });
  }

  currentMonth(): string {
    return monthOfDate(localDateOf(this.now()));
  }

  listStored(): StoredExperience[] {
    return this.entries.list();
  }

  list(): { entries: ExperienceEntry[]; areaOptions: AreaOption[] } {
    return this.#keptList.get(this.currentMonth(), () => {
      const stored = this.entries.list();
      return { entries: stored.map((e) => this.view(e)), areaOptions: this.areaOptions(stored) };
    });
  }

  add(input: ExperienceFields): ExperienceEntry {
    this.assertNotFuture(input);
    const at = this.now().toISOString();
    const entry: StoredExperience = { id: newId('experience'), ...clean(input), createdAt: at, updatedAt: at };
    this.entries.insert(entry);
    return this.view(entry);
  }

  update(id: string, input: ExperienceFields): ExperienceEntry {
    const current = this.require(id);
    this.assertNotFuture(input);
    const entry: StoredExperience = { ...current, ...clean(input), updatedAt: this.now().toISOString() };
    this.entries.update(entry);
    return this.view(entry);
  }

  remove(id: string): { id: string } {
    this.require(id);
    this.entries.delete(id);
    return { id };
  }

  /**
   * Entries as bars across months with the overlaps marked; with a chosen track requirement, the
   * window and the months that count for it.
   */
  timeline(trackId: string | null, requirementId: string | null): Timeline {
    return this.#keptTimeline.get(`${this.currentMonth()}|${trackId}|${requirementId}`, () => this.#timeline(trackId, requirementId));
  }

  #timeline(trackId: string | null, requirementId: string | null): Timeline {
    const stored = this.entries.list();
    const current = monthIndexOf(this.currentMonth());
    const choices = this.timelineChoices();
    const chosen = trackId === null ? null : choices.find((c) => c.trackId === trackId && (requirementId === null || c.requirementId === requirementId));
    if (trackId !== null && !chosen) {
      if (!choices.some((c) => c.trackId === trackId)) throw invalidField('trackId', 'Not an open track with an experience requirement');
      throw invalidField('requirementId', 'Not an experience requirement of this track');
    }
    const tagged = chosen ? entriesTaggedWith(stored, chosen.area) : [];
    const taggedIds = new Set(tagged.map((e) => e.id));
    const windowStart = chosen ? windowStartOf(current, chosen.windowMonths) : Number.POSITIVE_INFINITY;
    const counted = chosen ? countedMonths(tagged, { asOf: current, windowMonths: chosen.windowMonths }) : [];
    const starts = stored.map((e) => monthIndexOf(e.startMonth));
    const from = Math.min(current - 11, ...starts, Number.isFinite(windowStart) ? windowStart : current);
    return {
      currentMonth: monthOf(current),
      fromMonth: monthOf(from),
      toMonth: monthOf(current),
      bars: stored.flatMap((e) => {
        const span = monthsOfEntry(e, current);
        if (!span) return [];
        const countsNow = chosen ? taggedIds.has(e.id) && span.to >= windowStart : null;
        return [{ entryId: e.id, label: `${e.title} — ${e.organisation}`, startMonth: e.startMonth, endMonth: monthOf(span.to), ongoing: e.endMonth === null, counts: countsNow }];
      }),
      overlaps: toRuns(overlappingMonths(stored, current)),
      choices: choices.map(({ trackId: t, requirementId: r, label }) => ({ trackId: t, requirementId: r, label })),
      window: chosen
        ? {
            trackId: chosen.trackId,
            requirementId: chosen.requirementId,
            label: chosen.label,
            area: chosen.area,
            fromMonth: chosen.windowMonths === null ? null : monthOf(windowStart),
            toMonth: monthOf(current),
            counted: toRuns(counted),
            countedMonths: counted.length,
            needs: chosen.needs,
          }
        : null,
    };
  }

  private timelineChoices() {
    const choices: { trackId: string; acronym: string; requirementId: string; label: string; area: string; windowMonths: number | null; needs: { pathName: string; months: number }[] }[] = [];
    for (const track of this.openTracks()) {
      for (const path of track.snapshot.paths) {
        for (const r of path.requirements) {
          if (r.kind !== 'experience') continue;
          const existing = choices.find((c) => c.trackId === track.id && c.requirementId === r.id);
          if (existing) {
            if (sameTag(existing.area, r.area) && existing.windowMonths === r.windowMonths) existing.needs.push({ pathName: path.name, months: r.months });
            continue;
          }
          const window = r.windowMonths === null ? 'any time' : `the last ${r.windowMonths % 12 === 0 ? `${r.windowMonths / 12} years` : `${r.windowMonths} months`}`;
          choices.push({
            trackId: track.id,
            acronym: track.acronym,
            requirementId: r.id,
            label: `${track.acronym}: ${r.area}, ${window}`,
            area: r.area,
            windowMonths: r.windowMonths,
            needs: [{ pathName: path.name, months: r.months }],
          });
        }
      }
    }
    // Tracks made in the same instant have no natural order; the acronym gives a stable one.
    return choices.sort((a, b) => a.acronym.localeCompare(b.acronym));
  }

  /** Areas the open tracks read (offered ticked on a new entry), then areas already used on entries. */
  private areaOptions(stored: StoredExperience[]): AreaOption[] {
    const options: AreaOption[] = [];
    const add = (area: string, acronym: string | null) => {
      const existing = options.find((o) => sameTag(o.area, area));
      if (!existing) options.push({ area, tracks: acronym ? [acronym] : [] });
      else if (acronym && !existing.tracks.includes(acronym)) existing.tracks.push(acronym);
    };
    for (const track of this.openTracks()) {
      for (const path of track.snapshot.paths) {
        for (const r of path.requirements) if (r.kind === 'experience') add(r.area, track.acronym);
      }
    }
    for (const entry of stored) for (const area of entry.areas) add(area, null);
    return sortOptions(options, (o) => o.area);
  }

  private require(id: string): StoredExperience {
    const entry = this.entries.get(id);
    if (!entry) throw notFound('experience entry', id);
    return entry;
  }

  private view(entry: StoredExperience): ExperienceEntry {
    return { ...entry, monthsCovered: entryLength(entry, monthIndexOf(this.currentMonth())) };
  }

  /** Rules that need the clock; the schema already refused an end before the start. */
  private assertNotFuture(input: ExperienceFields): void {
    const current = this.currentMonth();
    if (input.startMonth > current) {
      throw invalidField('startMonth', `Cannot be after the current month (${monthName(current)})`);
    }
    if (input.endMonth !== null && input.endMonth > current) {
      throw invalidField('endMonth', `Cannot be after the current month (${monthName(current)}); tick “Ongoing” if the work continues`);
    }
  }
}

/** Options the open tracks read come first, each group alphabetical, so the form's order is stable. */
export function sortOptions<T extends { tracks: string[] }>(options: T[], name: (o: T) => string): T[] {
  return options.sort((a, b) => Number(b.tracks.length > 0) - Number(a.tracks.length > 0) || name(a).localeCompare(name(b)));
}

/** Areas as typed, minus blanks and case-insensitive repeats. */
function clean(input: ExperienceFields): Omit<StoredExperience, 'id' | 'createdAt' | 'updatedAt'> {
  const areas: string[] = [];
  for (const raw of input.areas) {
    const area = raw.trim().replace(/\s+/g, ' ');
    if (area && !areas.some((a) => normalizeTag(a) === normalizeTag(area))) areas.push(area);
  }
  return { ...input, areas };
}
