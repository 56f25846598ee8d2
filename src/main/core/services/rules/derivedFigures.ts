import { formatUnits } from '../../../../shared/formatUnits';
import { describeOutlineSize } from '../../../../shared/rulesWording';
import type { Certification, Maintenance } from '../../../../shared/schemas/certification';
import type { IsoDate } from '../../../../shared/schemas/dates';
import { CREDENTIAL_STATUS_LABELS } from '../../../../shared/credentialStatusLabels';
import type { StoredCredential } from '../../db/repositories/credentialRepository';
import type { StoredTrack } from '../../db/repositories/trackRepository';
import { formatDuration } from '../../domain/calendarDays';
import { suggestGoal } from '../../domain/studyPlan/suggestedGoal';
import type { Evaluation } from '../eligibilityService';
import type { CredentialEvaluation } from '../renewalEvaluation';
import { trackOutlineInForce } from '../trackDomains';

/** The engines a preview runs under both rule sets; pure functions of rules and stored records. */
export interface DerivedFigures {
  eligibility: (track: { id: string; snapshot: Certification }) => Evaluation;
  renewal: (credential: StoredCredential, maintenance: Maintenance | null) => CredentialEvaluation;
  today: () => IsoDate;
}

export interface Figure {
  label: string;
  value: string;
}

/** What a track's records come to under `rules`: the prerequisite result, the outline for its date, the suggested goal. */
export function trackFigures(engines: DerivedFigures, track: StoredTrack, rules: Certification): Figure[] {
  const evaluation = engines.eligibility({ id: track.id, snapshot: rules });
  const best = evaluation.bestIndex === null ? undefined : evaluation.outcomes[evaluation.bestIndex];
  const prerequisites = rules.paths.every((p) => p.requirements.length === 0)
    ? 'No prerequisites'
    : best?.met
      ? `Met through “${best.path.name}”`
      : 'Not met yet';
  const outline = trackOutlineInForce({ snapshot: rules, ownOutline: track.ownOutline }, track.schedule, engines.today()).outline;
  const goal = suggestGoal(rules.level, { questions: outline?.questions ?? null });
  return [
    { label: 'Prerequisites', value: prerequisites },
    { label: 'Exam outline for your date', value: outline ? `${capitalise(outline.name)}${describeOutlineSize(outline) ? `: ${describeOutlineSize(outline)}` : ''}` : 'Unknown' },
    { label: 'Suggested study goal', value: formatDuration(goal.minutes) },
  ];
}

/** What a credential's activities come to under `rules`, in its open cycle. */
export function credentialFigures(engines: DerivedFigures, credential: StoredCredential, rules: Certification): Figure[] {
  const evaluation = engines.renewal(credential, credential.ownMaintenance ?? rules.maintenance);
  const progress = evaluation.open?.progress ?? null;
  const unit = progress?.unitName ?? 'unit';
  const units = (n: number | undefined) => (n === undefined ? 'Unknown' : formatUnits(n, unit));
  const cycle = evaluation.open?.cycle;
  return [
    { label: 'Status', value: CREDENTIAL_STATUS_LABELS[evaluation.status] },
    { label: 'Current cycle', value: cycle ? `${cycle.start} to ${cycle.end}` : 'None' },
    { label: 'Counted in this cycle', value: units(progress?.counted) },
    { label: 'Still needed', value: units(progress?.stillNeeded) },
    { label: 'Logged but not counting (caps)', value: units(progress?.notCounted) },
    { label: 'Carried in from the last cycle', value: units(progress?.carriedIn) },
  ];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
