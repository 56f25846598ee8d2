import type { IsoDate } from '../../../../shared/schemas/dates';
import type { TranscriptField, TranscriptMapping } from '../../../../shared/schemas/fairStart';
import { type ParsedCsv, readDate } from '../practiceCsv';

/**
 * Reading a transcript of CE units already claimed (PMI's CCRS exports one per cycle; other
 * bodies have similar lists): text columns mapped to date, title, provider, units and category,
 * category texts mapped to the rules' categories. Pure: parsed CSV in, rows with problems out.
 */

export interface RuleCategory {
  id: string;
  name: string;
  groupName: string;
  /** Kinds of activity the category caps (Security+ training: live webinar ≤ 10); empty for most. */
  kinds: readonly { id: string; name: string }[];
}

/** Lower-case letters and digits only, so "Power  Skills" and "power-skills" meet. */
export const normalizeText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const HEADER_HINTS: Record<TranscriptField, string[]> = {
  date: ['date', 'completed', 'claim date', 'earned', 'end date', 'start date'],
  title: ['title', 'activity', 'course', 'description', 'name'],
  provider: ['provider', 'organization', 'organisation', 'source', 'sponsor'],
  units: ['pdus', 'pdu', 'units', 'ceus', 'ceu', 'cpd', 'points', 'credits', 'hours'],
  category: ['category', 'talent', 'type', 'area', 'domain'],
  activityType: ['activity type', 'activity kind', 'kind', 'format'],
};

/** A first guess at the columns from the header texts; the person adjusts it in the preview. */
export function suggestTranscriptMapping(columns: readonly string[]): TranscriptMapping {
  const taken = new Set<string>();
  const pick = (field: TranscriptField): string | null => {
    for (const hint of HEADER_HINTS[field]) {
      const found = columns.find((c) => !taken.has(c) && normalizeText(c).split(' ').join(' ').includes(hint));
      if (found) {
        taken.add(found);
        return found;
      }
    }
    return null;
  };
  // Units before title: "PDUs Claimed" must not become the title because it has no better match.
  const units = pick('units');
  const date = pick('date');
  // Before category: "Activity type" is the kind, and "type" alone would make it the category.
  const activityType = pick('activityType');
  const category = pick('category');
  const provider = pick('provider');
  const title = pick('title');
  return { date, title, provider, units, category, activityType };
}

/**
 * Names PMI used before the 2022 Talent Triangle update still appear in older transcripts; they
 * map onto today's categories. Matching is by normalized text otherwise.
 */
const FORMER_NAMES: Record<string, string> = {
  technical: 'ways of working',
  'technical project management': 'ways of working',
  leadership: 'power skills',
  strategic: 'business acumen',
  'strategic and business management': 'business acumen',
  'giving back': 'volunteering',
  volunteer: 'volunteering',
  'work as a professional': 'working as a practitioner',
  'working as a professional': 'working as a practitioner',
};

/** The rules' category a transcript's category text means, or null when it cannot be told. */
export function matchCategory(value: string, categories: readonly RuleCategory[]): string | null {
  const text = normalizeText(value);
  if (!text) return categories.length === 1 ? (categories[0]?.id ?? null) : null;
  const candidates = [text, ...Object.entries(FORMER_NAMES).filter(([old]) => text === old || text.endsWith(` ${old}`)).map(([, now]) => now)];
  for (const wanted of candidates) {
    const exact = categories.find((c) => normalizeText(c.name) === wanted || normalizeText(c.id) === wanted);
    if (exact) return exact.id;
    // "Education - Power Skills", "Giving Back: Volunteering": the category's name inside the text.
    const inside = categories.filter((c) => wanted.includes(normalizeText(c.name)));
    if (inside.length === 1) return inside[0]?.id ?? null;
    const prefix = categories.filter((c) => normalizeText(c.name).startsWith(wanted));
    if (prefix.length === 1) return prefix[0]?.id ?? null;
  }
  // "Giving Back - Volunteering": a distinctive first word of one category's name among the words.
  const words = new Set(text.split(' '));
  const byFirstWord = categories.filter((c) => {
    const first = normalizeText(c.name).split(' ')[0] ?? '';
    return first.length >= 5 && words.has(first);
  });
  return byFirstWord.length === 1 ? (byFirstWord[0]?.id ?? null) : null;
}

