import type { GuidedStart } from '../../../shared/schemas/settings';

export type GuidedGoal = NonNullable<GuidedStart['goal']>;
export type StepId = 'certification' | 'education' | 'experience' | 'training' | 'credential' | 'ce' | 'done';

export const STEP_TITLES: Record<StepId, string> = {
  certification: 'The certification you are preparing for',
  education: 'Your education',
  experience: 'Your experience',
  training: 'Your training',
  credential: 'A credential you hold',
  ce: 'Continuing education you already earned',
  done: 'Where you stand',
};

/**
 * The few records that matter for each kind of person, in the order they matter: education first
 * (it decides which path applies), then experience and training; for a credential held, the
 * credential and the CE already earned. Someone doing both starts with what they hold, since a
 * credential held can stand in for a later requirement (a PMP covers PMI-PMOCP's experience).
 */
export const STEPS_FOR: Record<GuidedGoal, StepId[]> = {
  prepare: ['certification', 'education', 'experience', 'training', 'done'],
  maintain: ['credential', 'ce', 'done'],
  both: ['credential', 'ce', 'certification', 'education', 'experience', 'training', 'done'],
};

export const GOAL_LABELS: Record<GuidedGoal, { title: string; detail: string }> = {
  prepare: { title: 'Prepare for a certification', detail: 'Check the prerequisites, then plan your study toward the exam.' },
  maintain: { title: 'Keep one I hold', detail: 'Track the renewal cycle and the continuing education it needs.' },
  both: { title: 'Both', detail: 'Keep what you hold and work toward the next one.' },
};

export const EMPTY_GUIDED_START: GuidedStart = { goal: null, steps: {}, trackId: null, credentialId: null, closed: false };

/** The step to show: the one asked for, else the first neither done nor skipped. */
export function currentStep(start: GuidedStart, requested: string | null): StepId {
  const steps = start.goal ? STEPS_FOR[start.goal] : [];
  const asked = steps.find((s) => s === requested);
  if (asked) return asked;
  return steps.find((s) => s !== 'done' && !start.steps[s]) ?? 'done';
}
