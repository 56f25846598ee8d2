import type { KnownDateKind } from '../../shared/schemas/knownDates';
import type { CredentialStatus } from '../../shared/schemas/renewal';
import type { Tone } from './labels';

export { CREDENTIAL_STATUS_LABELS } from '../../shared/credentialStatusLabels';

/** What each credential status means, shown on hover or focus. */
export const CREDENTIAL_STATUS_EXPLANATIONS: Record<CredentialStatus, string> = {
  'on-track': 'Your continuing education is on pace to be complete before the cycle ends.',
  behind: 'At your current pace the cycle ends before its requirements are met.',
  complete: 'This cycle’s continuing-education requirements are met.',
  'renewal-due': 'The cycle ends within 90 days: renew before it does.',
  suspended: 'The cycle ended without a renewal; renew before the suspension ends to keep it.',
  expired: 'It can no longer be renewed; earning it again means passing the exam.',
  active: 'Held and valid; it is renewed by passing the exam again.',
  lifetime: 'It does not need renewing.',
  unknown: 'Certplan has no renewal rules for it: check with the certifying body.',
};

export const CREDENTIAL_STATUS_TONES: Record<CredentialStatus, Tone> = {
  'on-track': 'success',
  behind: 'warning',
  complete: 'success',
  'renewal-due': 'warning',
  suspended: 'danger',
  expired: 'danger',
  active: 'success',
  lifetime: 'neutral',
  unknown: 'neutral',
};

export const KNOWN_DATE_KIND_LABELS: Record<KnownDateKind, string> = {
  exam: 'Exam date',
  'study-session': 'Planned study session',
  'application-audit-due': 'Application audit due',
  'application-eligibility-end': 'Eligibility period ends',
  'cycle-end': 'Renewal cycle ends',
  'suspension-end': 'Suspension ends',
  'pace-warning': 'Behind pace',
  'cycle-year-end': 'Cycle year ends (yearly minimum)',
};


export const formatNumber = (n: number): string => String(Math.round(n * 100) / 100);
