import type { FieldIssue } from '../../../shared/result';
import type { CsvDateOrderChoice, CsvMapping, CsvPreview, PracticeResult, PracticeResultInput } from '../../../shared/schemas/practice';
import { dateOrderOf } from './csvDateOrder';
import type { Readiness } from '../../../shared/schemas/readiness';
import type { Track } from '../../../shared/schemas/track';
import { localDateOf } from '../clock';
import type { PracticeRepository } from '../db/repositories/practiceRepository';
import { KeptReads } from '../db/keptReads';
import type { TableVersions } from '../db/tableVersions';
import type { CsvFileText } from '../domain/csvFileText';
import { type ParsedCsv, missingRequired, parseCsv, readRows, suggestMapping } from '../domain/practiceCsv';
import { estimateReadiness } from '../domain/readiness';
import { invalidField, notFound, ruleViolation } from '../errors';
import { newId } from '../ids';
import type { PreparationService } from './preparationService';
import { assertDomainList, outlineDomains } from './trackDomains';
import type { TrackService } from './trackService';

/**
 * What a track's readiness reads: its results and the track (its outline in force follows the
 * stored snapshot, the catalog's revision and the exam date).
 */
const READINESS_READS = ['practice_results', 'tracks', 'certifications', 'exam_schedules'] as const;

/** How many row problems an import error lists before summarising the rest. */
const LISTED_PROBLEMS = 20;

/**
 * Practice-exam results, entered one by one or imported from a CSV, and the readiness estimate
 * read from them. New results change the plan's weakness weighting, so each change re-plans.
 */
export class PracticeService {
  constructor(
    private readonly results: PracticeRepository,
    private readonly preparation: PreparationService,
    private readonly tracks: TrackService,
    private readonly transaction: <T>(fn: () => T) => T,
    private readonly now: () => Date,
    private readonly versions?: TableVersions,
  ) {
    this.#keptLists = new KeptReads(versions, ['practice_results']);
  }

  /** Each track's results, kept until a result is written (the prepare tab reads them on every visit). */
  readonly #keptLists: KeptReads<PracticeResult[]>;

