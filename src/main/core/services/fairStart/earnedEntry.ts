import type { EarnedEntry, EarnedPreview, EarnedRow } from '../../../../shared/schemas/fairStart';
import { type RuleCategory, matchCategory, matchKind, readTranscriptRows, suggestTranscriptMapping } from '../../domain/fairStart/earnedTranscript';
import { parseCsv } from '../../domain/practiceCsv';

export type ReadEntry = Pick<EarnedPreview, 'columns' | 'mapping' | 'categoryValues' | 'activityTypeValues' | 'fileProblem'> & { rows: EarnedRow[] };

/**
 * The lines of a fair-start entry before the rules are checked: totals become one line each
 * (a zero says "nothing in this category" and is no line); a transcript is parsed, its columns
 * mapped (the person's mapping or a guess from the headers) and its category texts matched.
 */
export function readEarnedEntry(entry: EarnedEntry, categories: readonly RuleCategory[], acronym: string): ReadEntry {
  const nameOf = new Map(categories.map((c) => [c.id, c.name]));
  const kindName = (categoryId: string | null, kindId: string | null) => categories.find((c) => c.id === categoryId)?.kinds.find((k) => k.id === kindId)?.name ?? null;
  if (entry.kind === 'totals') {
    const rows = entry.rows.map((r, i): EarnedRow => {
      const kind = kindName(r.categoryId, r.activityTypeId);
      return {
        line: i + 1,
        date: r.date,
        title: `Earned before Certplan: ${nameOf.get(r.categoryId) ?? r.categoryId}${kind ? ` — ${kind}` : ''}`,
        provider: '',
        units: r.units,
        categoryId: nameOf.has(r.categoryId) ? r.categoryId : null,
        categoryName: nameOf.get(r.categoryId) ?? null,
        // An id the category does not know is kept, so the rule checks name the problem.
        activityTypeId: r.activityTypeId,
        activityTypeName: kind ?? r.activityTypeId,
        note: null,
        problems: nameOf.has(r.categoryId) ? [] : [`Unknown category “${r.categoryId}”: ${acronym}’s rules have no such category`],
      };
    });
    return { columns: [], mapping: null, categoryValues: [], activityTypeValues: [], fileProblem: null, rows: rows.filter((r) => r.units !== 0 || r.problems.length > 0) };
  }
  const parsed = parseCsv(entry.text);
  const { columns } = parsed;
  const mapping = entry.mapping ?? suggestTranscriptMapping(columns);
  const mapped = (field: 'date' | 'units' | 'category') => mapping[field] !== null && columns.includes(mapping[field] ?? '');
  // A category column is needed only where the rules have more than one category.
  const missing = [...(mapped('date') ? [] : ['date']), ...(mapped('units') ? [] : ['units']), ...(categories.length > 1 && !mapped('category') ? ['category'] : [])];
  let fileProblem = parsed.problem ?? (missing.length > 0 ? `Choose the column with the ${missing.join(' and the ')} of each line` : null);
  const read = fileProblem ? [] : readTranscriptRows(parsed, mapping, entry.categoryMap ?? {}, categories, entry.activityTypeMap ?? {});
  const categoryValues = [...new Set(read.map((r) => r.categoryText))].map((value) => ({ value, categoryId: entry.categoryMap?.[value] ?? matchCategory(value, categories) }));
  // Kind texts only of lines whose category caps kinds (the others' kind column is not read).
  const allKinds = categories.flatMap((c) => c.kinds);
  const activityTypeValues = [...new Set(read.filter((r) => r.kindText !== '').map((r) => r.kindText))].map((value) => ({ value, activityTypeId: entry.activityTypeMap?.[value] ?? matchKind(value, allKinds) }));
  const rows = read.map(
    (r): EarnedRow => ({
      line: r.line,
      date: r.date,
      title: r.title,
      provider: r.provider,
      units: r.units,
      categoryId: r.categoryId,
      categoryName: r.categoryId ? (nameOf.get(r.categoryId) ?? null) : null,
      activityTypeId: r.activityTypeId,
      activityTypeName: kindName(r.categoryId, r.activityTypeId),
      note: null,
      problems: r.problems,
    }),
  );
  if (!fileProblem && rows.length === 0) fileProblem = 'The transcript has no lines below its header';
  return { columns, mapping, categoryValues, activityTypeValues, fileProblem, rows };
}
