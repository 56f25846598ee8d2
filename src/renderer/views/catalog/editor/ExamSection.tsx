import { NumberField, TextField } from '../../../components/fields';
import { OutlineFields } from '../rules/OutlineFields';
import { emptyOutline, nextId } from '../rules/ruleEditing';
import type { SectionProps } from './editorTypes';
import { FeesEditor } from './FeesEditor';

/**
 * The exam: one outline, or several when it changes on a date (each with the dates it applies;
 * their dates may not overlap), then delivery, passing and fees, which do not depend on the outline.
 */
export function ExamSection({ draft, edit, errors }: SectionProps) {
  const exam = draft.exam;
  const several = exam.outlines.length > 1;
  return (
    <fieldset className="form-section">
      <legend>Exam</legend>
      <p className="field-hint">Add a second outline when the exam changes on a date: a track uses the outline in force on its exam date.</p>
      {errors['exam.outlines'] ? <p className="field-error">{errors['exam.outlines']}</p> : null}
      {exam.outlines.map((outline, i) => (
        <div key={outline.id} className="stack">
          <OutlineFields
            outline={outline}
            label={several ? `Outline ${i + 1}` : 'Outline'}
            showDates={several}
            errorId={i === 0 ? 'domains-error' : `domains-error-${i + 1}`}
            err={(path) => errors[`exam.outlines.${i}.${path}`]}
            edit={(change) => edit((d) => change(d.exam.outlines[i]!))}
          />
          <button type="button" className="button button-small" onClick={() => edit((d) => void d.exam.outlines.splice(i, 1))}>
            {several ? 'Remove this outline' : 'Remove the outline (not known)'}
          </button>
        </div>
      ))}
      <button type="button" className="button button-small" onClick={() => edit((d) => void d.exam.outlines.push({ ...emptyOutline(nextId('outline', d.exam.outlines)), name: `Outline ${d.exam.outlines.length + 1}` }))}>
        + Add an outline
      </button>
      <div className="form-grid">
        <TextField label="Delivery" value={exam.delivery ?? ''} error={errors['exam.delivery']} onChange={(v) => edit((d) => void (d.exam.delivery = v.trim() ? v : null))} />
        <TextField label="How passing works" value={exam.passing ?? ''} error={errors['exam.passing']} onChange={(v) => edit((d) => void (d.exam.passing = v.trim() ? v : null))} />
        <NumberField label="Pass mark (%)" value={exam.passMarkPercent} error={errors['exam.passMarkPercent']} onChange={(v) => edit((d) => void (d.exam.passMarkPercent = v))} />
        <TextField
          label="Score bands, best first"
          value={exam.performanceBands.join(', ')}
          hint="Comma-separated, e.g. Above Target, Target, Below Target"
          error={errors['exam.performanceBands']}
          onChange={(v) => edit((d) => void (d.exam.performanceBands = v.split(',').map((s) => s.trim()).filter(Boolean)))}
        />
      </div>
      <div className="form-grid">
        <FeesEditor label="Exam fees" fees={exam.fees} prefix="exam.fees" errors={errors} onChange={(fees) => edit((d) => void (d.exam.fees = fees))} />
        <FeesEditor label="Retake fees" fees={exam.retakeFees} prefix="exam.retakeFees" errors={errors} onChange={(fees) => edit((d) => void (d.exam.retakeFees = fees))} />
      </div>
    </fieldset>
  );
}