  list(trackId: string): PracticeResult[] {
    this.tracks.get(trackId);
    return [...this.#keptLists.get(trackId, () => this.results.list(trackId))];
  }

  add(input: PracticeResultInput & { trackId: string }): PracticeResult {
    const track = this.tracks.get(input.trackId);
    if (input.date > this.today()) throw invalidField('date', 'Cannot be in the future');
    assertDomainList(track, input.domainScores.map((s) => s.domainId), (i) => `domainScores.${i}.domainId`);
    const result: PracticeResult = {
      id: newId('practice'),
      trackId: track.id,
      date: input.date,
      source: input.source,
      totalPercent: input.totalPercent,
      domainScores: input.domainScores,
      origin: 'manual',
      createdAt: this.now().toISOString(),
    };
    this.transaction(() => {
      this.results.insertAll([result]);
      this.preparation.refreshPlan(track.id);
    });
    return result;
  }

  remove(id: string): { id: string } {
    const result = this.results.get(id);
    if (!result) throw notFound('practice result', id);
    this.transaction(() => {
      this.results.delete(id);
      this.preparation.refreshPlan(result.trackId);
    });
    return { id };
  }

  /** The CSV's columns, a suggested mapping, and every row read with the mapping given (or the suggestion). */
  previewImport(trackId: string, csv: CsvFileText, mapping: CsvMapping | null, dateOrder: CsvDateOrderChoice = 'auto'): CsvPreview {
    const track = this.tracks.get(trackId);
    const parsed = this.parse(csv);
    const domains = outlineDomains(track);
    const suggested = suggestMapping(parsed.columns, domains);
    const used = mapping ?? suggested;
    const order = dateOrderOf(parsed, used, dateOrder);
    const rows = readRows(parsed, used, domains, this.today(), this.results.list(trackId), order.applied);
    return {
      dateOrder: order,
      columns: parsed.columns,
      suggestedMapping: suggested,
      mapping: used,
      missingRequired: missingRequired(used, parsed.columns),
      rows,
      validCount: rows.filter((r) => r.ok).length,
      invalidCount: rows.filter((r) => !r.ok).length,
      fileNote: csv.note,
    };
  }

  /**
   * Re-reads and re-checks the whole file, then inserts every good row in one transaction. With a
   * row that does not parse, nothing is imported unless the person chose to skip such rows.
   */
  import(input: { trackId: string; csv: CsvFileText; mapping: CsvMapping; dateOrder?: CsvDateOrderChoice; skipInvalid: boolean }): { imported: number; skippedLines: number[] } {
    const track = this.tracks.get(input.trackId);
    const parsed = this.parse(input.csv);
    this.checkMapping(track, input.mapping, parsed);
    const order = dateOrderOf(parsed, input.mapping, input.dateOrder ?? 'auto');
    const rows = readRows(parsed, input.mapping, outlineDomains(track), this.today(), this.results.list(track.id), order.applied);
    const bad = rows.filter((r) => !r.ok);
    if (bad.length > 0 && !input.skipInvalid) {
      const issues: FieldIssue[] = bad.slice(0, LISTED_PROBLEMS).map((r) => ({ path: 'csvText', message: `Line ${r.line}: ${r.problems.join('; ')}` }));
      if (bad.length > LISTED_PROBLEMS) issues.push({ path: 'csvText', message: `…and ${bad.length - LISTED_PROBLEMS} more rows with problems` });
      const first = bad[0];
      throw ruleViolation(
        `${bad.length} of ${rows.length} rows cannot be imported, so nothing was imported` +
          (first ? ` (line ${first.line}: ${first.problems.join('; ')})` : '') +
          '. Fix the file, or import only the rows without problems.',
        issues,
      );
    }
    const good = rows.flatMap((r) => (r.ok && r.result ? [r.result] : []));
    if (good.length === 0) throw invalidField('csvText', 'The file has no rows that can be imported');
    const at = this.now().toISOString();
    this.transaction(() => {
      this.results.insertAll(good.map((r) => ({ id: newId('practice'), trackId: track.id, ...r, origin: 'import' as const, createdAt: at })));
      this.preparation.refreshPlan(track.id);
    });
    return { imported: good.length, skippedLines: bad.map((r) => r.line) };
  }

  /**
   * Kept per track until its results or the track change, or the day moves: the dashboard asks
   * for every preparing track on each read, and each estimate reads all of the track's results.
   */
  readiness(trackId: string): Readiness {
    const key = this.versions ? `${this.versions.stampOf(READINESS_READS)}|${this.today()}` : null;
    const kept = this.#readiness.get(trackId);
    if (key !== null && kept?.key === key) return kept.readiness;
    const readiness = this.#estimate(trackId);
    if (key !== null) this.#readiness.set(trackId, { key, readiness });
    return readiness;
  }

  readonly #readiness = new Map<string, { key: string; readiness: Readiness }>();

  #estimate(trackId: string): Readiness {
    const track = this.tracks.get(trackId);
    const estimate = estimateReadiness({
      domains: outlineDomains(track),
      bands: track.snapshot.exam.performanceBands,
      body: track.snapshot.body,
      practice: this.results.list(trackId),
      today: this.today(),
    });
    return { trackId, passMarkPercent: track.snapshot.exam.passMarkPercent, ...estimate };
  }

  private parse(csv: CsvFileText): ParsedCsv {
    const parsed = parseCsv(csv.text, csv.separator);
    if (parsed.problem) throw invalidField('csvText', parsed.problem);
    return parsed;
  }

  /** A mapping must name columns the file has, for domains the exam has, with a date and a total. */
  private checkMapping(track: Track, mapping: CsvMapping, parsed: ParsedCsv): void {
    const has = (column: string) => parsed.columns.includes(column);
    for (const field of ['date', 'total', 'source'] as const) {
      const column = mapping[field];
      if (column !== null && !has(column)) throw invalidField(`mapping.${field}`, `The file has no column “${column}”`);
    }
    const missing = missingRequired(mapping, parsed.columns)[0];
    if (missing) throw invalidField(`mapping.${missing.field}`, missing.message);
    assertDomainList(track, mapping.domains.map((d) => d.domainId), (i) => `mapping.domains.${i}.domainId`);
    mapping.domains.forEach((d, i) => {
      if (d.column !== null && !has(d.column)) throw invalidField(`mapping.domains.${i}.column`, `The file has no column “${d.column}”`);
    });
  }

  private today(): string {
    return localDateOf(this.now());
  }
}
