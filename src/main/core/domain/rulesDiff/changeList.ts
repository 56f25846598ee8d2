/** A list of plain-language changes, one sentence each, in the section a person reads them under. */
export type ChangeSection = 'overview' | 'prerequisites' | 'exam' | 'application' | 'renewal' | 'sources';

export interface RuleChange {
  section: ChangeSection;
  text: string;
}

export class ChangeList {
  readonly items: RuleChange[] = [];

  constructor(private readonly section: ChangeSection) {}

  add(text: string): void {
    this.items.push({ section: this.section, text });
  }

  /** "Cycle: 3 years → 2 years" when the two differ; Unknown stands for null. */
  value<T>(label: string, before: T, after: T, format: (v: NonNullable<T>) => string = String): void {
    const show = (v: T) => (v === null || v === undefined ? 'Unknown' : format(v as NonNullable<T>));
    const a = show(before);
    const b = show(after);
    if (a !== b) this.add(`${label}: ${a} → ${b}`);
  }

  /** "PMP exam: 185 → 180 questions": a count with its noun after both numbers. */
  count(label: string, before: number | null, after: number | null, noun: string): void {
    if (before === after) return;
    this.add(`${label}: ${before ?? 'Unknown'} → ${after ?? 'Unknown'} ${noun}`);
  }
}

/** Items of two lists matched by id: added, removed, and pairs present in both. */
export function matchById<T extends { id: string }>(before: readonly T[], after: readonly T[]): { added: T[]; removed: T[]; both: [T, T][] } {
  const old = new Map(before.map((x) => [x.id, x]));
  const next = new Map(after.map((x) => [x.id, x]));
  return {
    added: after.filter((x) => !old.has(x.id)),
    removed: before.filter((x) => !next.has(x.id)),
    both: after.flatMap((x) => {
      const o = old.get(x.id);
      return o ? [[o, x] as [T, T]] : [];
    }),
  };
}
