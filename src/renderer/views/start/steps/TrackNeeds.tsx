import type { WalkthroughStep } from '../../../../shared/schemas/eligibility';
import { useApi } from '../../../app/AppContext';
import { useCall } from '../../../hooks/useCall';

/**
 * What the tracked certification asks for in this kind of record, on the path put forward, and
 * what the person has so far — or that a credential they hold already covers it.
 */
export function TrackNeeds({ trackId, kind }: { trackId: string | null; kind: 'experience' | 'training' }) {
  const api = useApi();
  const { state } = useCall(trackId ? `eligibility:get:${trackId}` : null, () => api['eligibility:get']({ trackId: trackId ?? '' }), [
    'profile',
    'experience',
    'training',
    'credentials',
    'tracks',
  ]);
  const eligibility = state.data;
  if (!eligibility) return null;
  const best = eligibility.paths.find((p) => p.best);
  const step = eligibility.steps.find((s): s is Extract<WalkthroughStep, { kind: 'experience' | 'training' }> => s.kind === kind);
  const groups: { items: { requirementId: string; label: string; summary: string; met: boolean; pathNames: string[] }[] }[] = step ? step.groups : [];
  const items = groups.flatMap((g) => g.items).filter((i) => !best || i.pathNames.includes(best.name));
  if (items.length === 0) {
    return <p className="callout callout-info">{kind === 'experience' ? 'The path put forward asks for no experience.' : 'The path put forward asks for no training hours.'}</p>;
  }
  return (
    <ul className="plain-list track-needs" aria-label="What the certification asks for">
      {items.map((item) => (
        <li key={item.requirementId} className={item.met ? 'is-met' : undefined}>
          <strong>{item.label}</strong>: you have {item.summary.replace(/^Covered by/, 'it covered by')}
          {item.met ? ' — done.' : '.'}
        </li>
      ))}
    </ul>
  );
}
