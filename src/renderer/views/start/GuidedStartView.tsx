import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApi } from '../../app/AppContext';
import { Badge } from '../../components/Badge';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useCall } from '../../hooks/useCall';
import { ProfileForm } from '../records/ProfileSection';
import { GoalChooser } from './GoalChooser';
import { GOAL_LABELS, STEPS_FOR, STEP_TITLES, type StepId, currentStep } from './guidedSteps';
import { CertificationStep } from './steps/CertificationStep';
import { CeStep, CredentialStep } from './steps/CredentialSteps';
import { DoneStep } from './steps/DoneStep';
import { ExperienceStep, TrainingStep } from './steps/RecordsStep';
import { useGuidedStart } from './useGuidedStart';

/**
 * The guided start: what the person came for, then the few records that matter for it, one step
 * at a time. Every step can be skipped, and the whole can be left and resumed (its state is kept
 * in the settings); the list of steps lets the person go back to any of them.
 */
export function GuidedStartView() {
  const api = useApi();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { state, loaded, update, mark } = useGuidedStart();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const goal = state.goal;
  const step = currentStep(state, params.get('step'));
  const steps = goal ? STEPS_FOR[goal] : [];
  const index = steps.indexOf(step);
  const profile = useCall(step === 'education' ? 'profile:get' : null, () => api['profile:get']({}), ['profile']);

  // A new step takes the keyboard to its heading, as a new page does.
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!goal) return;
    if (shown.current !== null && shown.current !== step) headingRef.current?.focus();
    shown.current = step;
  }, [goal, step]);

  if (!loaded) return <Loading />;

  const go = (next: StepId | undefined) => void navigate(next ? `/start?step=${next}` : '/start');
  const nextAfter = (id: StepId) => steps[steps.indexOf(id) + 1];
  const finish = async (how: 'done' | 'skipped', id: StepId, patch = {}) => {
    await mark(id, how, patch);
    go(nextAfter(id));
  };
  const close = async () => {
    await update({ closed: true });
    void navigate(state.trackId ? `/tracks/${encodeURIComponent(state.trackId)}` : state.credentialId ? `/credentials/${encodeURIComponent(state.credentialId)}` : '/');
  };

  return (
    <div className="page">
      <PageHeader
        title="Getting started"
        subtitle={goal ? `${GOAL_LABELS[goal].title}: ${GOAL_LABELS[goal].detail}` : 'A few questions, and Certplan shows where you stand.'}
        actions={
          goal ? (
            <>
              <button type="button" className="button" onClick={() => void update({ goal: null, steps: {} })}>
                Change what I came for
              </button>
              <button type="button" className="button" onClick={() => void close()}>
                Leave the guided start
              </button>
            </>
          ) : (
            <Link className="button" to="/" onClick={() => void update({ closed: true })}>
              Skip it: look around on my own
            </Link>
          )
        }
      />
      {!goal ? (
        <GoalChooser />
      ) : (
        <div className="guided-layout">
          <nav aria-label="Steps of the guided start">
            <ol className="guided-steps">
              {steps.map((id, i) => (
                <li key={id}>
                  <Link to={`/start?step=${id}`} aria-current={id === step ? 'step' : undefined}>
                    <span>
                      {i + 1}. {STEP_TITLES[id]}
                    </span>
                    {state.steps[id] ? (
                      <span className="step-state">
                        <Badge tone={state.steps[id] === 'done' ? 'success' : 'neutral'}>{state.steps[id] === 'done' ? 'Done' : 'Skipped'}</Badge>
                      </span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
          <section className="section" aria-labelledby="guided-step-heading">
            <p className="page-eyebrow">
              Step {index + 1} of {steps.length}
            </p>
            <h2 id="guided-step-heading" ref={headingRef} tabIndex={-1}>
              {STEP_TITLES[step]}
            </h2>
            {step === 'certification' ? <CertificationStep trackId={state.trackId} onTracked={(trackId) => void finish('done', 'certification', { trackId })} /> : null}
            {step === 'education' ? (
              profile.state.data ? (
                <>
                  <p>Your highest completed education decides which path of a certification applies to you.</p>
                  <ProfileForm key={profile.state.data.updatedAt ?? 'new'} profile={profile.state.data} embedded submitLabel="Save and continue" onSaved={() => void finish('done', 'education')} />
                </>
              ) : (
                <Loading />
              )
            ) : null}
            {step === 'experience' ? <ExperienceStep trackId={state.trackId} /> : null}
            {step === 'training' ? <TrainingStep trackId={state.trackId} /> : null}
            {step === 'credential' ? <CredentialStep credentialId={state.credentialId} onAdded={(credentialId) => void finish('done', 'credential', { credentialId })} /> : null}
            {step === 'ce' ? <CeStep credentialId={state.credentialId} /> : null}
            {step === 'done' ? <DoneStep trackId={state.trackId} credentialId={state.credentialId} /> : null}
            <div className="guided-footer">
              {step === 'done' ? (
                <button type="button" className="button button-primary" onClick={() => void close()}>
                  Finish
                </button>
              ) : (
                <>
                  {continuable(step, state) ? (
                    <button type="button" className="button button-primary" onClick={() => void finish('done', step)}>
                      Continue
                    </button>
                  ) : null}
                  <button type="button" className="button" onClick={() => void finish('skipped', step)}>
                    Skip this step
                  </button>
                </>
              )}
              {index > 0 ? (
                <Link className="button" to={`/start?step=${steps[index - 1] ?? ''}`}>
                  Back
                </Link>
              ) : null}
            </div>
          </section>
        </div>
      )}
    </div>
  );
}

/** Steps that are done by adding as many records as the person wants; the others finish by saving. */
function continuable(step: StepId, state: { trackId: string | null; credentialId: string | null; steps: Record<string, string> }): boolean {
  if (step === 'certification') return state.trackId !== null;
  if (step === 'credential') return state.credentialId !== null;
  if (step === 'education') return state.steps.education === 'done';
  return true;
}
