import { CheckboxField, NumberField } from '../../../components/fields';
import type { SectionProps } from './editorTypes';

export function ApplicationSection({ draft, edit, errors }: SectionProps) {
  const app = draft.application;
  return (
    <fieldset className="form-section">
      <legend>Application</legend>
      <CheckboxField
        label="The body reviews an application before the exam"
        checked={app !== null}
        onChange={(on) => edit((d) => void (d.application = on ? { auditResponseDays: null, eligibilityMonths: null, eligibilityStarts: null, attemptsAllowed: null, lockoutMonths: null, onLapse: null, audit: null } : null))}
      />
      {app ? (
        <div className="form-grid">
          <NumberField label="Days to answer an audit" value={app.auditResponseDays} error={errors['application.auditResponseDays']} onChange={(v) => edit((d) => void (d.application!.auditResponseDays = v))} />
          <NumberField label="Eligibility period (months)" value={app.eligibilityMonths} error={errors['application.eligibilityMonths']} onChange={(v) => edit((d) => void (d.application!.eligibilityMonths = v))} />
          <NumberField label="Exam attempts allowed" value={app.attemptsAllowed} error={errors['application.attemptsAllowed']} onChange={(v) => edit((d) => void (d.application!.attemptsAllowed = v))} />
          <NumberField label="Wait after the last failed attempt (months)" value={app.lockoutMonths} error={errors['application.lockoutMonths']} onChange={(v) => edit((d) => void (d.application!.lockoutMonths = v))} />
        </div>
      ) : null}
    </fieldset>
  );
}
