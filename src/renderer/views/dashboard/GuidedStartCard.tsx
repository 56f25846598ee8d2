import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/contract/dashboard';
import { GoalChooser } from '../start/GoalChooser';
import { STEPS_FOR, STEP_TITLES, currentStep } from '../start/guidedSteps';
import { useGuidedStart } from '../start/useGuidedStart';

/**
 * On an empty app the dashboard asks what the person came for; once the guided start is under
 * way, it offers to pick it up where it was left, until it is finished or put away.
 */
export function GuidedStartCard({ data }: { data: Dashboard }) {
  const { state, stored, loaded, update } = useGuidedStart();
  if (!loaded || state.closed) return null;
  const empty = data.tracks.length === 0 && data.credentials.length === 0;
  if (!stored?.goal) return empty ? <GoalChooser /> : null;
  const steps = STEPS_FOR[stored.goal];
  const step = currentStep(stored, null);
  return (
    <section className="callout callout-info" aria-labelledby="resume-heading">
      <div>
        <h2 id="resume-heading">Pick up where you left off</h2>
        <p>
          Getting started: step {steps.indexOf(step) + 1} of {steps.length}, {STEP_TITLES[step].toLowerCase()}.
        </p>
      </div>
      <div className="inline-actions">
        <Link className="button button-primary" to={`/start?step=${step}`}>
          Continue getting started
        </Link>
        <button type="button" className="button" onClick={() => void update({ closed: true })}>
          Put it away
        </button>
      </div>
    </section>
  );
}
