import type { CredentialStatus } from './schemas/renewal';

/**
 * A credential status in words. One table for the core's sentences (the rules preview's figures)
 * and the renderer's badges, so the same status never reads two ways.
 */
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
