import type { ExamOutline, Maintenance } from '../../../shared/schemas/certification';

/**
 * Where the catalog leaves a rule Unknown, the person may fill it in for their own credential or
 * track. These say when that is so: a renewal whose kind, cycle, total, categories or carry-over
 * maximum is unknown; an outline with no domains, size or time.
 */
export function maintenanceHasUnknowns(m: Maintenance | null): boolean {
  if (m === null || m.kind === 'unknown') return true;
  if (m.kind === 'retake') return m.cycleYears === null;
  if (m.kind === 'none') return false;
  return (
    m.cycleYears === null ||
    m.totalUnits === null ||
    m.groups.length === 0 ||
    m.carryOver === null ||
    (m.carryOver.rule === 'last-year-excess' && m.carryOver.maxUnits === null)
  );
}

export function outlineHasUnknowns(outline: ExamOutline | null): boolean {
  return outline === null || outline.domains.length === 0 || outline.questions === null || outline.durationMinutes === null;
}
