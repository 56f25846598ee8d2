import type { ItemOutcome, PlanItemKind } from '../../../../shared/schemas/preparation';
import type { Tone } from '../../../format/labels';

export const OUTCOME_LABELS: Record<ItemOutcome, string> = {
  done: 'Done',
  partly: 'Partly done',
  missed: 'Missed',
  today: 'Today',
  upcoming: 'Planned',
};

export const OUTCOME_TONES: Record<ItemOutcome, Tone> = {
  done: 'success',
  partly: 'warning',
  missed: 'danger',
  today: 'info',
  upcoming: 'neutral',
};

export const KIND_LABELS: Record<PlanItemKind, string> = {
  study: 'Study',
  review: 'Review',
  'mock-exam': 'Mock exam',
};
