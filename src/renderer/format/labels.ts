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
  qualifying: 'Qualifying',
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
