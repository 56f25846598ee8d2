import type { IsoDate } from '../../../../shared/schemas/dates';
import type { ItemOutcome } from '../../../../shared/schemas/preparation';
import type { DoneSession, StoredPlanItem } from './types';

export interface ItemProgress {
  outcome: ItemOutcome;
  /** Minutes of logged study that count toward the item, at most the item's minutes. */
  doneMinutes: number;
}

/**
 * How each planned session turned out, by comparing the plan with the sessions logged:
 * a session linked to a plan item counts toward it first; the rest of a day's study counts toward
 * that day's items of the same domain, and study of no particular domain toward any of them.
 * Past items are done (fully covered), partly done or missed; today's and later ones are open.
 */
export function itemOutcomes(
  items: readonly StoredPlanItem[],
  sessions: readonly DoneSession[],
  today: IsoDate,
): Map<string, ItemProgress> {
  const covered = new Map<string, number>(items.map((i) => [i.id, 0]));
  const byId = new Map(items.map((i) => [i.id, i]));
  // Leftover minutes per day and domain ('' = no particular domain).
  const pools = new Map<string, number>();
  const poolKey = (date: IsoDate, domainId: string | null) => `${date}|${domainId ?? ''}`;
  const addToPool = (key: string, minutes: number) => pools.set(key, (pools.get(key) ?? 0) + minutes);

  for (const session of sessions) {
    let left = session.minutes;
    const linked = session.planItemId ? byId.get(session.planItemId) : undefined;
    if (linked) {
      const take = Math.min(left, linked.minutes - (covered.get(linked.id) ?? 0));
      covered.set(linked.id, (covered.get(linked.id) ?? 0) + take);
      left -= take;
    }
    if (left > 0) addToPool(poolKey(session.date, session.domainId), left);
  }

  const ordered = [...items].sort((a, b) => a.date.localeCompare(b.date) || a.seq - b.seq);
  for (const item of ordered) {
    const draw = (key: string) => {
      const need = item.minutes - (covered.get(item.id) ?? 0);
      const have = pools.get(key) ?? 0;
      const take = Math.min(need, have);
      if (take > 0) {
        covered.set(item.id, (covered.get(item.id) ?? 0) + take);
        pools.set(key, have - take);
      }
    };
    if (item.domainId !== null) draw(poolKey(item.date, item.domainId));
    draw(poolKey(item.date, null));
  }

  const result = new Map<string, ItemProgress>();
  for (const item of items) {
    const done = covered.get(item.id) ?? 0;
    let outcome: ItemOutcome;
    if (item.date > today) outcome = 'upcoming';
    else if (item.date === today) outcome = 'today';
    else outcome = done >= item.minutes ? 'done' : done > 0 ? 'partly' : 'missed';
    result.set(item.id, { outcome, doneMinutes: done });
  }
  return result;
}
