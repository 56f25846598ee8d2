import type { ReactNode } from 'react';
import type { CeBar, CeRequirementView, CeYearBar } from '../../../shared/schemas/ceRequirement';
import { formatUnits } from '../../../shared/formatUnits';
import { formatDay } from '../../format/dates';
import { formatNumber } from '../../format/renewalLabels';
import { EmptyState } from '../EmptyState';

const pct = (value: number, max: number): string => `${max > 0 ? Math.min(100, (value / max) * 100) : 0}%`;

/** "at least 35", "at most 25", "at least 8, at most 25 a year". */
function ruleText(bar: CeBar): string {
  const parts = [bar.minimum !== null ? `at least ${formatNumber(bar.minimum)}` : null, bar.cap !== null ? `at most ${formatNumber(bar.cap)}` : null, bar.capPerYear !== null ? `at most ${formatNumber(bar.capPerYear)} a year` : null];
  return parts.filter(Boolean).join(', ');
}

/**
 * Units against the requirement: one bar per rule (the total, groups with their own minimum or
 * cap, their categories), all on one scale from 0 to the requirement, with each minimum and cap
 * marked, units above a cap hatched as not counting and what a minimum still needs outlined.
 * The dashboard (compact) and the credential page draw the same view in the same colours and
 * words; the table beside it holds the same numbers.
 */
