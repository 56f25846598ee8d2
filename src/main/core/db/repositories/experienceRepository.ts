import { z } from 'zod';
import type { Db } from '../connection';

interface ExperienceRow {
  id: string;
  organisation: string;
  title: string;
  role: string;
  start_month: string;
  end_month: string | null;
  hours: number | null;
  description: string;
  areas: string;
  created_at: string;
  updated_at: string;
}

/** An experience entry as stored; the service adds what depends on the clock. */
export interface StoredExperience {
  id: string;
  organisation: string;
  title: string;
  role: string;
  startMonth: string;
  endMonth: string | null;
  hours: number | null;
  description: string;
  areas: string[];
  createdAt: string;
  updatedAt: string;
}

const AreasSchema = z.array(z.string());
const COLUMNS = 'id, organisation, title, role, start_month, end_month, hours, description, areas, created_at, updated_at';

export class ExperienceRepository {
  readonly #list;
  readonly #byId;
  readonly #insert;
  readonly #update;
  readonly #delete;

  constructor(db: Db) {
    this.#list = db.prepare<[], ExperienceRow>(`SELECT ${COLUMNS} FROM experience_entries ORDER BY start_month DESC, id`);
    this.#byId = db.prepare<[string], ExperienceRow>(`SELECT ${COLUMNS} FROM experience_entries WHERE id = ?`);
    this.#insert = db.prepare(
      `INSERT INTO experience_entries (${COLUMNS})
       VALUES (@id, @organisation, @title, @role, @startMonth, @endMonth, @hours, @description, @areas, @createdAt, @updatedAt)`,
    );
    this.#update = db.prepare(
      `UPDATE experience_entries SET organisation = @organisation, title = @title, role = @role,
              start_month = @startMonth, end_month = @endMonth, hours = @hours, description = @description,
              areas = @areas, updated_at = @updatedAt
        WHERE id = @id`,
    );
    this.#delete = db.prepare<[string]>('DELETE FROM experience_entries WHERE id = ?');
  }

  list(): StoredExperience[] {
    return this.#list.all().map(toExperience);
  }

  get(id: string): StoredExperience | undefined {
    const row = this.#byId.get(id);
    return row ? toExperience(row) : undefined;
  }

  insert(entry: StoredExperience): void {
    this.#insert.run(toParams(entry));
  }

  update(entry: StoredExperience): void {
    this.#update.run(toParams(entry));
  }

  delete(id: string): void {
    this.#delete.run(id);
  }
}

function toParams(entry: StoredExperience) {
  return { ...entry, areas: JSON.stringify(entry.areas) };
}

function toExperience(row: ExperienceRow): StoredExperience {
  return {
    id: row.id,
    organisation: row.organisation,
    title: row.title,
    role: row.role,
    startMonth: row.start_month,
    endMonth: row.end_month,
    hours: row.hours,
    description: row.description,
    // Re-validated on read: the column is JSON a future version or a restore could have changed.
    areas: AreasSchema.parse(JSON.parse(row.areas)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
