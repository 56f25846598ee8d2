import type { z } from 'zod';
import type { CertificationSchema, Ladder, Source } from '../../../shared/schemas/certification';

/**
 * A built-in catalog entry as written in the source files: a certification without the fields the
 * store fills in. Defaults (`gacAccredited`, `substitutedBy`, …) may be left out.
 */
export type BuiltinEntry = Omit<
  z.input<typeof CertificationSchema>,
  'origin' | 'updatedAt' | 'copiedFrom'
>;

/** Date the research behind this catalog release was compiled from archived copies of the pages. */
export const RESEARCH_CHECKED_ON = '2026-11-25';

/** Shorthand for a source read by the research for this catalog release. */
export function source(
  id: string,
  url: string,
  title: string,
  options: { official?: boolean; pageDate?: string | null } = {},
): Source {
  return {
    id,
    url,
    title,
    official: options.official ?? false,
    pageDate: options.pageDate ?? null,
    checkedOn: RESEARCH_CHECKED_ON,
  };
}

export type { Ladder };
