import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

/** Row counts of the tables the heavy profile fills, read straight from the file. */
export interface ProfileCounts {
  tracks: number;
  studySessions: number;
  ceActivities: number;
  ceWithEvidence: number;
  practiceResults: number;
  credentials: number;
  renewals: number;
  experience: number;
  training: number;
}

const COUNTS: Record<keyof ProfileCounts, string> = {
  tracks: 'SELECT count(*) FROM tracks',
  studySessions: 'SELECT count(*) FROM study_sessions',
  ceActivities: 'SELECT count(*) FROM ce_activities',
  ceWithEvidence: 'SELECT count(DISTINCT activity_id) FROM ce_activity_evidence',
  practiceResults: 'SELECT count(*) FROM practice_results',
  credentials: 'SELECT count(*) FROM credentials',
  renewals: 'SELECT count(*) FROM renewals',
  experience: 'SELECT count(*) FROM experience_entries',
  training: 'SELECT count(*) FROM training_entries',
};

/**
 * What a build wrote, without the ids and instants that differ between builds: a hash of every
 * session's and activity's content in a stable order. Equal seeds, scales and days give equal hashes.
 */
const CONTENT = [
  `SELECT c.acronym, s.studied_on, s.minutes, coalesce(s.domain_id, ''), s.notes FROM study_sessions s JOIN tracks t ON t.id = s.track_id
     JOIN certifications c ON c.id = t.certification_id ORDER BY 1, 2, 3, 4, 5`,
  'SELECT activity_date, title, provider, units, category_id FROM ce_activities ORDER BY 1, 2, 3, 4, 5',
  'SELECT taken_on, source, total_percent, domain_scores FROM practice_results ORDER BY 1, 2, 3, 4',
];

export function readProfile(databaseFile: string): { counts: ProfileCounts; fingerprint: string } {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const counts = Object.fromEntries(
      Object.entries(COUNTS).map(([key, sql]) => [key, db.prepare(sql).pluck().get() as number]),
    ) as unknown as ProfileCounts;
    const hash = createHash('sha256');
    for (const sql of CONTENT) for (const row of db.prepare(sql).raw().iterate()) hash.update(JSON.stringify(row));
    return { counts, fingerprint: hash.digest('hex') };
  } finally {
    db.close();
  }
}
