import type { CertLevel, Maintenance } from '../../shared/schemas/certification';
import type { TrackStatus } from '../../shared/schemas/track';

export const LEVEL_LABELS: Record<CertLevel, string> = {
  foundation: 'Foundation',
  associate: 'Associate',
  intermediate: 'Intermediate',
  practitioner: 'Practitioner',
  professional: 'Professional',
  specialist: 'Specialist',
  advanced: 'Advanced',
  expert: 'Expert',
};

// Shared with the core, which writes the same words into summaries and the application pack.
export { EDUCATION_LABELS } from '../../shared/educationLabels';

export const STATUS_LABELS: Record<TrackStatus, string> = {
  exploring: 'Exploring',
  qualifying: 'Working on prerequisites',
  eligible: 'Eligible',
  applied: 'Applied',
  approved: 'Approved',
  scheduled: 'Exam scheduled',
  passed: 'Passed',
  failed: 'Not passed — retake',
  active: 'Active',
  'renewal-due': 'Renewal due',
  suspended: 'Suspended',
  expired: 'Expired',
};

/** What each status means, shown on hover or focus where the status is named. */
export const STATUS_EXPLANATIONS: Record<TrackStatus, string> = {
  exploring: 'You are looking into it: nothing its prerequisites read is recorded yet.',
  qualifying: 'You have started recording education, experience or training, but no path is met yet.',
  eligible: 'You meet the prerequisites of at least one path, so you can apply.',
  applied: 'Your application is with the certifying body.',
  approved: 'Your application was approved: book the exam within the eligibility period.',
  scheduled: 'You have a date for the exam.',
  passed: 'You passed the exam; the credential is in your records.',
  failed: 'You did not pass this time; plan a retake.',
  active: 'You hold it and it is in good standing.',
  'renewal-due': 'The current renewal cycle ends within 90 days.',
  suspended: 'The cycle ended without a renewal; renew before the suspension ends to keep it.',
  expired: 'It can no longer be renewed; earning it again means passing the exam.',
};

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export const STATUS_TONES: Record<TrackStatus, Tone> = {
  exploring: 'neutral',
  qualifying: 'info',
  eligible: 'success',
  applied: 'info',
  approved: 'success',
  scheduled: 'info',
  passed: 'success',
  failed: 'warning',
  active: 'success',
  'renewal-due': 'warning',
  suspended: 'danger',
  expired: 'danger',
};

export const MAINTENANCE_LABELS: Record<Maintenance['kind'], string> = {
  'continuing-education': 'Continuing education',
  retake: 'Retake the exam',
  none: 'No renewal (lifetime)',
  unknown: 'Unknown',
};

// Shared with the core, whose change lists and sentences use the same words.
export { formatFees, formatWindow, pluralize } from '../../shared/rulesWording';

export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${minutes} min (${h} h)` : `${minutes} min (${h} h ${m} min)`;
}