/** The kind of activity a transcript's text means inside its category ("Webinar" → live webinar), or null. */
export function matchKind(value: string, kinds: readonly { id: string; name: string }[]): string | null {
  const text = normalizeText(value);
  if (!text) return null;
  const exact = kinds.find((k) => normalizeText(k.name) === text || normalizeText(k.id) === text);
  if (exact) return exact.id;
  const near = kinds.filter((k) => normalizeText(k.name).includes(text) || text.includes(normalizeText(k.name)));
  return near.length === 1 ? (near[0]?.id ?? null) : null;
}

export interface TranscriptRow {
  line: number;
  date: IsoDate | null;
  title: string;
  provider: string;
  units: number | null;
  categoryText: string;
  categoryId: string | null;
  kindText: string;
  activityTypeId: string | null;
  problems: string[];
}

/** "1.5", "1,5", "2 PDUs" → a number; anything else → null. */
export function readUnits(text: string): number | null {
  const match = text.trim().replace(',', '.').match(/^(\d+(?:\.\d+)?)\s*[a-z ]*$/i);
  return match?.[1] ? Number(match[1]) : null;
}

/** Each data row read with the mapping; problems of reading only (the service checks the rules). */
export function readTranscriptRows(
  parsed: ParsedCsv,
  mapping: TranscriptMapping,
  categoryMap: Readonly<Record<string, string>>,
  categories: readonly RuleCategory[],
  kindMap: Readonly<Record<string, string>> = {},
): TranscriptRow[] {
  const index = (column: string | null) => (column === null ? -1 : parsed.columns.indexOf(column));
  const at = {
    date: index(mapping.date),
    title: index(mapping.title),
    provider: index(mapping.provider),
    units: index(mapping.units),
    category: index(mapping.category),
    kind: index(mapping.activityType),
  };
  const cell = (cells: string[], i: number) => (i < 0 ? '' : (cells[i] ?? '').trim());
  return parsed.rows
    .filter((row) => row.cells.some((c) => c.trim() !== ''))
    .map(({ line, cells }) => {
      const problems: string[] = [];
      const dateText = cell(cells, at.date);
      const date = readDate(dateText);
      if (!date) problems.push(dateText ? `Date “${dateText}” is not a date Certplan can read (use 2026-03-14 or 14 Mar 2026)` : 'No date');
      const unitsText = cell(cells, at.units);
      const units = readUnits(unitsText);
      if (units === null) problems.push(unitsText ? `Units “${unitsText}” is not a number` : 'No units');
      const categoryText = cell(cells, at.category);
      const mapped = categoryMap[categoryText];
      const categoryId = mapped && categories.some((c) => c.id === mapped) ? mapped : matchCategory(categoryText, categories);
      if (!categoryId) problems.push(categoryText ? `Unknown category “${categoryText}”: choose which of the rules’ categories it is` : 'No category');
      // The kind is read only where the line's category caps kinds; the rule checks ask for a missing one.
      const kinds = categories.find((c) => c.id === categoryId)?.kinds ?? [];
      const kindText = kinds.length > 0 ? cell(cells, at.kind) : '';
      const mappedKind = kindMap[kindText];
      const activityTypeId = kindText === '' ? null : mappedKind && kinds.some((k) => k.id === mappedKind) ? mappedKind : matchKind(kindText, kinds);
      if (kindText && !activityTypeId) problems.push(`Unknown kind of activity “${kindText}”: choose which kind it is (${kinds.map((k) => k.name).join(', ')})`);
      const title = cell(cells, at.title) || `Transcript line ${line}`;
      return { line, date, title, provider: cell(cells, at.provider), units, categoryText, categoryId, kindText, activityTypeId, problems };
    });
}
