import { useId, useState } from 'react';
import type { Timeline } from '../../../../shared/schemas/eligibility';
import { useApi } from '../../../app/AppContext';
import { SelectField } from '../../../components/fields';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { pluralize } from '../../../format/labels';
import { formatMonth } from '../../../format/months';
import { useCall } from '../../../hooks/useCall';
import { timelineScale } from './timelineGeometry';
import { TableScroll } from '../../../components/TableScroll';

const WIDTH = 960;
const GUTTER = 230;
const ROW = 30;
const AXIS = 26;

/**
 * Experience entries as bars across the months, overlaps hatched, and for a chosen track the
 * window shaded with the months that count marked below. The chart has a text summary and a
 * table with the same facts for screen readers and exact reading.
 */
export function ExperienceTimeline() {
  const api = useApi();
  const [choice, setChoice] = useState<string | null>(null);
  const [trackId = null, requirementId = null] = choice ? choice.split('|') : [];
  const { state } = useCall(
    `experience:timeline:${choice ?? ''}`,
    () => api['experience:get-timeline'](trackId && requirementId ? { trackId, requirementId } : {}),
    ['experience', 'tracks'],
  );
  const data = state.data;
  // Start on the first open track's window, and fall back to none if that track goes away
  // (state adjusted while rendering, as React recommends for values derived from fetched data).
  if (choice === null && data) {
    const first = data.choices[0];
    setChoice(first ? `${first.trackId}|${first.requirementId}` : '');
  } else if (choice && state.status === 'error') {
    setChoice('');
  }

  return (
    <section className="section" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {!data ? (
        state.status === 'error' ? <ErrorMessage error={state.error} /> : <Loading label="Drawing the timeline…" />
      ) : (
        <>
          {data.choices.length > 0 ? (
            <SelectField
              className="narrow-field"
              label="Show the months that count for"
              value={choice ?? ''}
              options={[{ value: '', label: 'No certification' }, ...data.choices.map((c) => ({ value: `${c.trackId}|${c.requirementId}`, label: c.label }))]}
              onChange={setChoice}
            />
          ) : (
            <p className="muted">Track a certification to see which months count toward it.</p>
          )}
          <TimelineChart timeline={data} />
        </>
      )}
    </section>
  );
}

