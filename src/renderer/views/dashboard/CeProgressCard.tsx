import { Link } from 'react-router';
import type { DashboardCredential } from '../../../shared/contract/dashboard';
import type { CeRequirementView } from '../../../shared/schemas/ceRequirement';
import { RequirementBars } from '../../components/charts/RequirementBars';
import { formatNumber } from '../../format/renewalLabels';

/** One credential's open cycle against its requirement: the same bars as its page, and their numbers. */
export function CeProgressCard({ credential, requirement }: { credential: DashboardCredential; requirement: CeRequirementView }) {
  const caption = `${credential.acronym}: ${formatNumber(requirement.counted)} of ${requirement.required ?? '?'} ${requirement.unitName}s counted; ${requirement.headline}`;
  const link = `/credentials/${encodeURIComponent(credential.id)}`;
  return (
    <article className="ce-card" aria-labelledby={`ce-${credential.id}`}>
      <h3 id={`ce-${credential.id}`} className="ce-card-title">
        <Link to={link}>{caption}</Link>
      </h3>
      <RequirementBars
        view={requirement}
        caption={`${credential.acronym} ${requirement.unitName}s against the requirement`}
        compact
        emptyAction={
          <Link className="button" to={link}>
            {credential.fairStart === 'pending' ? 'Enter what you already earned' : 'Log an activity'}
          </Link>
        }
      />
    </article>
  );
}
