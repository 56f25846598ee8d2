import { Link, useSearchParams } from 'react-router';
import type { PreparationView } from '../../../../shared/schemas/preparation';
import type { Track } from '../../../../shared/schemas/track';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { CalendarSection } from './CalendarSection';
import { PlanSection } from './PlanSection';
import { PracticeSection } from './PracticeSection';
import { PrepSetupForm } from './PrepSetupForm';
import { ProgressSection } from './ProgressSection';
import { SessionsSection } from './SessionsSection';
import { BreaksEditor } from './BreaksEditor';
import { FlashcardsSection } from './flashcards/FlashcardsSection';
import { usePreparation, useSessions } from './useTrackCall';

const SECTIONS = [
  { id: 'plan', label: 'Plan' },
  { id: 'calendar', label: 'Calendar' },
  { id: 'sessions', label: 'Sessions' },
  { id: 'practice', label: 'Practice exams' },
  { id: 'flashcards', label: 'Flashcards' },
  { id: 'progress', label: 'Readiness & progress' },
  { id: 'settings', label: 'Settings' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

/** The Prepare tab: set up preparation once, then the plan, calendar, sessions, practice and progress. */
export function PrepareTab({ track }: { track: Track }) {
  const [search, setSearch] = useSearchParams();
  const prep = usePreparation(track.id);
  // The calendar marks every day studied; the plan only needs the running timer (a page of one);
  // the sessions section loads its own pages.
  const requestedSection = search.get('section');
  const sessions = useSessions(track.id, requestedSection === 'calendar' ? 'whole' : requestedSection === 'sessions' ? null : 'timer');
  const view = prep.state.data;
  if (prep.state.status === 'error' && !view) return <ErrorMessage error={prep.state.error} onRetry={prep.reload} />;
  if (!view) return <Loading label="Loading preparation…" />;

  if (!view.settings) {
    // Flashcards work before a plan exists (a fixed number of minutes a day until there is one).
    if (search.get('section') === 'flashcards') {
      return (
        <div className="stack">
          <p>
            <Link to="?">← Set up your plan</Link>
          </p>
          <FlashcardsSection track={track} view={view} />
        </div>
      );
    }
    return (
      <div className="stack">
        <EmptyState title={`Plan your ${track.acronym} preparation`}>
          Give your exam date, how many hours you want to study and the time you have each weekday. Certplan makes a plan weighted by the exam’s domains and
          your weak spots, and re-plans when life happens. <Link to="?section=flashcards">Or start with flashcards</Link>.
        </EmptyState>
        <PrepSetupForm track={track} view={view} onSaved={() => setSearch({ section: 'plan' })} />
      </div>
    );
  }

  const requested = search.get('section');
  const section: SectionId = SECTIONS.some((s) => s.id === requested) ? (requested as SectionId) : 'plan';
  const list = sessions.state.data;
  return (
    <div className="stack">
      {track.status === 'passed' || track.status === 'active' ? (
        <p className="callout callout-info" role="status">
          You passed {track.acronym}. The plan and your sessions are kept for reference.
        </p>
      ) : null}
      <OutlineLine track={track} view={view} />
      <nav className="subnav" aria-label="Preparation">
        {SECTIONS.map((s) => (
          <Link key={s.id} to={`?section=${s.id}`} className={s.id === section ? 'subnav-link active' : 'subnav-link'} aria-current={s.id === section ? 'page' : undefined}>
            {s.label}
          </Link>
        ))}
      </nav>
      {section === 'plan' ? <PlanSection view={view} sessions={list} /> : null}
      {section === 'calendar' ? <CalendarSection view={view} sessions={list?.sessions ?? []} /> : null}
      {section === 'sessions' ? <SessionsSection view={view} /> : null}
      {section === 'practice' ? <PracticeSection view={view} /> : null}
      {section === 'flashcards' ? <FlashcardsSection track={track} view={view} /> : null}
      {section === 'progress' ? <ProgressSection view={view} /> : null}
      {section === 'settings' ? (
        <>
          <PrepSetupForm key={view.settings.startedOn + view.settings.goalMinutes} track={track} view={view} onSaved={() => setSearch({ section: 'plan' })} />
          <BreaksEditor view={view} />
        </>
      ) : null}
    </div>
  );
}

/** Which exam outline the plan follows, and why; where it is unknown, where to fill it in. */
function OutlineLine({ track, view }: { track: Track; view: PreparationView }) {
  const { outline } = view;
  return (
    <p className="outline-line" data-testid="outline-in-force">
      {outline.sentence}
      {outline.outline === null || (outline.canFillIn && outline.source === 'catalog') ? (
        <>
          {' '}
          <Link to={`/tracks/${encodeURIComponent(track.id)}/overview`}>Fill in the exam outline</Link>
        </>
      ) : null}
    </p>
  );
}
