import type { ApplicationStatus } from '../../../../shared/schemas/application';
import type { Tone } from '../../../format/labels';

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  drafting: 'Drafting',
  submitted: 'Submitted',
  'under-review': 'Under review',
  'in-audit': 'In audit',
  approved: 'Approved',
  rejected: 'Rejected',
};

export const APPLICATION_STATUS_TONES: Record<ApplicationStatus, Tone> = {
  drafting: 'neutral',
  submitted: 'info',
  'under-review': 'info',
  'in-audit': 'warning',
  approved: 'success',
  rejected: 'danger',
};

/** The step a person most likely records next, to preselect in the form. */
export function nextStep(current: ApplicationStatus | null): ApplicationStatus {
  switch (current) {
    case null:
      return 'drafting';
    case 'drafting':
      return 'submitted';
    case 'submitted':
      return 'under-review';
    case 'under-review':
    case 'in-audit':
      return 'approved';
    case 'approved':
    case 'rejected':
      return current;
  }
}
