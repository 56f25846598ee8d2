import { NumberField, TextField } from '../../../components/fields';
import { domainWeightTotal, nextId } from './draftModel';
import type { SectionProps } from './editorTypes';
import { FeesEditor } from './FeesEditor';

export function ExamSection({ draft, edit, errors }: SectionProps) {
  const exam = draft.exam;
  const total = domainWeightTotal(draft);
  const domainsError = errors['exam.domains'];
  return (
    <fieldset className="form-section">
      <legend>Exam</legend>
      <div className="form-grid">
        <NumberField label="Questions" value={exam.questions} error={errors['exam.questions']} onChange={(v) => edit((d) => void (d.exam.questions = v))} />
        <NumberField label="Scored questions" value={exam.scoredQuestions} error={errors['exam.scoredQuestions']} onChange={(v) => edit((d) => void (d.exam.scoredQuestions = v))} />
        <NumberField label="Duration (minutes)" value={exam.durationMinutes} error={errors['exam.durationMinutes']} onChange={(v) => edit((d) => void (d.exam.durationMinutes = v))} />
        <NumberField label="Pass mark (%)" value={exam.passMarkPercent} error={errors['exam.passMarkPercent']} onChange={(v) => edit((d) => void (d.exam.passMarkPercent = v))} />
      </div>
      <div className="form-grid">
        <TextField label="Format" value={exam.format ?? ''} error={errors['exam.format']} onChange={(v) => edit((d) => void (d.exam.format = v.trim() ? v : null))} />
        <TextField label="Delivery" value={exam.delivery ?? ''} error={errors['exam.delivery']} onChange={(v) => edit((d) => void (d.exam.delivery = v.trim() ? v : null))} />
        <TextField label="How passing works" value={exam.passing ?? ''} error={errors['exam.passing']} onChange={(v) => edit((d) => void (d.exam.passing = v.trim() ? v : null))} />
        <TextField
          label="Score bands, best first"
          value={exam.performanceBands.join(', ')}
          hint="Comma-separated, e.g. Above Target, Target, Below Target"
          error={errors['exam.performanceBands']}
          onChange={(v) => edit((d) => void (d.exam.performanceBands = v.split(',').map((s) => s.trim()).filter(Boolean)))}
        />
      </div>

      <fieldset className={`subform${domainsError ? ' field-invalid' : ''}`} aria-describedby={domainsError ? 'domains-error' : undefined}>
        <legend>Domains and weights</legend>
        <p className="field-hint">Weights are percentages of the exam and must add up to 100. Leave the list empty if they are not known.</p>
        {exam.domains.map((domain, i) => (
          <div key={domain.id} className="form-grid domain-row">
            <TextField label={`Domain ${i + 1} name`} value={domain.name} error={errors[`exam.domains.${i}.name`]} onChange={(v) => edit((d) => void (d.exam.domains[i]!.name = v))} />
            <NumberField label={`Domain ${i + 1} weight (%)`} value={domain.weight} error={errors[`exam.domains.${i}.weight`]} onChange={(v) => edit((d) => void (d.exam.domains[i]!.weight = v ?? Number.NaN))} />
            <button type="button" className="button button-small" onClick={() => edit((d) => void d.exam.domains.splice(i, 1))}>
              Remove domain
            </button>
          </div>
        ))}
        {exam.domains.length > 0 ? (
          <p className={Math.abs(total - 100) > 0.01 ? 'weight-total off' : 'weight-total'} aria-live="polite">
            Total: {Number.isInteger(total) ? total : total.toFixed(2)}%
          </p>
        ) : null}
        {domainsError ? (
          <p className="field-error" id="domains-error">
            {domainsError}
          </p>
        ) : null}
        <button type="button" className="button button-small" onClick={() => edit((d) => void d.exam.domains.push({ id: nextId('domain', d.exam.domains), name: '', weight: 0 }))}>
          + Add domain
        </button>
      </fieldset>
      <div className="form-grid">
        <FeesEditor label="Exam fees" fees={exam.fees} prefix="exam.fees" errors={errors} onChange={(fees) => edit((d) => void (d.exam.fees = fees))} />
        <FeesEditor label="Retake fees" fees={exam.retakeFees} prefix="exam.retakeFees" errors={errors} onChange={(fees) => edit((d) => void (d.exam.retakeFees = fees))} />
      </div>
    </fieldset>
  );
}
