import type { ReactNode } from 'react';
import type { Confidence } from '../../shared/schemas/certification';

export function Badge({ tone = 'neutral', children, title }: { tone?: 'neutral' | 'info' | 'success' | 'warning' | 'danger'; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

const CONFIDENCE_TONE = { high: 'success', medium: 'info', low: 'warning' } as const;
const CONFIDENCE_TEXT = {
  high: 'High confidence: official source or several sources agree',
  medium: 'Medium confidence: one good secondary source',
  low: 'Low confidence: a single weak or conflicting source — check the official page',
} as const;

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  return (
    <Badge tone={CONFIDENCE_TONE[confidence]} title={CONFIDENCE_TEXT[confidence]}>
      {confidence === 'low' ? 'Low confidence' : confidence === 'medium' ? 'Medium confidence' : 'High confidence'}
    </Badge>
  );
}

/** For facts the research did not find: shown, never guessed. */
export function Unknown({ what }: { what?: string }) {
  return (
    <span className="unknown" title="The research behind the catalog did not find this fact">
      Unknown{what ? ` ${what}` : ''}
    </span>
  );
}
