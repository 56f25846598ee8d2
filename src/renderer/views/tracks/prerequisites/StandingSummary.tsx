import { Link } from 'react-router';
import type { Eligibility, PathResult, RequirementResult } from '../../../../shared/schemas/eligibility';
import { EDUCATION_LABELS } from '../../../format/labels';
import { describeProjection } from './PathResults';
import { recordLink } from './recordLinks';

/** One thing still to do for a requirement, said as an action with a way to do it. */
function nextStepFor(requirement: RequirementResult, eligibility: Eligibility, trackId: string): { text: string; link: { to: string; label: string } | null } {
  const education = eligibility.steps.find((s) => s.kind === 'education');
  switch (requirement.kind) {
    case 'education': {
      const have = education?.kind === 'education' ? education.have.educationLevel : null;
      if (have === null) return { text: 'Say what education you have', link: { to: recordLink(trackId, 'profile'), label: 'Set your education' } };
      const needed = education?.kind === 'education' ? education.items.find((i) => i.requirementId === requirement.requirementId) : undefined;
      const level = needed ? EDUCATION_LABELS[needed.minLevel] : null;
      return {
        text: needed?.gacAccredited
          ? `This path needs a degree from a GAC-accredited programme; yours is ${EDUCATION_LABELS[have]}, not marked as accredited`
          : `This path needs ${level ? `a ${level} or higher` : 'more education'}; yours is ${EDUCATION_LABELS[have]}`,
        link: { to: recordLink(trackId, 'profile'), label: 'Change your education' },
      };
    }
    case 'experience':
      return { text: `Log ${requirement.missing ?? 'more experience'}`, link: { to: recordLink(trackId, 'experience', { add: '1' }), label: 'Add experience' } };
    case 'training':
      return { text: `Log ${requirement.missing ?? 'more training'}`, link: { to: recordLink(trackId, 'training', { add: '1' }), label: 'Add training' } };
    case 'credential':
      return { text: requirement.missing ?? requirement.label, link: { to: recordLink(trackId, 'credentials', { add: '1' }), label: 'Add a credential you hold' } };
    case 'check':
      return { text: `Tick “${requirement.label}” below once it is done`, link: null };
  }
}

/**
 * Where the person stands, said once: eligible through a path, or the path put forward (the one
 * most people take until the education level decides) and each thing still missing on it, as an
 * action with its link. The walkthrough below has the details; other paths are compared at the end.
 */
export function StandingSummary({ eligibility, acronym, trackId }: { eligibility: Eligibility; acronym: string; trackId: string }) {
  const best = eligibility.paths.find((p) => p.best);
  if (eligibility.noPrerequisites) {
    return (
      <div className="callout callout-info" role="status">
        <p>{acronym} lists no prerequisites: anyone may sit the exam.</p>
      </div>
    );
  }
  if (!best) return null;
  const others = eligibility.paths.filter((p) => !p.best);
  if (best.met) {
    return (
      <div className="callout callout-success callout-block" role="status" data-testid="eligibility-result">
        <p>
          <strong>Eligible</strong> — you meet {acronym}’s prerequisites through the <strong>{best.name}</strong> path.
        </p>
      </div>
    );
  }
  const educationUnknown = eligibility.steps.some((s) => s.kind === 'education' && s.have.educationLevel === null);
  const projection = describeProjection(best.projection);
  const missing = best.requirements.filter((r) => !r.met);
  return (
    <div className="callout callout-warning callout-block standing" role="status" data-testid="eligibility-result">
      <p>
        <strong>Not eligible yet.</strong> {pathIntro(best, acronym, educationUnknown)} you still need to:
      </p>
      <ul className="standing-list">
        {missing.map((r) => {
          const step = nextStepFor(r, eligibility, trackId);
          return (
            <li key={r.requirementId}>
              {step.text}
              {step.link ? (
                <>
                  {' '}
                  — <Link to={step.link.to}>{step.link.label}</Link>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {projection && best.projection.kind === 'by-time' ? <p>{projection}</p> : null}
      {others.length > 0 ? (
        <p className="standing-others">
          {others.length === 1 ? 'There is one other way in' : `There are ${others.length} other ways in`} ({others.map((p) => p.name).join(', ')}): compare them under “All paths” below.
        </p>
      ) : null}
    </div>
  );
}

function pathIntro(best: PathResult, acronym: string, educationUnknown: boolean): string {
  return educationUnknown
    ? `For the ${best.name} path, the one most ${acronym} candidates take,`
    : `For the ${best.name} path, the closest one for you,`;
}
