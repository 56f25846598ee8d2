import type { ExamOutline } from '../../../../shared/schemas/certification';
import { NumberField, TextField } from '../../../components/fields';
import { type ErrorsOf, type Mutate, domainWeightTotal, nextId } from './ruleEditing';

/**
 * One exam outline: name, the dates it applies (where an exam changes on a date), size, time,
 * breaks, item types and domain weights. Used by the custom-entry editor and by a track's own
 * outline where the catalog's is unknown.
 */
export function OutlineFields({ outline, edit, err, label, showDates, errorId }: { outline: ExamOutline; edit: Mutate<ExamOutline>; err: ErrorsOf; label: string; showDates: boolean; errorId: string }) {
  const total = domainWeightTotal(outline);
  const domainsError = err('domains');
  const text = (v: string) => (v.trim() ? v : null);
  return (
    <fieldset className="subform outline-editor">
      <legend>{label}</legend>
      <div className="form-grid">
        <TextField label="Outline name" value={outline.name} error={err('name')} hint="e.g. July 2026 outline" onChange={(v) => edit((o) => void (o.name = v))} />
        {showDates ? (
          <>
            <TextField label="In force from" type="date" value={outline.effectiveFrom ?? ''} error={err('effectiveFrom')} hint="Empty: since before you know" onChange={(v) => edit((o) => void (o.effectiveFrom = v || null))} />
            <TextField label="In force until" type="date" value={outline.effectiveUntil ?? ''} error={err('effectiveUntil')} hint="Empty: still in force" onChange={(v) => edit((o) => void (o.effectiveUntil = v || null))} />
          </>
        ) : null}
      </div>
      <div className="form-grid">
        <NumberField label="Questions" value={outline.questions} error={err('questions')} onChange={(v) => edit((o) => void (o.questions = v))} />
        <NumberField label="Scored questions" value={outline.scoredQuestions} error={err('scoredQuestions')} onChange={(v) => edit((o) => void (o.scoredQuestions = v))} />
        <NumberField label="Duration (minutes)" value={outline.durationMinutes} error={err('durationMinutes')} onChange={(v) => edit((o) => void (o.durationMinutes = v))} />
      </div>
      <div className="form-grid">
        <TextField label="Item types" value={outline.format ?? ''} error={err('format')} onChange={(v) => edit((o) => void (o.format = text(v)))} />
        <TextField label="Breaks" value={outline.breaks ?? ''} error={err('breaks')} onChange={(v) => edit((o) => void (o.breaks = text(v)))} />
      </div>
      <fieldset className={`subform${domainsError ? ' field-invalid' : ''}`} aria-describedby={domainsError ? errorId : undefined}>
        <legend>Domains and weights</legend>
        <p className="field-hint">Weights are percentages of the exam and must add up to 100. Leave the list empty if they are not known.</p>
        {outline.domains.map((domain, i) => (
          <div key={domain.id} className="form-grid domain-row">
            <TextField label={`Domain ${i + 1} name`} value={domain.name} error={err(`domains.${i}.name`)} onChange={(v) => edit((o) => void (o.domains[i]!.name = v))} />
            <NumberField label={`Domain ${i + 1} weight (%)`} value={domain.weight} error={err(`domains.${i}.weight`)} onChange={(v) => edit((o) => void (o.domains[i]!.weight = v ?? Number.NaN))} />
            <button type="button" className="button button-small" onClick={() => edit((o) => void o.domains.splice(i, 1))}>
              Remove domain
            </button>
          </div>
        ))}
        {outline.domains.length > 0 ? (
          <p className={Math.abs(total - 100) > 0.01 ? 'weight-total off' : 'weight-total'} aria-live="polite">
            Total: {Number.isInteger(total) ? total : total.toFixed(2)}%
          </p>
        ) : null}
        {domainsError ? (
          <p className="field-error" id={errorId}>
            {domainsError}
          </p>
        ) : null}
        <button type="button" className="button button-small" onClick={() => edit((o) => void o.domains.push({ id: nextId('domain', o.domains), name: '', weight: 0 }))}>
          + Add domain
        </button>
      </fieldset>
    </fieldset>
  );
}
