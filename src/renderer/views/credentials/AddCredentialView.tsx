import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApi, useSlice, useStores } from '../../app/AppContext';
import { PageHeader } from '../../components/PageHeader';
import { SelectField, TextField } from '../../components/fields';
import { useCall } from '../../hooks/useCall';

type Errors = Record<string, string>;

/**
 * Record a credential earned before using Certplan: from the catalog (its renewal rules come
 * with it) or by name. A pass recorded on a track's Exam tab creates the credential by itself.
 */
export function AddCredentialView() {
  const api = useApi();
  const { notices, appInfo } = useStores();
  const today = useSlice(appInfo, (s) => s.info.data?.today ?? '');
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const catalog = useCall('catalog:all', () => api['catalog:list']({}), ['catalog']);
  const options = useMemo(
    () => [
      { value: '', label: 'Not in the catalog (enter its name)' },
      ...(catalog.state.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.acronym}: ${c.name} (${c.body})` })),
    ],
    [catalog.state.data],
  );
  const [certificationId, setCertificationId] = useState(search.get('certificationId') ?? '');
  const [name, setName] = useState('');
  const [acronym, setAcronym] = useState('');
  const [body, setBody] = useState('');
  const [earnedOn, setEarnedOn] = useState('');
  const [credentialNumber, setCredentialNumber] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    const result = await api['credentials:add']({
      certificationId: certificationId || null,
      ...(certificationId ? {} : { name, acronym, body }),
      earnedOn,
      credentialNumber: credentialNumber.trim() || null,
      notes,
    });
    setSaving(false);
    if (!result.ok) {
      const issues = result.error.details?.issues ?? [];
      setErrors(Object.fromEntries(issues.map((i) => [i.path, i.message])));
      setProblem(issues.length === 0 ? result.error.message : null);
      return;
    }
    notices.getState().show({ kind: 'success', message: `Added ${result.data.acronym}` });
    navigate(`/credentials/${encodeURIComponent(result.data.id)}`);
  };

  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Dashboard</Link> <span aria-hidden="true">›</span> <span>Add a credential</span>
      </nav>
      <PageHeader title="Add a credential you hold" subtitle="Its renewal cycle starts on the day you earned it; Certplan then plans the rest of the cycle and reminds you in time." />
      <form
        className="form-section"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {problem ? (
          <div className="error-box" role="alert">
            <p>{problem}</p>
          </div>
        ) : null}
        <SelectField label="Certification" value={certificationId} options={options} error={errors.certificationId} onChange={setCertificationId} />
        {certificationId === '' ? (
          <div className="form-grid">
            <TextField label="Name" required value={name} error={errors.name} onChange={setName} />
            <TextField label="Acronym" value={acronym} error={errors.acronym} onChange={setAcronym} />
            <TextField label="Certifying body" value={body} error={errors.body} onChange={setBody} />
          </div>
        ) : null}
        <div className="form-grid">
          <TextField label="Earned on" type="date" required value={earnedOn} error={errors.earnedOn} hint={`The day you passed; up to ${today || 'today'}`} onChange={setEarnedOn} />
          <TextField label="Credential number" value={credentialNumber} error={errors.credentialNumber} onChange={setCredentialNumber} />
        </div>
        <TextField label="Notes" multiline value={notes} error={errors.notes} onChange={setNotes} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? 'Adding…' : 'Add credential'}
          </button>
          <Link className="button" to="/">
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}
