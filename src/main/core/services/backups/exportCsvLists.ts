import type { Db } from '../../db/connection';
import { renderCsv } from '../csvExport';

/**
 * The lists a person keeps, one CSV each, in words a spreadsheet reader understands (track names
 * instead of ids). The JSON records are the complete data; these are for reading and sharing.
 */
interface CsvList {
  file: string;
  fields: readonly string[];
  sql: string;
  /** Turns a JSON column into readable text. */
  format?: (row: Record<string, string | number | null>) => Record<string, string | number | null>;
}

const TRACK_ACRONYM = "(SELECT json_extract(t.snapshot, '$.acronym') FROM tracks t WHERE t.id = x.track_id)";

const LISTS: CsvList[] = [
  {
    file: 'csv/experience.csv',
    fields: ['Organisation', 'Project or title', 'Role', 'Start month', 'End month', 'Hours', 'Areas', 'Description'],
    sql: `SELECT organisation AS "Organisation", title AS "Project or title", role AS "Role", start_month AS "Start month",
            coalesce(end_month, 'ongoing') AS "End month", hours AS "Hours", areas AS "Areas", description AS "Description"
          FROM experience_entries ORDER BY start_month, id`,
    format: (row) => ({ ...row, Areas: joinJsonArray(row.Areas) }),
  },
  {
    file: 'csv/training.csv',
    fields: ['Course', 'Provider', 'Hours', 'Completed on', 'Topic', 'Evidence file'],
    sql: `SELECT x.course AS "Course", x.provider AS "Provider", x.hours AS "Hours", x.completed_on AS "Completed on",
            x.topic AS "Topic", e.file_name AS "Evidence file"
          FROM training_entries x LEFT JOIN evidence_files e ON e.id = x.evidence_id ORDER BY x.completed_on, x.id`,
  },
  {
    file: 'csv/ce-activities.csv',
    fields: ['Date', 'Title', 'Provider', 'Units', 'Category', 'Counts toward', 'Evidence files', 'Notes'],
    sql: `SELECT a.activity_date AS "Date", a.title AS "Title", a.provider AS "Provider", a.units AS "Units", a.category_id AS "Category",
            (SELECT group_concat(c.acronym, '; ') FROM ce_activity_credentials ac JOIN credentials c ON c.id = ac.credential_id WHERE ac.activity_id = a.id) AS "Counts toward",
            (SELECT group_concat(e.file_name, '; ') FROM ce_activity_evidence ae JOIN evidence_files e ON e.id = ae.evidence_id WHERE ae.activity_id = a.id) AS "Evidence files",
            a.notes AS "Notes"
          FROM ce_activities a ORDER BY a.activity_date, a.id`,
  },
  {
    file: 'csv/study-sessions.csv',
    fields: ['Date', 'Track', 'Minutes', 'Domain', 'How recorded', 'Notes'],
    sql: `SELECT x.studied_on AS "Date", ${TRACK_ACRONYM} AS "Track", x.minutes AS "Minutes", coalesce(x.domain_id, '') AS "Domain",
            x.source AS "How recorded", x.notes AS "Notes"
          FROM study_sessions x ORDER BY x.studied_on, x.id`,
  },
  {
    file: 'csv/practice-results.csv',
    fields: ['Date', 'Track', 'Source', 'Total %', 'Domain scores', 'How recorded'],
    sql: `SELECT x.taken_on AS "Date", ${TRACK_ACRONYM} AS "Track", x.source AS "Source", x.total_percent AS "Total %",
            x.domain_scores AS "Domain scores", x.origin AS "How recorded"
          FROM practice_results x ORDER BY x.taken_on, x.id`,
    format: (row) => ({ ...row, 'Domain scores': domainScores(row['Domain scores']) }),
  },
  {
    file: 'csv/evidence-files.csv',
    fields: ['File name', 'Type', 'Bytes', 'Added', 'In this archive'],
    sql: `SELECT file_name AS "File name", media_type AS "Type", size_bytes AS "Bytes", created_at AS "Added", 'evidence/' || sha256 AS "In this archive"
          FROM evidence_files ORDER BY created_at, id`,
  },
];

/** Each list as a CSV file; a list that cannot be read (a damaged table) is reported instead. */
export function exportCsvLists(db: Db): { files: { path: string; text: string }[]; problems: string[] } {
  const files: { path: string; text: string }[] = [];
  const problems: string[] = [];
  for (const list of LISTS) {
    try {
      const rows = db.prepare<[], Record<string, string | number | null>>(list.sql).all();
      files.push({ path: list.file, text: renderCsv(list.fields, rows.map((row) => list.format?.(row) ?? row)) });
    } catch (error) {
      problems.push(`${list.file} could not be written (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return { files, problems };
}

function joinJsonArray(value: unknown): string {
  try {
    const parsed = JSON.parse(String(value ?? '[]')) as unknown;
    return Array.isArray(parsed) ? parsed.map(String).join('; ') : '';
  } catch {
    return '';
  }
}

function domainScores(value: unknown): string {
  try {
    const parsed = JSON.parse(String(value ?? '[]')) as { domainId?: unknown; percent?: unknown }[];
    return parsed.map((s) => `${String(s.domainId)} ${String(s.percent)}%`).join('; ');
  } catch {
    return '';
  }
}
