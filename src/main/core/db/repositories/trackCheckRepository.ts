import type { Db } from '../connection';

/** Check requirements ticked per track; a row exists while ticked. */
export class TrackCheckRepository {
  readonly #forTrack;
  readonly #tick;
  readonly #untick;

  constructor(db: Db) {
    this.#forTrack = db.prepare<[string], { requirement_id: string }>(
      'SELECT requirement_id FROM track_checks WHERE track_id = ?',
    );
    this.#tick = db.prepare<[string, string, string]>(
      `INSERT INTO track_checks (track_id, requirement_id, checked_at) VALUES (?, ?, ?)
       ON CONFLICT (track_id, requirement_id) DO NOTHING`,
    );
    this.#untick = db.prepare<[string, string]>('DELETE FROM track_checks WHERE track_id = ? AND requirement_id = ?');
  }

  checkedFor(trackId: string): Set<string> {
    return new Set(this.#forTrack.all(trackId).map((r) => r.requirement_id));
  }

  set(trackId: string, requirementId: string, checked: boolean, at: string): void {
    if (checked) this.#tick.run(trackId, requirementId, at);
    else this.#untick.run(trackId, requirementId);
  }
}
