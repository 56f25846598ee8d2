import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/connection';
import { AppFailure, conflict } from '../../errors';
import type { CoreEvents } from '../../events';
import type { RowGraph, SchemaLinks } from './rowGraph';

/** How long a delete can be undone. The screen offers Undo for seconds; this leaves slack. */
export const UNDO_LIFETIME_MS = 5 * 60_000;
/** Deletes remembered at once; older ones are forgotten first. */
const MAX_TICKETS = 30;

/** A file the delete removed from the evidence folder, kept so Undo can write it back. */
export interface KeptFile {
  sha256: string;
  bytes: Buffer;
}

interface Ticket {
  label: string;
  areas: string[];
  rootTable: string;
  graph: RowGraph;
  files: KeptFile[];
  expiresAt: number;
}

/** What a missing parent means to a person, for the message when Undo cannot bring a record back. */
const PARENT_WORDS: Record<string, string> = {
  evidence_files: 'an evidence file attached to it was deleted',
  credentials: 'a credential it counted toward was removed',
  tracks: 'its track was removed',
  preparations: 'its track’s preparation was removed',
  ce_activities: 'its activity was removed',
  plan_items: 'its planned session is gone',
  certifications: 'its catalog entry was deleted',
};

/**
 * Remembers deleted records for a few minutes (in memory: an Undo is offered for seconds, not
 * across restarts) and puts one back exactly as it was. If anything changed since — the record is
 * already back, something it was linked to is gone, or a newer record took its place — nothing is
 * restored and the message says what changed.
 */
export class UndoService {
  readonly #tickets = new Map<string, Ticket>();

  constructor(
    private readonly db: Db,
    private readonly links: SchemaLinks,
    private readonly evidenceDir: string,
    private readonly events: CoreEvents,
    private readonly nowMs: () => number,
  ) {}

  remember(entry: { label: string; areas: string[]; rootTable: string; graph: RowGraph; files?: KeptFile[] }): string {
    this.#forgetExpired();
    while (this.#tickets.size >= MAX_TICKETS) {
      const oldest = this.#tickets.keys().next().value;
      if (oldest === undefined) break;
      this.#tickets.delete(oldest);
    }
    const token = randomUUID();
    this.#tickets.set(token, { ...entry, files: entry.files ?? [], expiresAt: this.nowMs() + UNDO_LIFETIME_MS });
    return token;
  }

  restore(token: string): { restored: string; areas: string[] } {
    this.#forgetExpired();
    const ticket = this.#tickets.get(token);
    if (!ticket) {
      throw new AppFailure('not_found', 'This delete can no longer be undone: Undo lasts a few minutes and ends when Certplan restarts.', [
        { path: 'token', message: 'Unknown or expired undo' },
      ]);
    }
    const root = ticket.graph.rows[0];
    if (!root) throw conflict(`“${ticket.label}” could not be brought back: nothing was kept of it.`);
    // The files go back before the rows: a failure between leaves an unused file (removed below),
    // never a row pointing at nothing. Content-addressed, so an existing copy is the same bytes.
    const written = ticket.files.filter((file) => this.#writeBack(file));
    try {
      this.#putRowsBack(ticket, root);
    } catch (error) {
      for (const file of written) rmSync(join(this.evidenceDir, file.sha256), { force: true });
      throw error;
    }
    this.#tickets.delete(token);
    this.events.emit('data:changed', { areas: ticket.areas });
    return { restored: ticket.label, areas: ticket.areas };
  }

  #putRowsBack(ticket: Ticket, root: { table: string; row: Record<string, unknown> }): void {
    this.db.transaction(() => {
      const pk = this.links.primaryKey(root.table);
      if (this.links.exists(root.table, Object.fromEntries(pk.map((c) => [c, root.row[c]])))) {
        throw conflict(`“${ticket.label}” is back already (restored elsewhere); nothing was changed.`);
      }
      for (const { table, row } of ticket.graph.rows) {
        const values = { ...row };
        // Parents were inserted first, in this transaction, so they count as existing.
        for (const link of this.links.parentsOf(table)) {
          const value = values[link.from];
          if (value === null || value === undefined) continue;
          if (this.links.exists(link.parent, { [link.to]: value })) continue;
          // An optional link would have been emptied by that delete anyway; a required one cannot be.
          if (link.onDelete === 'SET NULL') values[link.from] = null;
          else throw conflict(`“${ticket.label}” was not restored: since you deleted it, ${PARENT_WORDS[link.parent] ?? 'something it was linked to changed'}. Nothing was changed.`);
        }
        try {
          this.links.insert(table, values);
        } catch (error) {
          if (error instanceof Error && /UNIQUE|PRIMARY KEY/i.test(error.message)) {
            throw conflict(`“${ticket.label}” was not restored: a newer record has taken its place since you deleted it. Nothing was changed.`);
          }
          throw error;
        }
      }
      for (const link of ticket.graph.nulled) this.links.relink(link);
    })();
  }

  /** Writes a kept file back unless its copy is there; whether it wrote one. */
  #writeBack(file: KeptFile): boolean {
    mkdirSync(this.evidenceDir, { recursive: true });
    const target = join(this.evidenceDir, file.sha256);
    if (existsSync(target)) return false;
    const partial = `${target}.${process.pid}.undo`;
    try {
      writeFileSync(partial, file.bytes, { mode: 0o600 });
      renameSync(partial, target);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
    return true;
  }

  #forgetExpired(): void {
    const now = this.nowMs();
    for (const [token, ticket] of this.#tickets) if (ticket.expiresAt <= now) this.#tickets.delete(token);
  }
}
