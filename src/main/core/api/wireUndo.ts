import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreContext } from '../context';
import { formatDayForPeople } from '../peopleDates';
import { EVIDENCE_DIR_NAME } from '../services/evidenceService';
import { SchemaLinks } from '../services/undo/rowGraph';
import { type KeptFile, UndoService } from '../services/undo/undoService';
import type { BackupMethod } from './backupHandlers';
import type { HandlerTable } from './handlers';

/** The handlers wireHandlers builds (the backup slice adds its own elsewhere). */
type SliceHandlers = Omit<HandlerTable, BackupMethod>;

type Row = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The deletes that can be undone: where the record lives, what it is called, what it touches. */
const UNDOABLE = {
  'experience:remove': { table: 'experience_entries', areas: ['experience'], label: (r: Row) => text(r.title) },
  'training:remove': { table: 'training_entries', areas: ['training', 'evidence'], label: (r: Row) => text(r.course) },
  'credentials:remove': { table: 'credentials', areas: ['credentials', 'renewal', 'reminders'], label: (r: Row) => text(r.acronym) || text(r.name) },
  'evidence:remove': { table: 'evidence_files', areas: ['evidence'], label: (r: Row) => text(r.file_name) },
  'ce:remove': { table: 'ce_activities', areas: ['ce', 'renewal', 'evidence'], label: (r: Row) => text(r.title) },
  'sessions:remove': { table: 'study_sessions', areas: ['sessions', 'prep'], label: (r: Row) => `the study session of ${formatDayForPeople(text(r.studied_on))}` },
  'practice:remove': { table: 'practice_results', areas: ['practice', 'prep'], label: (r: Row) => `the ${text(r.source)} result of ${formatDayForPeople(text(r.taken_on))}` },
  'tracks:remove': { table: 'tracks', areas: ['tracks', 'prep', 'sessions', 'practice', 'exam', 'applications', 'reminders'], label: (r: Row) => trackAcronym(r) },
} as const;

function trackAcronym(row: Row): string {
  try {
    const snapshot = JSON.parse(text(row.snapshot)) as { acronym?: unknown };
    return typeof snapshot.acronym === 'string' ? snapshot.acronym : 'the track';
  } catch {
    return 'the track';
  }
}

/**
 * Every delete above answers with an undo token: just before the slice's own remove runs (with
 * its guards), the record and everything it takes along are read; `undo:restore` puts them back.
 * The slices stay unaware of it.
 */
export function wireUndo(ctx: CoreContext, handlers: Omit<SliceHandlers, 'undo:restore'>): SliceHandlers {
  const links = new SchemaLinks(ctx.db);
  const evidenceDir = join(ctx.dataDir, EVIDENCE_DIR_NAME);
  const undo = new UndoService(ctx.db, links, evidenceDir, ctx.events, () => ctx.clock.now().getTime());
  const wrapped = { ...handlers } as Record<string, unknown>;
  for (const [method, spec] of Object.entries(UNDOABLE)) {
    const original = handlers[method as keyof typeof UNDOABLE] as (input: { id: string }) => { id: string } | Promise<{ id: string }>;
    wrapped[method] = async (input: { id: string }) => {
      // Read before the remove runs; both happen before anything else can touch the database.
      const graph = links.capture(spec.table, { id: input.id });
      const files = spec.table === 'evidence_files' ? keptFiles(graph.rows[0]?.row, evidenceDir) : [];
      const result = await original(input);
      const root = graph.rows[0];
      if (!root) return result;
      const undoToken = undo.remember({ label: spec.label(root.row) || 'the record', areas: [...spec.areas], rootTable: spec.table, graph, files });
      return { ...result, undoToken };
    };
  }
  return { ...(wrapped as Omit<SliceHandlers, 'undo:restore'>), 'undo:restore': ({ token }) => undo.restore(token) };
}

/** The stored copy of a deleted evidence file, read before the delete removes it from disk. */
function keptFiles(row: Row | undefined, evidenceDir: string): KeptFile[] {
  const sha256 = text(row?.sha256);
  if (!/^[0-9a-f]{64}$/.test(sha256)) return [];
  const path = join(evidenceDir, sha256);
  return existsSync(path) ? [{ sha256, bytes: readFileSync(path) }] : [];
}
