import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useApi, useStores } from '../../app/AppContext';
import { Badge } from '../../components/Badge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useCall } from '../../hooks/useCall';
import { LEVEL_LABELS } from '../../format/labels';
import { ExamSection } from './detail/ExamSection';
import { FactNote } from './detail/FactNote';
import { LadderSection } from './detail/LadderSection';
import { MaintenanceSection } from './detail/MaintenanceSection';
import { PathsSection } from './detail/PathsSection';
import { SourcesSection } from './detail/SourcesSection';
import { nameWithAcronym } from '../../format/titles';

export function CertificationDetailView() {
  const { id = '' } = useParams();
  const api = useApi();
  const { notices, catalog } = useStores();
  const navigate = useNavigate();
  const { state, reload } = useCall(`catalog:get:${id}`, () => api['catalog:get']({ id }), ['catalog', 'tracks']);
  const names = useCall('catalog:names', () => api['catalog:list']({}), ['catalog']);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [busy, setBusy] = useState(false);

  if (state.status === 'error' && !state.data) return <ErrorMessage error={state.error} onRetry={() => void reload()} />;
  if (!state.data) return <Loading label="Loading certification…" />;
  const { certification: cert, ladders, trackId, trackCount } = state.data;
  const byId = new Map((names.state.data?.items ?? []).map((c) => [c.id, c.acronym]));
  const nameOf = (certId: string) => byId.get(certId) ?? certId;

  const track = async () => {
    setBusy(true);
    const result = await api['tracks:create']({ certificationId: cert.id });
    setBusy(false);
    if (!result.ok) {
      notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    notices.getState().show({ kind: 'success', message: `Now tracking ${cert.acronym}` });
    void catalog.getState().load();
    navigate(`/tracks/${encodeURIComponent(result.data.id)}`);
  };

  const remove = async () => {
    setConfirmDelete(false);
    const result = await api['catalog:delete-custom']({ id: cert.id });
    if (!result.ok) {
      notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    notices.getState().show({ kind: 'success', message: `Deleted ${cert.acronym}` });
    void catalog.getState().load();
    navigate('/catalog');
  };

  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/catalog">Catalog</Link> <span aria-hidden="true">›</span> <span>{cert.acronym}</span>
      </nav>
      <PageHeader
        eyebrow={
          <>
            {cert.body} · {LEVEL_LABELS[cert.level]} {cert.origin === 'custom' ? <Badge>Custom</Badge> : null}
          </>
        }
        title={nameWithAcronym(cert.name, cert.acronym)}
        actions={
          <>
            {trackId ? (
              <Link className="button button-primary" to={`/tracks/${encodeURIComponent(trackId)}`}>
                Open my track
              </Link>
            ) : (
              <button type="button" className="button button-primary" disabled={busy} onClick={() => void track()}>
                Track this certification
              </button>
            )}
            <Link className="button" to={`/catalog/new?from=${encodeURIComponent(cert.id)}`}>
              Copy and edit
            </Link>
            {cert.origin === 'custom' ? (
              <>
                <Link className="button" to={`/catalog/${encodeURIComponent(cert.id)}/edit`}>
                  Edit
                </Link>
                <button type="button" className="button button-danger" onClick={() => setConfirmDelete(true)}>
                  Delete
                </button>
              </>
            ) : null}
          </>
        }
      />
      <section className="section" aria-label="Overview">
        <p className="lead">{cert.summary || 'No description.'}</p>
        {cert.url ? (
          <p>
            <a href={cert.url} target="_blank" rel="noreferrer noopener">
              Official page
            </a>
          </p>
        ) : null}
        <FactNote cert={cert} fact="overview" />
      </section>
      <PathsSection cert={cert} nameOf={nameOf} />
      <ExamSection cert={cert} />
      <MaintenanceSection cert={cert} />
      <LadderSection ladders={ladders} currentId={cert.id} />
      <SourcesSection cert={cert} />
      <ConfirmDialog
        open={confirmDelete}
        title={`Delete ${cert.acronym}?`}
        confirmLabel="Delete"
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>The custom certification “{cert.name}” will be removed from the catalog.</p>
        {trackCount > 0 ? (
          <p>
            {trackCount === 1 ? 'Your track of it keeps' : `Your ${trackCount} tracks of it keep`} their own copy of the rules and stay
            as they are.
          </p>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
