import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { useApi, useSlice, useStores } from '../../app/AppContext';
import { DraftNote } from '../../components/DraftNote';
import { PageHeader } from '../../components/PageHeader';
import { SelectField, TextField } from '../../components/fields';
import { formatDay } from '../../format/dates';
import { useDraft } from '../../forms/useDraft';
import { useErrorFocus } from '../../forms/useErrorFocus';
import { useCall } from '../../hooks/useCall';
import { returnLabel, safeReturnPath } from '../records/returnPath';

type Errors = Record<string, string>;

const DraftSchema = z.strictObject({
  certificationId: z.string().max(200),
  name: z.string().max(1000),
  acronym: z.string().max(200),
  body: z.string().max(1000),
  earnedOn: z.string().max(10),
  credentialNumber: z.string().max(500),
  notes: z.string().max(20_000),
});
type Draft = z.infer<typeof DraftSchema>;

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
  const returnTo = safeReturnPath(search.get('returnTo'));
  const form = useDraft({
    key: 'credential:add-page',
    initial: { certificationId: search.get('certificationId') ?? '', name: '', acronym: '', body: '', earnedOn: '', credentialNumber: '', notes: '' },
    schema: DraftSchema,
    label: 'the credential',
  });
  const { certificationId, name, acronym, body, earnedOn, credentialNumber, notes } = form.draft;
  const set = (key: keyof Draft) => (value: string) => form.setDraft((d) => ({ ...d, [key]: value }));
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useErrorFocus([errors, problem]);

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
    form.saved();
    notices.getState().show({ kind: 'success', message: `Added ${result.data.acronym}` });
    void navigate(returnTo ?? `/credentials/${encodeURIComponent(result.data.id)}`);
  };

  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Dashboard</Link> <span aria-hidden="true">›</span> <span>Add a credential</span>
      </nav>
      <PageHeader title="Add a credential you hold" subtitle="Its renewal cycle starts on the day you earned it; Certplan then plans the rest of the cycle and reminds you in time." />
      <form
        ref={formRef}
        className="form-section"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <DraftNote restored={form.restored} dropped={form.dropped} onDiscard={form.discard} />
        {problem ? (
          <div className="error-box" role="alert">
            <p>{problem}</p>
          </div>
        ) : null}
        <SelectField label="Certification" value={certificationId} options={options} error={errors.certificationId} onChange={set('certificationId')} />
        {certificationId === '' ? (
          <div className="form-grid">
            <TextField label="Name" required value={name} error={errors.name} onChange={set('name')} />
            <TextField label="Acronym" value={acronym} error={errors.acronym} onChange={set('acronym')} />
            <TextField label="Certifying body" value={body} error={errors.body} onChange={set('body')} />
          </div>
        ) : null}
        <div className="form-grid">
          <TextField label="Earned on" type="date" required value={earnedOn} error={errors.earnedOn} hint={today ? `The day you passed, up to today (${formatDay(today)})` : 'The day you passed'} onChange={set('earnedOn')} />
          <TextField label="Credential number" value={credentialNumber} error={errors.credentialNumber} onChange={set('credentialNumber')} />
        </div>
        <TextField label="Notes" multiline value={notes} error={errors.notes} onChange={set('notes')} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? 'Adding…' : 'Add credential'}
          </button>
          <Link className="button" to={returnTo ?? '/'} onClick={() => form.discard()}>
            {returnTo ? returnLabel(returnTo) : 'Cancel'}
          </Link>
        </div>
      </form>
    </div>
  );
}
