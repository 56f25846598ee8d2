import type { KnownDateKind } from '../../shared/schemas/knownDates';
import type { CredentialStatus } from '../../shared/schemas/renewal';
import type { Tone } from './labels';

export const CREDENTIAL_STATUS_LABELS: Record<CredentialStatus, string> = {
  'on-track': 'On track',
  behind: 'Behind pace',
  complete: 'Requirements met',
  'renewal-due': 'Renewal due',
  suspended: 'Suspended',
  expired: 'Expired',
  active: 'Active',
  lifetime: 'Held for life',
  unknown: 'Rules unknown',
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
