import { EducationLevelSchema } from '../../../../shared/schemas/certification';
import type { Profile } from '../../../../shared/schemas/records';
import type { Db } from '../connection';

interface ProfileRow {
  education_level: string | null;
  gac_accredited: number;
  updated_at: string;
}

/** The single-row education profile. */
export class ProfileRepository {
  readonly #get;
  readonly #upsert;

  constructor(db: Db) {
    this.#get = db.prepare<[], ProfileRow>('SELECT education_level, gac_accredited, updated_at FROM profile WHERE id = 1');
    this.#upsert = db.prepare<[string | null, number, string]>(
      `INSERT INTO profile (id, education_level, gac_accredited, updated_at) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET education_level = excluded.education_level,
              gac_accredited = excluded.gac_accredited, updated_at = excluded.updated_at`,
    );
  }

  get(): Profile {
    const row = this.#get.get();
    if (!row) return { educationLevel: null, gacAccredited: false, updatedAt: null };
    return {
      educationLevel: row.education_level === null ? null : EducationLevelSchema.parse(row.education_level),
      gacAccredited: row.gac_accredited === 1,
      updatedAt: row.updated_at,
    };
  }

  save(profile: { educationLevel: Profile['educationLevel']; gacAccredited: boolean; updatedAt: string }): void {
    this.#upsert.run(profile.educationLevel, profile.gacAccredited ? 1 : 0, profile.updatedAt);
  }
}
