import { useState } from 'react';
import { EDUCATION_LEVELS, type EducationLevel } from '../../../shared/schemas/certification';
import type { Profile } from '../../../shared/schemas/records';
import { useApi, useStores } from '../../app/AppContext';
import { CheckboxField, SelectField } from '../../components/fields';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { formatInstantDate } from '../../format/dates';
import { EDUCATION_LABELS } from '../../format/labels';
import { useCall } from '../../hooks/useCall';
import { type FieldErrors, toFieldErrors } from './fieldErrors';

const LEVEL_OPTIONS = [{ value: '' as const, label: 'Not set yet' }, ...EDUCATION_LEVELS.map((level) => ({ value: level, label: EDUCATION_LABELS[level] }))];
const canBeGac = (level: EducationLevel | '') => level !== '' && EDUCATION_LEVELS.indexOf(level) >= EDUCATION_LEVELS.indexOf('bachelor');

export function ProfileSection() {
  const api = useApi();
  const { state, reload } = useCall('profile:get', () => api['profile:get']({}), ['profile']);
  if (state.status === 'error' && !state.data) return <ErrorMessage error={state.error} onRetry={reload} />;
  if (!state.data) return <Loading />;
  // Keyed by the saved version so the form starts from what is stored after every save.
  return <ProfileForm key={state.data.updatedAt ?? 'new'} profile={state.data} />;
}

function ProfileForm({ profile }: { profile: Profile }) {
  const api = useApi();
  const { notices } = useStores();
  const [level, setLevel] = useState<EducationLevel | ''>(profile.educationLevel ?? '');
  const [gac, setGac] = useState(profile.gacAccredited);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    const result = await api['profile:update']({ educationLevel: level === '' ? null : level, gacAccredited: gac && canBeGac(level) });
    setSaving(false);
    if (!result.ok) {
      setErrors(toFieldErrors(result.error.details?.issues));
      if (!result.error.details?.issues) notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    setErrors({});
    notices.getState().show({ kind: 'success', message: 'Saved your education' });
  };

  return (
    <section className="section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Education</h2>
      <p className="section-lead">Set your highest completed education once. Every certification’s education requirement reads it.</p>
      <form
        className="narrow-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <SelectField label="Highest education level" value={level} options={LEVEL_OPTIONS} error={errors.educationLevel} onChange={(v) => {
          setLevel(v);
          if (!canBeGac(v)) setGac(false);
        }} />
        <CheckboxField
          label="My degree is from a GAC-accredited programme"
          checked={gac && canBeGac(level)}
          disabled={!canBeGac(level)}
          error={errors.gacAccredited}
          hint="PMI’s shorter paths (PMP with 24 months) ask for a bachelor’s or postgraduate degree from a programme accredited by PMI’s Global Accreditation Center. Available for a bachelor’s degree or higher."
          onChange={setGac}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save education'}
          </button>
        </div>
        {profile.updatedAt ? <p className="field-hint">Last saved {formatInstantDate(profile.updatedAt)}.</p> : null}
      </form>
    </section>
  );
}
