import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useApi, useStores } from '../../../app/AppContext';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useCall } from '../../../hooks/useCall';
import { ApplicationSection } from './ApplicationSection';
import { BasicsSection } from './BasicsSection';
import { type Draft, type FieldErrors, draftFrom, emptyDraft, validateDraft } from './draftModel';
import type { Edit } from './editorTypes';
import { ExamSection } from './ExamSection';
import { MaintenanceSection } from './MaintenanceSection';
import { PathsSection } from './PathsSection';
import { SourcesSection } from './SourcesSection';

/**
 * Create (blank or copied) and edit custom certifications. Validation uses the core's own schema
 * and shows each message next to its field; nothing is sent until the draft is valid.
 */
export function CertificationEditorView() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const fromId = search.get('from');
  const sourceId = id ?? fromId;
  const api = useApi();
  const { notices, catalog } = useStores();
  const navigate = useNavigate();
  const source = useCall(sourceId ? `catalog:get:${sourceId}` : null, () => api['catalog:get']({ id: sourceId ?? '' }));
  const list = useCall('catalog:names', () => api['catalog:list']({}));
  const catalogOptions = useMemo(() => (list.state.data?.items ?? []).map((c) => ({ id: c.id, acronym: c.acronym })), [list.state.data]);
  const nameOf = (certId: string) => catalogOptions.find((c) => c.id === certId)?.acronym ?? certId;

  const [edited, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const loaded = source.state.data;
  // Until the first edit, the form shows the blank draft or the loaded entry (a copy when new).
  const initial = useMemo(
    () => (sourceId ? (loaded ? draftFrom(loaded.certification, id === undefined) : null) : emptyDraft()),
    [sourceId, loaded, id],
  );
  const draft = edited ?? initial;

  if (sourceId && source.state.status === 'error') return <ErrorMessage error={source.state.error} />;
  if (!draft) return <Loading label="Loading…" />;
  if (id && loaded && loaded.certification.origin !== 'custom') {
    return <ErrorMessage error={{ code: 'rule_violation', message: 'Built-in entries cannot be edited; use “Copy and edit” instead.' }} />;
  }

  const revalidate = (next: Draft) => {
    const result = validateDraft(next, nameOf);
    setErrors(result.ok ? {} : result.errors);
    setMessages(result.ok ? [] : result.messages);
    return result;
  };

  const edit: Edit = (change) => {
    const next = structuredClone(draft);
    change(next);
    setDraft(next);
    if (submitted) revalidate(next);
  };

  const save = async () => {
    setSubmitted(true);
    const result = revalidate(draft);
    if (!result.ok) {
      summaryRef.current?.focus();
      return;
    }
    setSaving(true);
    const saved = id
      ? await api['catalog:update-custom']({ id, certification: result.draft })
      : await api['catalog:create-custom']({ certification: result.draft });
    setSaving(false);
    if (!saved.ok) {
      const fieldErrors = Object.fromEntries((saved.error.details?.issues ?? []).map((i) => [i.path.replace(/^certification\./, ''), i.message]));
      setErrors(fieldErrors);
      setMessages([saved.error.message]);
      summaryRef.current?.focus();
      return;
    }
    notices.getState().show({ kind: 'success', message: `Saved ${saved.data.acronym}` });
    void catalog.getState().load();
    navigate(`/catalog/${encodeURIComponent(saved.data.id)}`);
  };

  const title = id ? `Edit ${draft.acronym || 'certification'}` : fromId ? 'New custom certification (copy)' : 'New custom certification';
  const sectionProps = { draft, edit, errors };

  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/catalog">Catalog</Link> <span aria-hidden="true">›</span> <span>{title}</span>
      </nav>
      <PageHeader title={title} subtitle="Your own entry: use it for a credential the catalog lacks, or to adjust a built-in one to the rules you were given." />
      <form
        className="editor"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div ref={summaryRef} tabIndex={-1} className={messages.length ? 'error-box' : 'visually-hidden'} role={messages.length ? 'alert' : undefined}>
          {messages.length ? (
            <>
              <p>
                {messages.length === 1 ? 'Fix this before saving:' : `Fix these ${messages.length} problems before saving:`}
              </p>
              <ul>
                {messages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        <BasicsSection {...sectionProps} />
        <PathsSection {...sectionProps} catalog={catalogOptions} />
        <ExamSection {...sectionProps} />
        <ApplicationSection {...sectionProps} />
        <MaintenanceSection {...sectionProps} />
        <SourcesSection {...sectionProps} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? 'Saving…' : id ? 'Save changes' : 'Create certification'}
          </button>
          <Link className="button" to={id ? `/catalog/${encodeURIComponent(id)}` : '/catalog'}>
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}
