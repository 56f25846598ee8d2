import type { CredentialEvaluation } from '../renewalEvaluation';

/**
 * While a credential added by hand waits for what the person earned before Certplan, its
 * evaluation says nothing it cannot know yet: not "behind pace" (the units may exist), not a
 * year "missed". The engines compute as always; this reads their output with the hold applied,
 * so the status, the pace warning reminders and the view all agree.
 */
export function holdJudgements(evaluation: CredentialEvaluation): CredentialEvaluation {
  const unmiss = <T extends CredentialEvaluation['cycles'][number]>(c: T): T => {
    if (!c.progress || !c.progress.years.some((y) => y.missed)) return c;
    const progress = { ...c.progress, years: c.progress.years.map((y) => ({ ...y, missed: false })) };
    return { ...c, progress: { ...progress, complete: progress.stillNeeded === 0 } };
  };
  const cycles = evaluation.cycles.map((c) => (c === evaluation.open ? unmiss(c) : c));
  const open = evaluation.open ? (cycles[evaluation.cycles.indexOf(evaluation.open)] ?? null) : null;
  return {
    ...evaluation,
    cycles,
    open,
    status: evaluation.status === 'behind' ? 'on-track' : evaluation.status,
    pacing: evaluation.pacing ? { ...evaluation.pacing, onPace: true } : null,
  };
}
