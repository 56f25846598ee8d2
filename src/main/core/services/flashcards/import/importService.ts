import type { FieldIssue } from '../../../../../shared/result';
import { type ImportOptions, type ImportPreview, type ImportResult, type ImportRunInput, MAX_IMPORT_BYTES } from '../../../../../shared/schemas/flashcards/imports';
import type { Track } from '../../../../../shared/schemas/track';
import { AppFailure, conflict, invalidField, ruleViolation } from '../../../errors';
import { examDomainsOf } from '../../trackDomains';
import { cardDomainName } from '../cardDomain';
import type { TrackService } from '../../trackService';
import type { DeckService } from '../deckService';
import type { FlashcardSettingsService } from '../flashcardSettingsService';
import { draftFromAnki } from './ankiDrafts';
import { draftFromCsv, suggestCsvMapping } from './csvCards';
import { type ImportDraft, suggestDomainForTag } from './importDraft';
import type { ImportFile } from './importFile';
import type { ImportFileReader } from './importReader';
import { type WriterDeps, writeImport } from './importWriter';
import { ImportFileError, TimeSlicer } from './timeSlicer';
import type { UploadedFiles } from '../../../context';

const LISTED_PROBLEMS = 200;
const SAMPLE_NOTES = 20;
/** Files kept read for previews; an older one is read again if needed. */
const PARSED_KEPT = 3;

/** A read file, with the field HTML already cleaned for it (the preview and the import clean each field once). */
type ParsedFile = ImportFile & { cleaned: Map<string, string> };

/**
 * Import of cards from an uploaded Anki package or CSV/TSV: read the file once (kept for the
 * upload while the person adjusts the mapping), draft what would be imported with every problem
 * and its place, and import — everything or nothing — only when no problem is left.
 */
export class FlashcardImportService {
  readonly #parsed = new Map<string, ParsedFile>();
  readonly #running = new Set<string>();

  constructor(
    private readonly uploads: UploadedFiles,
    private readonly tracks: TrackService,
    private readonly decks: DeckService,
    private readonly settings: FlashcardSettingsService,
    private readonly writer: WriterDeps,
    private readonly reader: ImportFileReader,
    /** Registers long work with the session, so a restore or data import waits for it (BackgroundTasks.hold). */
    private readonly hold: <T>(work: Promise<T>) => Promise<T> = (work) => work,
  ) {}

