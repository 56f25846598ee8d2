import type { Maintenance } from './schemas/certification';

/** One line for lists, e.g. "60 PDUs every 3 years"; shared so the core and views say the same. */
export function describeRenewal(m: Maintenance): string {
  switch (m.kind) {
    case 'none':
      return 'No renewal';
    case 'unknown':
      return 'Renewal unknown';
    case 'retake':
      return m.cycleYears ? `Retake every ${m.cycleYears} years` : 'Renew by retaking the exam';
    case 'continuing-education': {
      const unit = m.unitName ?? 'unit';
      const units = m.totalUnits !== null ? `${m.totalUnits} ${m.totalUnits === 1 || unit.endsWith('s') ? unit : `${unit}s`}` : 'Units';
      return m.cycleYears ? `${units} every ${m.cycleYears} years` : units;
    }
  }
}
