import { renderCsv } from '../csvExport';
import type { PackContent } from './packContent';

/** The CSV's columns, in order; every row fills the ones that apply to its section. */
export const PACK_CSV_COLUMNS = [
  'section',
  'requirement',
  'title',
  'organisation',
  'role',
  'start_month',
  'end_month',
  'months_in_window',
  'months_counted',
  'hours',
  'completed_on',
  'provider',
  'description',
] as const;

type Row = Partial<Record<(typeof PACK_CSV_COLUMNS)[number], string | number>>;

/**
 * The pack's records as one table: education, counted experience (ongoing work has end_month
 * "ongoing"), training and credentials. Every text cell a spreadsheet would read as a formula is
 * neutralised (see csvExport.ts), since titles and descriptions are free text.
 */
export function renderPackCsv(pack: PackContent): string {
  const rows: Row[] = [
    { section: 'education', title: pack.education.label, description: pack.education.gacAccredited ? 'GAC-accredited programme' : '' },
  ];
  for (const group of pack.experience) {
    for (const r of group.rows) {
      rows.push({
        section: 'experience',
        requirement: group.area,
        title: r.title,
        organisation: r.organisation,
        role: r.role,
        start_month: r.startMonth,
        end_month: r.endMonth ?? 'ongoing',
        months_in_window: r.monthsInWindow,
        months_counted: r.monthsCounted,
        hours: r.hours ?? '',
        description: r.description,
      });
    }
  }
  for (const group of pack.training) {
    for (const r of group.rows) {
      rows.push({ section: 'training', requirement: group.topic, title: r.course, provider: r.provider, hours: r.hours, completed_on: r.completedOn, description: r.evidenceName ? `Evidence: ${r.evidenceName}` : '' });
    }
  }
  for (const c of pack.credentials) {
    rows.push({ section: 'credential', title: `${c.acronym} — ${c.name}`, organisation: c.body, completed_on: c.earnedOn, description: c.credentialNumber ? `Number ${c.credentialNumber}` : '' });
  }
  return renderCsv(PACK_CSV_COLUMNS, rows);
}
