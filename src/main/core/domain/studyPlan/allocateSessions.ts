/**
 * Splits a day's minutes into sessions of the preferred length (the last one may be shorter).
 */
export function splitIntoSessions(minutes: number, sessionMinutes: number): number[] {
  const sessions: number[] = [];
  let left = minutes;
  while (left > 0) {
    const chunk = Math.min(sessionMinutes, left);
    sessions.push(chunk);
    left -= chunk;
  }
  return sessions;
}

/**
 * Hands out sessions to domains so that, at every point of the plan, each domain's minutes stay
 * close to its share of the minutes handed out so far: the next session goes to the domain
 * furthest behind (share × (total so far + this session) − its minutes). That interleaves the
 * domains through the weeks instead of finishing one before starting the next. Ties go to the
 * lower domain id, so the same input always gives the same plan.
 */
export class DomainAllocator {
  readonly #ids: string[];
  readonly #shares: Map<string, number>;
  readonly #assigned = new Map<string, number>();
  #total = 0;

  constructor(shares: ReadonlyArray<{ id: string; share: number }>) {
    this.#ids = shares.map((s) => s.id).sort();
    this.#shares = new Map(shares.map((s) => [s.id, s.share]));
    for (const id of this.#ids) this.#assigned.set(id, 0);
  }

  /**
   * Hands a session to a given domain (one the person moved there), counted like any other so the
   * sessions after it make up for it. An unknown domain is treated as no choice.
   */
  take(domainId: string | null, minutes: number): string {
    if (domainId === null || !this.#shares.has(domainId)) return this.next(minutes);
    this.#assigned.set(domainId, (this.#assigned.get(domainId) ?? 0) + minutes);
    this.#total += minutes;
    return domainId;
  }

  next(minutes: number): string {
    let best: string | null = null;
    let bestDeficit = Number.NEGATIVE_INFINITY;
    for (const id of this.#ids) {
      const deficit = (this.#shares.get(id) ?? 0) * (this.#total + minutes) - (this.#assigned.get(id) ?? 0);
      // Ids are visited in order, so only a clearly larger deficit displaces an earlier id.
      if (deficit > bestDeficit + 1e-9) {
        best = id;
        bestDeficit = deficit;
      }
    }
    if (best === null) throw new Error('DomainAllocator needs at least one domain');
    this.#assigned.set(best, (this.#assigned.get(best) ?? 0) + minutes);
    this.#total += minutes;
    return best;
  }
}
