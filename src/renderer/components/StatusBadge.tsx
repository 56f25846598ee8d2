import type { CredentialStatus } from '../../shared/schemas/renewal';
import type { TrackStatus } from '../../shared/schemas/track';
import { STATUS_EXPLANATIONS, STATUS_LABELS, STATUS_TONES } from '../format/labels';
import { CREDENTIAL_STATUS_EXPLANATIONS, CREDENTIAL_STATUS_LABELS, CREDENTIAL_STATUS_TONES } from '../format/renewalLabels';
import { Badge } from './Badge';
import { Term } from './Term';

/**
 * A track's status with what it means: on hover or keyboard focus where it stands alone, as a
 * tooltip title inside a link (a link cannot hold another focusable element).
 */
export function TrackStatusBadge({ status, inLink = false }: { status: TrackStatus; inLink?: boolean }) {
  if (inLink) {
    return (
      <Badge tone={STATUS_TONES[status]} title={STATUS_EXPLANATIONS[status]}>
        {STATUS_LABELS[status]}
      </Badge>
    );
  }
  return (
    <Badge tone={STATUS_TONES[status]}>
      <Term explain={STATUS_EXPLANATIONS[status]}>{STATUS_LABELS[status]}</Term>
    </Badge>
  );
}

export function CredentialStatusBadge({ status, inLink = false }: { status: CredentialStatus; inLink?: boolean }) {
  if (inLink) {
    return (
      <Badge tone={CREDENTIAL_STATUS_TONES[status]} title={CREDENTIAL_STATUS_EXPLANATIONS[status]}>
        {CREDENTIAL_STATUS_LABELS[status]}
      </Badge>
    );
  }
  return (
    <Badge tone={CREDENTIAL_STATUS_TONES[status]}>
      <Term explain={CREDENTIAL_STATUS_EXPLANATIONS[status]}>{CREDENTIAL_STATUS_LABELS[status]}</Term>
    </Badge>
  );
}
