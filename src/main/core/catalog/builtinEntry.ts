import type { z } from 'zod';
import {
  type CertificationSchema,
  type FactInfoInput,
  type Ladder,
  RESEARCH_READ_IN,
  type Source,
  type SourceKind,
} from '../../../shared/schemas/certification';

/**
 * A built-in catalog entry as written in the source files: a certification without the fields the
 * store fills in. Defaults (`gacAccredited`, `substitutedBy`, …) may be left out.
 *
 * Entries follow `shared/research/certifications-2026-12-update.md` (it supersedes the older
 * notes). Every fact keeps its source: each `facts` key names the source ids behind it, and each
 * source carries the research's grade as its kind (official page, old official copy, copy of an
 * official page elsewhere, third party). Facts the notes did not find are `null` (shown Unknown).
 */
export type BuiltinEntry = Omit<z.input<typeof CertificationSchema>, 'origin' | 'updatedAt' | 'copiedFrom'>;

/** Shorthand for a source read by the research for this catalog release. */
export function source(
  id: string,
  url: string | null,
  title: string,
  options: { kind?: SourceKind; pageDate?: string | null; note?: string | null } = {},
): Source {
  return {
    id,
    url,
    title,
    kind: options.kind ?? 'third-party',
    pageDate: options.pageDate ?? null,
    readIn: RESEARCH_READ_IN,
    note: options.note ?? null,
  };
}

/** One fact's provenance: how sure, which sources, a note, and the conflict between sources if any. */
export function fact(confidence: FactInfoInput['confidence'], sourceIds: string[], note: string | null = null, conflict: string | null = null): FactInfoInput {
  return { confidence, sourceIds, note, conflict };
}

/** A fact the research looked for and did not find: shown as Unknown. */
export const notFoundFact = (what = 'Not found in the research notes.'): FactInfoInput => fact('low', [], what);

export type { Ladder };
