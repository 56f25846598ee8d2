import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import type { CredentialRef, WalkthroughStep } from '../../../../shared/schemas/eligibility';
import { Badge } from '../../../components/Badge';
import { EDUCATION_LABELS, pluralize } from '../../../format/labels';
import { formatDay } from '../../../format/dates';
import { formatMonth, formatMonthRange } from '../../../format/months';
import { recordLink } from './recordLinks';

type StepOf<K extends WalkthroughStep['kind']> = Extract<WalkthroughStep, { kind: K }>;

/** Stores a tick; resolves to whether the core accepted it. */
export type CheckHandler = (requirementId: string, checked: boolean) => Promise<boolean>;

interface Item {
  requirementId: string;
  label: string;
  pathNames: string[];
  met: boolean;
  summary: string;
  missing: string | null;
  substitutes: CredentialRef[];
}

const TITLES: Record<WalkthroughStep['kind'], string> = {
  education: 'Education',
  experience: 'Experience',
  training: 'Training',
  credential: 'Credentials held',
  check: 'Other requirements',
};

/**
 * The walkthrough: one step per kind of requirement, each saying what counts, what the person
 * has, what is missing, and where to add it.
 */
export function WalkthroughSteps({
  steps,
  trackId,
  bestPathName,
  onCheck,
}: {
  steps: readonly WalkthroughStep[];
  trackId: string;
  /** The path the result recommends; each step says whether it is done for that path. */
  bestPathName: string | null;
  onCheck: CheckHandler;
}) {
  return (
    <ol className="walkthrough">
      {steps.map((step, i) => {
        const state = stepState(itemsOf(step), bestPathName);
        return (
          <li key={step.kind} className="walk-step" aria-labelledby={`step-${step.kind}`}>
            <h3 id={`step-${step.kind}`}>
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              {TITLES[step.kind]} <Badge tone={state.tone}>{state.text}</Badge>
            </h3>
            <StepBody step={step} trackId={trackId} onCheck={onCheck} bestPathName={bestPathName} />
          </li>
        );
      })}
    </ol>
  );
}

function stepState(items: Item[], bestPathName: string | null): { tone: 'success' | 'warning' | 'neutral'; text: string } {
  const relevant = bestPathName === null ? items : items.filter((item) => item.pathNames.includes(bestPathName));
  if (relevant.length === 0) return { tone: 'neutral', text: `Not asked on the ${bestPathName ?? ''} path` };
  return relevant.every((item) => item.met) ? { tone: 'success', text: 'Done' } : { tone: 'warning', text: 'To do' };
}

function itemsOf(step: WalkthroughStep): Item[] {
  switch (step.kind) {
    case 'experience':
      return step.groups.flatMap((g) => g.items);
    case 'training':
      return step.groups.flatMap((g) => g.items);
    default:
      return step.items;
  }
}

function StepBody({ step, trackId, onCheck, bestPathName }: { step: WalkthroughStep; trackId: string; onCheck: CheckHandler; bestPathName: string | null }) {
  switch (step.kind) {
    case 'education':
      return <EducationStep step={step} trackId={trackId} bestPathName={bestPathName} />;
    case 'experience':
      return <ExperienceStep step={step} trackId={trackId} bestPathName={bestPathName} />;
    case 'training':
      return <TrainingStep step={step} trackId={trackId} bestPathName={bestPathName} />;
    case 'credential':
      return <CredentialStep step={step} trackId={trackId} bestPathName={bestPathName} onCheck={onCheck} />;
    case 'check':
      return <CheckStep step={step} onCheck={onCheck} />;
  }
}

/**
 * What the path put forward asks for here, what the person has against it and what is missing;
 * what the other paths ask is folded away, so each requirement is read once.
 */
