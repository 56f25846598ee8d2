import { useNavigate } from 'react-router';
import { GOAL_LABELS, type GuidedGoal, EMPTY_GUIDED_START } from './guidedSteps';
import { useGuidedStart } from './useGuidedStart';

const GOALS: GuidedGoal[] = ['prepare', 'maintain', 'both'];

/**
 * The first question of an empty app: what the person came for. The answer picks the few
 * records the guided start asks for next.
 */
export function GoalChooser({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const navigate = useNavigate();
  const { update } = useGuidedStart();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const choose = async (goal: GuidedGoal) => {
    await update({ ...EMPTY_GUIDED_START, goal });
    void navigate('/start');
  };
  return (
    <section className="section goal-chooser" aria-labelledby="goal-heading">
      <Heading id="goal-heading">What brings you to Certplan?</Heading>
      <p className="section-lead">Pick one; Certplan asks only for the records that matter for it. Every step can be skipped and picked up later.</p>
      <ul className="goal-list">
        {GOALS.map((goal) => (
          <li key={goal}>
            <button type="button" className="goal-button" onClick={() => void choose(goal)}>
              <span className="goal-title">{GOAL_LABELS[goal].title}</span>
              <span className="goal-detail">{GOAL_LABELS[goal].detail}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
