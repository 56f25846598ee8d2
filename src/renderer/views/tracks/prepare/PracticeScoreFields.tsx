import type { PlanDomain } from '../../../../shared/schemas/preparation';
import { NumberField, TextField } from '../../../components/fields';
import { type FieldErrors, numberOrNaN } from '../../../forms/fieldErrors';

export interface PracticeDraft {
  date: string;
  source: string;
  total: number | null;
  scores: Record<string, number | null>;
}

export function emptyPracticeDraft(today: string, source = ''): PracticeDraft {
  return { date: today, source, total: null, scores: {} };
}

/** The draft as the core's input; empty domain scores are left out, bad numbers sent as NaN for the core to name. */
export function practiceInputFrom(draft: PracticeDraft) {
  return {
    date: draft.date,
    source: draft.source,
    totalPercent: numberOrNaN(draft.total),
    domainScores: Object.entries(draft.scores).flatMap(([domainId, percent]) => (percent === null ? [] : [{ domainId, percent }])),
  };
}

/**
 * Date, source, total and per-domain scores of one practice exam. Errors come from the core,
 * keyed like `domainScores.1.percent`; `prefix` is `baseline.` inside the setup form.
 */
export function PracticeScoreFields({
  draft,
  onChange,
  domains,
  errors,
  prefix = '',
}: {
  draft: PracticeDraft;
  onChange: (draft: PracticeDraft) => void;
  domains: readonly PlanDomain[];
  errors: FieldErrors;
  prefix?: string;
}) {
  // The core numbers domain scores in the order they were sent: the filled-in ones.
  const sentIndex = (domainId: string) => Object.entries(draft.scores).filter(([, v]) => v !== null).findIndex(([id]) => id === domainId);
  return (
    <div className="subform">
      <div className="form-grid">
        <TextField label="Date taken" type="date" required value={draft.date} onChange={(date) => onChange({ ...draft, date })} error={errors[`${prefix}date`]} />
        <TextField label="Source" required value={draft.source} onChange={(source) => onChange({ ...draft, source })} error={errors[`${prefix}source`]} hint="The simulator, book or course it came from" />
        <NumberField label="Total score (%)" required value={draft.total} onChange={(total) => onChange({ ...draft, total })} error={errors[`${prefix}totalPercent`]} />
      </div>
      {domains.length > 0 ? (
        <div className="form-grid">
          {domains.map((d) => (
            <NumberField
              key={d.id}
              label={`${d.name} score (%)`}
              value={draft.scores[d.id] ?? null}
              onChange={(v) => onChange({ ...draft, scores: { ...draft.scores, [d.id]: v } })}
              error={errors[`${prefix}domainScores.${sentIndex(d.id)}.percent`] ?? errors[`${prefix}domainScores.${sentIndex(d.id)}.domainId`]}
              hint="Optional"
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}