function TimelineChart({ timeline }: { timeline: Timeline }) {
  const id = useId();
  const { bars, window, overlaps } = timeline;
  const extraRows = window ? 1 : 0;
  const height = AXIS + (bars.length + extraRows) * ROW + 8;
  const scale = timelineScale(timeline.fromMonth, timeline.toMonth, GUTTER, WIDTH - GUTTER - 8);
  const summary = describe(timeline);

  return (
    <figure className="timeline-figure">
      <svg className="timeline" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} data-testid="experience-timeline">
        <title id={`${id}-title`}>Experience timeline</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <defs>
          <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="3" height="6" className="timeline-hatch" />
          </pattern>
        </defs>
        {window ? (
          <rect
            className="timeline-window"
            x={scale.x(window.fromMonth ?? timeline.fromMonth)}
            y={AXIS - 4}
            width={scale.width(window.fromMonth ?? timeline.fromMonth, window.toMonth)}
            height={height - AXIS}
          />
        ) : null}
        {scale.years.map((y) => (
          <g key={y.year}>
            <line className="timeline-grid" x1={y.x} x2={y.x} y1={AXIS - 6} y2={height} />
            <text className="timeline-year" x={y.x + 3} y={14}>
              {y.year}
            </text>
          </g>
        ))}
        {bars.map((bar, i) => {
          const y = AXIS + i * ROW;
          return (
            <g key={bar.entryId} data-testid="timeline-bar" data-counts={bar.counts === null ? undefined : String(bar.counts)}>
              <text className="timeline-label" x={8} y={y + ROW / 2 + 4}>
                {bar.label.length > 30 ? `${bar.label.slice(0, 29)}…` : bar.label}
              </text>
              <rect
                className={`timeline-bar${bar.counts === false ? ' timeline-bar-muted' : ''}`}
                x={scale.x(bar.startMonth)}
                y={y + 6}
                width={scale.width(bar.startMonth, bar.endMonth)}
                height={ROW - 12}
                rx={3}
              >
                <title>{`${bar.label}: ${formatMonth(bar.startMonth)} – ${bar.ongoing ? 'ongoing' : formatMonth(bar.endMonth)}`}</title>
              </rect>
              {overlaps.map((o) => {
                const from = o.fromMonth > bar.startMonth ? o.fromMonth : bar.startMonth;
                const to = o.toMonth < bar.endMonth ? o.toMonth : bar.endMonth;
                return from <= to ? <rect key={o.fromMonth} className="timeline-overlap" fill={`url(#${id}-hatch)`} x={scale.x(from)} y={y + 6} width={scale.width(from, to)} height={ROW - 12} /> : null;
              })}
            </g>
          );
        })}
        {window ? (
          <g>
            <text className="timeline-label timeline-label-strong" x={8} y={AXIS + bars.length * ROW + ROW / 2 + 4}>
              Counts ({window.countedMonths} months)
            </text>
            {window.counted.map((run) => (
              <rect key={run.fromMonth} className="timeline-counted" x={scale.x(run.fromMonth)} y={AXIS + bars.length * ROW + 9} width={scale.width(run.fromMonth, run.toMonth)} height={ROW - 18} rx={2} />
            ))}
          </g>
        ) : null}
      </svg>
      <figcaption className="timeline-caption">
        <span className="legend">
          <span className="legend-swatch legend-bar" aria-hidden="true" /> entry
          <span className="legend-swatch legend-overlap" aria-hidden="true" /> overlap (counted once)
          {window ? (
            <>
              <span className="legend-swatch legend-window" aria-hidden="true" /> window
              <span className="legend-swatch legend-counted" aria-hidden="true" /> months that count
            </>
          ) : null}
        </span>
        <span>{summary}</span>
      </figcaption>
      <details className="timeline-table">
        <summary>Timeline as a table</summary>
        <TableScroll label="Timeline">
        <table className="data-table compact">
          <caption className="visually-hidden">Experience entries on the timeline</caption>
          <thead>
            <tr>
              <th scope="col">Entry</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              {window ? <th scope="col">Counts for {window.label}</th> : null}
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.entryId}>
                <th scope="row">{bar.label}</th>
                <td>{formatMonth(bar.startMonth)}</td>
                <td>{bar.ongoing ? 'ongoing' : formatMonth(bar.endMonth)}</td>
                {window ? <td>{bar.counts ? 'Yes' : 'No'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      </details>
    </figure>
  );
}

function runs(list: { fromMonth: string; toMonth: string }[]): string {
  return list.map((r) => (r.fromMonth === r.toMonth ? formatMonth(r.fromMonth) : `${formatMonth(r.fromMonth)} – ${formatMonth(r.toMonth)}`)).join(', ');
}

/** The chart in words: what overlaps, and how many months count for the chosen window. */
function describe(timeline: Timeline): string {
  const parts = [`${pluralize(timeline.bars.length, 'entry', 'entries')} from ${formatMonth(timeline.fromMonth)} to ${formatMonth(timeline.toMonth)}.`];
  parts.push(timeline.overlaps.length ? `Overlapping months (counted once): ${runs(timeline.overlaps)}.` : 'No entries overlap.');
  const w = timeline.window;
  if (w) {
    const window = w.fromMonth ? `${formatMonth(w.fromMonth)} – ${formatMonth(w.toMonth)}` : `any time up to ${formatMonth(w.toMonth)}`;
    const needs = w.needs.map((n) => `${n.months} (${n.pathName})`).join(', ');
    parts.push(`${pluralize(w.countedMonths, 'unique month')} count for ${w.label} (window ${window})${w.counted.length ? `: ${runs(w.counted)}` : ''}. Needed: ${needs} months.`);
  }
  return parts.join(' ');
}
