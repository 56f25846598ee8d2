import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { EDUCATION_LEVELS, type EducationLevel } from '../../../shared/schemas/certification';
import type { Profile } from '../../../shared/schemas/records';
import { useApi, useStores } from '../../app/AppContext';
import { CheckboxField, SelectField } from '../../components/fields';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { formatInstantDate } from '../../format/dates';
import { EDUCATION_LABELS } from '../../format/labels';
import { useErrorFocus } from '../../forms/useErrorFocus';
import { useCall } from '../../hooks/useCall';
import { type FieldErrors, toFieldErrors } from './fieldErrors';
import { returnLabel, safeReturnPath } from './returnPath';

const LEVEL_OPTIONS = [{ value: '' as const, label: 'Not set yet' }, ...EDUCATION_LEVELS.map((level) => ({ value: level, label: EDUCATION_LABELS[level] }))];
const canBeGac = (level: EducationLevel | '') => level !== '' && EDUCATION_LEVELS.indexOf(level) >= EDUCATION_LEVELS.indexOf('bachelor');

/**
 * The education profile. Opened from a track or the guided start (`returnTo`), saving goes back
 * there, like every other record form.
 */
export function ProfileSection() {
  const api = useApi();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('returnTo'));
  const { state, reload } = useCall('profile:get', () => api['profile:get']({}), ['profile']);
  if (state.status === 'error' && !state.data) return <ErrorMessage error={state.error} onRetry={reload} />;
  if (!state.data) return <Loading />;
  // Keyed by the saved version so the form starts from what is stored after every save.
  return <ProfileForm key={state.data.updatedAt ?? 'new'} profile={state.data} returnTo={returnTo} onSaved={returnTo ? () => void navigate(returnTo) : undefined} />;
}

export function ProfileForm({
  profile,
  returnTo = null,
  onSaved,
  submitLabel = 'Save education',
  embedded = false,
}: {
  profile: Profile;
  returnTo?: string | null;
  onSaved?: (() => void) | undefined;
  submitLabel?: string;
  /** Inside another page's step (the guided start): the form alone, without its own section. */
  embedded?: boolean;
}) {
  const api = useApi();
  const { notices } = useStores();
  const [level, setLevel] = useState<EducationLevel | ''>(profile.educationLevel ?? '');
  const [gac, setGac] = useState(profile.gacAccredited);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const formRef = useErrorFocus(errors);

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
    onSaved?.();
  };

  const form = (
    <form
      ref={formRef}
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
        hint="Rare: PMI’s shorter paths (PMP with 24 months) ask for a degree from a programme accredited by PMI’s Global Accreditation Center (GAC). Leave it unticked if you are not sure."
        onChange={setGac}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        {returnTo ? (
          <Link className="button" to={returnTo}>
            {returnLabel(returnTo)}
          </Link>
        ) : null}
      </div>
      {profile.updatedAt ? <p className="field-hint">Last saved {formatInstantDate(profile.updatedAt)}.</p> : null}
    </form>
  );
  if (embedded) return form;
  return (
    <section className="section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Education</h2>
      <p className="section-lead">Set your highest completed education once. Every certification’s education requirement reads it.</p>
      {form}
    </section>
  );
}
