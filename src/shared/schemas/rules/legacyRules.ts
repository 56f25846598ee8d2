/**
 * Rows written before the dated-outline rule model (Certplan's first catalog, rules revision 1 of
 * every built-in) stored a certification in an older shape: one exam with `domains` at its top,
 * `annualMinimum`, `carryOver: 'last-year-excess'` with no maximum, sources with `official` and
 * `checkedOn`. They are upgraded on read into the current shape so that they load and behave
 * exactly as before (an undated outline, no carry-over cap) until the person adopts newer rules.
 * The function is idempotent: an already current row passes through unchanged.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-25" → "November 2026": the older rows knew only the day the research was compiled. */
function monthOf(date: unknown): string | null {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  return month ? `${month} ${date.slice(0, 4)}` : null;
}

function upgradeExam(exam: Json): Json {
  if ('outlines' in exam) return exam;
  const { questions = null, scoredQuestions = null, durationMinutes = null, format = null, domains = [], ...rest } = exam;
  const known = questions !== null || scoredQuestions !== null || durationMinutes !== null || format !== null || (Array.isArray(domains) && domains.length > 0);
  const outline = { id: 'outline', name: 'exam outline', effectiveFrom: null, effectiveUntil: null, questions, scoredQuestions, durationMinutes, breaks: null, format, domains };
  return { ...rest, outlines: known ? [outline] : [] };
}

function upgradeCarryOver(value: unknown): unknown {
  if (value === 'last-year-excess') return { rule: 'last-year-excess', maxUnits: 'no-limit' };
  if (value === 'none') return { rule: 'none' };
  return value;
}

function upgradeMaintenance(m: Json): Json {
  if (!('annualMinimum' in m) && !(typeof m.carryOver === 'string')) return m;
  const { annualMinimum = null, carryOver = null, ...rest } = m;
  return {
    ...rest,
    perYear: typeof annualMinimum === 'number' ? { minimum: annualMinimum, categoryMinimums: [] } : null,
    carryOver: upgradeCarryOver(carryOver),
  };
}

function upgradeSource(source: unknown): unknown {
  if (!isObject(source) || 'kind' in source) return source;
  const { official = false, checkedOn, ...rest } = source;
  return { ...rest, kind: official === true ? 'official' : 'third-party', readIn: monthOf(checkedOn) };
}

/** Upgrades a stored certification (built-in row, track snapshot, credential rules) to the current shape. */
export function upgradeStoredCertification(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  const cert: Json = { ...raw };
  if (isObject(cert.exam)) cert.exam = upgradeExam(cert.exam);
  if (isObject(cert.maintenance)) cert.maintenance = upgradeMaintenance(cert.maintenance);
  if (Array.isArray(cert.sources)) cert.sources = cert.sources.map(upgradeSource);
  return cert;
}

/** Upgrades a maintenance block on its own (a person's filled-in rules are stored that way). */
export function upgradeStoredMaintenance(raw: unknown): unknown {
  return isObject(raw) ? upgradeMaintenance(raw) : raw;
}
