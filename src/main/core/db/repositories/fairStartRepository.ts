import { FAIR_START_STATES, type FairStartState } from '../../../../shared/schemas/fairStart';
import type { Db } from '../connection';

/** The fair-start state of credentials added by hand; absent for every other credential. */
export class FairStartRepository {
  readonly #get;
  readonly #all;
  readonly #set;

  constructor(db: Db) {
    this.#get = db.prepare<[string], { state: string }>('SELECT state FROM credential_fair_starts WHERE credential_id = ?');
    this.#all = db.prepare<[], { credential_id: string; state: string }>('SELECT credential_id, state FROM credential_fair_starts');
    this.#set = db.prepare<[string, string, string]>(
      `INSERT INTO credential_fair_starts (credential_id, state, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (credential_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    );
  }

  get(credentialId: string): FairStartState | null {
    const row = this.#get.get(credentialId);
    return row ? toState(row.state) : null;
  }

  /** Every credential with a fair start, read once per evaluation round. */
  all(): Map<string, FairStartState> {
    return new Map(this.#all.all().map((r) => [r.credential_id, toState(r.state)]));
  }

  set(credentialId: string, state: FairStartState, at: string): void {
    this.#set.run(credentialId, state, at);
  }
}

function toState(value: string): FairStartState {
  // The CHECK constraint keeps values valid; an unknown one holds nothing back.
  return (FAIR_START_STATES as readonly string[]).includes(value) ? (value as FairStartState) : 'done';
}