function Requirements({ items, bestPathName }: { items: readonly Item[]; bestPathName: string | null }) {
  const onBest = bestPathName === null ? items : items.filter((i) => i.pathNames.includes(bestPathName));
  const others = bestPathName === null ? [] : items.filter((i) => !i.pathNames.includes(bestPathName));
  return (
    <>
      {onBest.length > 0 ? <RequirementList items={onBest} showPaths={bestPathName === null} /> : null}
      {others.length > 0 ? (
        <details className="other-paths">
          <summary>What the other paths ask here ({others.length})</summary>
          <RequirementList items={others} showPaths />
        </details>
      ) : null}
    </>
  );
}

function RequirementList({ items, showPaths }: { items: readonly Item[]; showPaths: boolean }) {
  return (
    <ul className="step-items">
      {items.map((item) => (
        <li key={`${item.requirementId}-${item.pathNames.join()}`} className={item.met ? 'is-met' : undefined}>
          <span className="step-item-label">
            <span aria-hidden="true">{item.met ? '✓ ' : '○ '}</span>
            {item.label}
            <span className="visually-hidden">{item.met ? ' (met)' : ' (not met)'}</span>
          </span>
          {showPaths ? <span className="muted"> — {item.pathNames.length > 1 ? `paths: ${item.pathNames.join(', ')}` : `path: ${item.pathNames[0] ?? ''}`}</span> : null}
          <span className="step-item-have">You have: {item.summary}</span>
          {item.missing && !/^Set your education level/.test(item.missing) ? <span className="requirement-missing">Still needed: {item.missing}</span> : null}
          {item.substitutes.length ? (
            <span className="muted step-item-sub">Or hold {item.substitutes.map(describeCredentialRef).join(' or ')}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="step-block">
      <h4>{title}</h4>
      {children}
    </div>
  );
}

function EducationStep({ step, trackId, bestPathName }: { step: StepOf<'education'>; trackId: string; bestPathName: string | null }) {
  const have = step.have.educationLevel ? `${EDUCATION_LABELS[step.have.educationLevel]}${step.have.gacAccredited ? ' (GAC-accredited)' : ''}` : 'Not set yet';
  return (
    <>
      <Requirements items={step.items} bestPathName={bestPathName} />
      <p>
        Your profile: <strong>{have}</strong>. <Link to={recordLink(trackId, 'profile')}>{step.have.educationLevel ? 'Change your education' : 'Set your education'}</Link>
      </p>
    </>
  );
}

function ExperienceStep({ step, trackId, bestPathName }: { step: StepOf<'experience'>; trackId: string; bestPathName: string | null }) {
  return (
    <>
      <p className="muted">{step.rule}</p>
      {step.groups.map((group) => (
        <Block key={`${group.area}-${group.windowMonths ?? ''}`} title={`${capitalize(group.area)}${group.windowStart ? ` since ${formatMonth(group.windowStart)}` : ''}: ${pluralize(group.countedMonths, 'month')} count`}>
          <Requirements items={group.items} bestPathName={bestPathName} />
          {group.entries.length ? (
            <ul className="counted-entries" aria-label={`Entries counted as ${group.area}`}>
              {group.entries.map((e) => (
                <li key={e.entryId}>
                  <strong>{e.title}</strong> — {e.organisation}, {formatMonthRange(e.startMonth, e.endMonth)}: {e.monthsInWindow === 0 ? 'too long ago to count' : `${pluralize(e.monthsInWindow, 'month')} count`}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No entry is tagged “{group.area}” yet.</p>
          )}
        </Block>
      ))}
      {step.untagged.length ? (
        <div className="callout callout-warning callout-block">
          <p>
            {pluralize(step.untagged.length, 'entry', 'entries')} not tagged with any area, so {step.untagged.length === 1 ? 'it counts' : 'they count'} toward nothing:
          </p>
          <ul className="tag-links">
            {step.untagged.map((u) => (
              <li key={u.entryId}>
                <Link to={recordLink(trackId, 'experience', { edit: u.entryId })} aria-label={`Tag “${u.title}”`}>
                  Tag “{u.title}”
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {step.otherAreas.length ? (
        <p className="muted">
          Not counted here (tagged otherwise): {step.otherAreas.map((o) => `${o.title} (${o.areas.join(', ')})`).join('; ')}.
        </p>
      ) : null}
      <p>
        <Link to={recordLink(trackId, 'experience', { add: '1' })}>Add experience</Link>
      </p>
    </>
  );
}

function TrainingStep({ step, trackId, bestPathName }: { step: StepOf<'training'>; trackId: string; bestPathName: string | null }) {
  return (
    <>
      {step.groups.map((group) => (
        <Block key={group.topic} title={`${group.topic}: ${group.totalHours} hours logged`}>
          <Requirements items={group.items} bestPathName={bestPathName} />
          {group.entries.length ? (
            <ul className="counted-entries" aria-label={`Training counted as ${group.topic}`}>
              {group.entries.map((e) => (
                <li key={e.entryId}>
                  <strong>{e.course}</strong> — {e.provider}, {formatDay(e.completedOn)}: {e.hours} hours
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No course logged for “{group.topic}” yet.</p>
          )}
        </Block>
      ))}
      {step.otherTopics.length ? <p className="muted">Not counted here (other topics): {step.otherTopics.map((t) => `${t.course} (${t.topic}, ${t.hours} h)`).join('; ')}.</p> : null}
      <p>
        <Link to={recordLink(trackId, 'training', { add: '1' })}>Add training</Link>
      </p>
    </>
  );
}

function CredentialStep({
  step,
  trackId,
  bestPathName,
  onCheck,
}: {
  step: StepOf<'credential'>;
  trackId: string;
  bestPathName: string | null;
  onCheck: CheckHandler;
}) {
  // Where the body's list of accepted credentials was not found, the person may tick that they hold one.
  const tickable = step.items.filter((item) => item.tick !== null);
  return (
    <>
      <Requirements items={step.items} bestPathName={bestPathName} />
      {tickable.length > 0 ? (
        <fieldset className="check-list">
          <legend>Holding one the catalog does not list?</legend>
          {tickable.map((item) => (
            <CheckItem key={item.requirementId} item={{ ...item, label: item.tick?.label ?? item.label, checked: item.tick?.checked ?? false }} onCheck={onCheck} />
          ))}
        </fieldset>
      ) : null}
      <p>
        <Link to={recordLink(trackId, 'credentials', { add: '1' })}>Add a credential you hold</Link>
      </p>
    </>
  );
}

function CheckStep({ step, onCheck }: { step: StepOf<'check'>; onCheck: CheckHandler }) {
  return (
    <fieldset className="check-list">
      <legend>Tick each one once it is done</legend>
      {step.items.map((item) => (
        <CheckItem key={item.requirementId} item={item} onCheck={onCheck} />
      ))}
    </fieldset>
  );
}

/** Shows the tick at once and keeps it while the core stores it; a refusal puts it back. */
function CheckItem({ item, onCheck }: { item: StepOf<'check'>['items'][number]; onCheck: CheckHandler }) {
  const [pending, setPending] = useState<boolean | null>(null);
  // Once the refreshed result agrees, the stored value takes over again.
  if (pending !== null && pending === item.checked) setPending(null);
  return (
    <label className="checkbox-option">
      <input
        type="checkbox"
        checked={pending ?? item.checked}
        onChange={(e) => {
          const checked = e.target.checked;
          setPending(checked);
          void onCheck(item.requirementId, checked).then((ok) => {
            if (!ok) setPending(null);
          });
        }}
      />
      <span>
        {item.label} <span className="muted">({item.pathNames.join(', ')})</span>
      </span>
    </label>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "CAPM (held)", or why a held one does not count: it lapsed and needs renewing first. */
function describeCredentialRef(ref: CredentialRef): string {
  if (ref.held) return `${ref.acronym} (held)`;
  if (ref.lapsed) return `${ref.acronym} (yours has lapsed: it counts again once renewed)`;
  return ref.acronym;
}