  preview(options: ImportOptions): Promise<ImportPreview> {
    return this.hold(this.#preview(options));
  }

  run(input: ImportRunInput): Promise<ImportResult> {
    return this.hold(this.#run(input));
  }

  async #preview(options: ImportOptions): Promise<ImportPreview> {
    const track = this.tracks.get(options.trackId);
    const parsed = await this.parse(options.uploadId);
    const draft = await this.draft(track, parsed, options, null, []);
    const domains = examDomainsOf(track);
    return {
      uploadId: options.uploadId,
      fileName: parsed.fileName,
      format: draft.format,
      formatLabel: draft.formatLabel,
      suggestedDeckName: draft.suggestedDeckName,
      decks: draft.decks,
      notes: draft.notes.length,
      cards: draft.notes.reduce((s, n) => s + n.cards.length, 0),
      reviewHistory: draft.notes.reduce((s, n) => s + n.cards.reduce((t, c) => t + c.history.length, 0), 0),
      media: { files: draft.media.size, bytes: [...draft.media.values()].reduce((s, m) => s + m.bytes.length, 0) },
      noteTypes: draft.noteTypes,
      csv: draft.csv,
      tags: draft.tags.map((t) => ({ ...t, suggestedDomainId: suggestDomainForTag(t.tag, domains) })),
      sample: draft.notes.slice(0, SAMPLE_NOTES).map((n) => ({ place: n.place, kind: n.kind, front: n.front, back: n.back, domainName: cardDomainName(track, n.domainId), tags: n.tags })),
      problems: draft.problems.slice(0, LISTED_PROBLEMS),
      problemCount: draft.problems.length,
      warnings: draft.warnings,
      canImport: draft.problems.length === 0 && draft.notes.length > 0,
    };
  }

  async #run(input: ImportRunInput): Promise<ImportResult> {
    const track = this.tracks.get(input.trackId);
    if (input.deckId) {
      const deck = this.decks.require(input.deckId, 'deckId');
      if (deck.trackId !== track.id) throw invalidField('deckId', 'Not a deck of this track');
    }
    for (const [i, m] of input.tagDomains.entries()) if (m.domainId !== null) this.assertDomain(track, m.domainId, `tagDomains.${i}.domainId`);
    if (input.defaultDomainId !== null) this.assertDomain(track, input.defaultDomainId, 'defaultDomainId');
    if (this.#running.has(input.uploadId)) throw conflict('This file is being imported already');
    this.#running.add(input.uploadId);
    try {
      const parsed = await this.parse(input.uploadId);
      const draft = await this.draft(track, parsed, input, input.defaultDomainId, input.tagDomains, input.keepHistory);
      if (draft.problems.length > 0) {
        const issues: FieldIssue[] = draft.problems.slice(0, 20).map((p) => ({ path: 'uploadId', message: `${p.place}: ${p.message}` }));
        if (draft.problems.length > 20) issues.push({ path: 'uploadId', message: `…and ${draft.problems.length - 20} more problems` });
        const first = draft.problems[0];
        throw ruleViolation(
          `${draft.problems.length} problem${draft.problems.length === 1 ? '' : 's'} in “${parsed.fileName}”, so nothing was imported` + (first ? ` (${first.place}: ${first.message})` : ''),
          issues,
        );
      }
      if (draft.notes.length === 0) throw invalidField('uploadId', `“${parsed.fileName}” has no cards to import`);
      const slicer = new TimeSlicer();
      const result = await writeImport(
        this.writer,
        draft,
        { trackId: track.id, deckName: input.deckName, deckId: input.deckId, source: parsed.kind, retention: this.settings.read(track.id).baseRetention },
        slicer,
      );
      this.#parsed.delete(input.uploadId);
      this.uploads.discardUpload(input.uploadId);
      return result;
    } finally {
      this.#running.delete(input.uploadId);
    }
  }


  private assertDomain(track: Track, domainId: string, path: string): void {
    if (!examDomainsOf(track).some((d) => d.id === domainId)) throw invalidField(path, `Not a domain of the ${track.acronym} exam`);
  }

  private async parse(uploadId: string): Promise<ParsedFile> {
    const cached = this.#parsed.get(uploadId);
    if (cached) return cached;
    const { fileName, file, sizeBytes } = this.uploads.finishedUpload(uploadId, 'uploadId');
    if (sizeBytes > MAX_IMPORT_BYTES) throw invalidField('uploadId', `“${fileName}” is larger than 250 MB, the most Certplan imports at once`);
    try {
      // Unzipping, Zstandard, the SQLite copy and text decoding: in the import worker thread
      // where the build has one (importReader.ts).
      const parsed: ParsedFile = { ...(await this.reader.read(fileName, file)), cleaned: new Map() };
      this.#parsed.set(uploadId, parsed);
      for (const old of [...this.#parsed.keys()].slice(0, Math.max(0, this.#parsed.size - PARSED_KEPT))) this.#parsed.delete(old);
      return parsed;
    } catch (error) {
      if (error instanceof ImportFileError) {
        throw new AppFailure('rule_violation', `${error.place}: ${error.message}. Nothing was imported.`, [{ path: 'uploadId', message: `${error.place}: ${error.message}` }]);
      }
      throw error;
    }
  }

  private async draft(
    track: Track,
    parsed: ParsedFile,
    options: ImportOptions,
    defaultDomainId: string | null,
    tagDomains: readonly { tag: string; domainId: string | null }[],
    keepHistory = true,
  ): Promise<ImportDraft> {
    const domains = examDomainsOf(track);
    if (parsed.kind === 'csv') {
      return draftFromCsv(
        parsed.fileName,
        parsed.table,
        options.csvMapping ?? suggestCsvMapping(parsed.table),
        { domains, trackAcronym: track.acronym, defaultDomainId, cleaned: parsed.cleaned },
        new TimeSlicer(),
      );
    }
    const byTag = new Map(tagDomains.map((t) => [t.tag, t.domainId]));
    const domainFor = (tags: readonly string[]) => {
      for (const tag of tags) {
        const mapped = byTag.get(tag);
        if (mapped) return mapped;
      }
      return defaultDomainId;
    };
    return draftFromAnki(parsed.fileName, parsed, parsed.collection, { cleaned: parsed.cleaned, noteTypes: options.noteTypes, domainFor, keepHistory }, new TimeSlicer());
  }
}