export function RequirementBars({
  view,
  caption,
  compact = false,
  emptyAction,
}: {
  view: CeRequirementView;
  caption: string;
  compact?: boolean;
  emptyAction?: ReactNode;
}) {
  const unit = view.unitName;
  if (view.empty) {
    return (
      <EmptyState title={`Nothing logged yet: 0 of ${view.required ?? '?'} ${unit}s`} action={emptyAction}>
        {view.bars
          .filter((b) => b.level !== 'total' && (b.minimum !== null || b.cap !== null))
          .slice(0, compact ? 3 : 12)
          .map((b) => `${b.name}: ${ruleText(b)}`)
          .join(' · ') || 'Log activities as you earn them; each counts toward the requirement under its category.'}
        {view.rules.length > 0 ? (
          <ul className="requirement-notes requirement-rules">
            {view.rules.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        ) : null}
      </EmptyState>
    );
  }
  // Compact (dashboard): the total, groups, and only the categories and kinds with something to say.
  const bars = compact ? view.bars.filter((b) => (b.level !== 'category' && b.level !== 'kind') || b.minimum !== null || b.notCounted > 0) : view.bars;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(view.scaleMax * f * 4) / 4);
  return (
    <figure className={`requirement-figure${compact ? ' compact' : ''}`} data-testid="ce-requirement">
      <figcaption className="visually-hidden">{caption}</figcaption>
      <ul className="requirement-bars" aria-label={caption}>
        {bars.map((bar) => (
          <RequirementBar key={bar.id} bar={bar} max={view.scaleMax} unit={unit} />
        ))}
      </ul>
      <div className="requirement-row requirement-axis-row" aria-hidden="true">
        <span />
        <span className="requirement-axis">
          {ticks.map((t) => (
            <span key={t} style={{ left: pct(t, view.scaleMax) }}>
              {formatNumber(t)}
            </span>
          ))}
        </span>
        <span className="muted">{unit}s</span>
      </div>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="chart-swatch requirement-counted" /> Counted
        </li>
        <li>
          <span className="chart-swatch requirement-over" /> Above a cap (not counting)
        </li>
        <li>
          <span className="chart-swatch requirement-short" /> Still needed for a minimum
        </li>
        <li>
          <span className="requirement-legend-mark" /> Minimum
        </li>
        <li>
          <span className="requirement-legend-mark cap" /> Cap
        </li>
      </ul>
      {view.years.length > 0 ? (
        <ul className="requirement-bars years" aria-label="Each year of the cycle">
          {view.years.map((y) => (
            <YearBar key={y.label} year={y} max={view.scaleMax} unit={unit} />
          ))}
        </ul>
      ) : null}
      {view.rules.length > 0 ? (
        <ul className="requirement-notes requirement-rules" aria-label="Rules the bars do not draw">
          {view.rules.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
      {view.explanations.length > 0 ? (
        <ul className="requirement-notes" aria-label="Why the numbers are what they are">
          {view.explanations.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}

function RequirementBar({ bar, max, unit }: { bar: CeBar; max: number; unit: string }) {
  const shortStart = bar.counted;
  const rule = ruleText(bar);
  const label =
    `${bar.name}: ${formatUnits(bar.counted, unit)} counted` +
    (bar.level === 'total' && bar.minimum !== null ? ` of ${formatNumber(bar.minimum)}` : '') +
    (rule && bar.level !== 'total' ? ` (${rule})` : '') +
    (bar.notCounted > 0 ? `, ${formatNumber(bar.notCounted)} above a cap not counting` : '') +
    (bar.stillNeeded > 0 ? `, ${formatNumber(bar.stillNeeded)} still needed` : '');
  return (
    <li className={`requirement-row level-${bar.level}`} aria-label={label}>
      <span className="requirement-name" aria-hidden="true">
        {bar.name}
        {rule && bar.level !== 'total' ? <span className="cell-note">{rule}</span> : null}
      </span>
      <span className="requirement-track" aria-hidden="true">
        <span className="requirement-fill requirement-counted" style={{ width: pct(bar.counted, max) }} />
        {bar.notCounted > 0 ? <span className="requirement-fill requirement-over" style={{ left: pct(bar.counted, max), width: pct(bar.notCounted, max) }} /> : null}
        {/* A total short by more than its gap (the years' minimums decide) is outlined only to the scale's end. */}
        {bar.stillNeeded > 0 ? (
          <span className="requirement-fill requirement-short" style={{ left: pct(shortStart + bar.notCounted, max), width: pct(Math.max(0, Math.min(bar.stillNeeded, max - shortStart - bar.notCounted)), max) }} />
        ) : null}
        {bar.minimum !== null ? <span className="requirement-mark" style={{ left: pct(bar.minimum, max) }} title={`Minimum ${bar.minimum}`} /> : null}
        {bar.cap !== null ? <span className="requirement-mark cap" style={{ left: pct(bar.cap, max) }} title={`Cap ${bar.cap}`} /> : null}
      </span>
      <span className="requirement-value" aria-hidden="true">
        {formatNumber(bar.counted)}
        {bar.level === 'total' && bar.minimum !== null ? ` of ${formatNumber(bar.minimum)}` : ''}
        {bar.notCounted > 0 ? <span className="warning-text"> +{formatNumber(bar.notCounted)} not counting</span> : null}
        {bar.stillNeeded > 0 && bar.level !== 'total' ? <span className="muted"> · {formatNumber(bar.stillNeeded)} to go</span> : null}
      </span>
    </li>
  );
}

/** One cycle year against its own minimum, with the category minimum inside it as its own row. */
function YearBar({ year, max, unit }: { year: CeYearBar; max: number; unit: string }) {
  const state = year.missed ? 'missed' : year.stillNeeded > 0 ? `${formatNumber(year.stillNeeded)} to go` : 'met';
  const label = `${year.label}, ${formatDay(year.start)} to ${formatDay(year.end)}: ${formatUnits(year.counted, unit)} of ${formatNumber(year.required)}, ${state}`;
  return (
    <>
      <li className="requirement-row level-year" aria-label={label}>
        <span className="requirement-name" aria-hidden="true">
          {year.label} <span className="cell-note">{formatDay(year.start)} to {formatDay(year.end)}</span>
        </span>
        <span className="requirement-track" aria-hidden="true">
          <span className="requirement-fill requirement-counted" style={{ width: pct(year.counted, max) }} />
          {year.required > year.counted && !year.missed ? (
            <span className="requirement-fill requirement-short" style={{ left: pct(year.counted, max), width: pct(year.required - year.counted, max) }} />
          ) : null}
          <span className="requirement-mark" style={{ left: pct(year.required, max) }} title={`Minimum ${year.required}`} />
        </span>
        <span className="requirement-value" aria-hidden="true">
          {formatNumber(year.counted)} of {formatNumber(year.required)}
          {year.missed ? <span className="warning-text"> · missed</span> : <span className="muted"> · {state}</span>}
        </span>
      </li>
      {year.parts.map((part) => (
        <li
          key={part.id}
          className="requirement-row level-year-part"
          aria-label={`${year.label}, ${part.name}: ${formatUnits(part.counted, unit)} of at least ${formatNumber(part.minimum)}${part.stillNeeded > 0 ? `, ${formatNumber(part.stillNeeded)} to go` : ', met'}`}
        >
          <span className="requirement-name" aria-hidden="true">
            of which {part.name}
            <span className="cell-note">at least {formatNumber(part.minimum)}</span>
          </span>
          <span className="requirement-track" aria-hidden="true">
            <span className="requirement-fill requirement-counted" style={{ width: pct(part.counted, max) }} />
            {part.stillNeeded > 0 && !year.missed ? <span className="requirement-fill requirement-short" style={{ left: pct(part.counted, max), width: pct(part.stillNeeded, max) }} /> : null}
            <span className="requirement-mark" style={{ left: pct(part.minimum, max) }} title={`Minimum ${part.minimum}`} />
          </span>
          <span className="requirement-value" aria-hidden="true">
            {formatNumber(part.counted)} of {formatNumber(part.minimum)}
            <span className="muted"> · {part.stillNeeded > 0 ? `${formatNumber(part.stillNeeded)} to go` : 'met'}</span>
          </span>
        </li>
      ))}
    </>
  );
}
