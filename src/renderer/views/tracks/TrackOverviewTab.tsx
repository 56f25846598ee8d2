import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Track } from '../../../shared/schemas/track';
import { useApi, useStores } from '../../app/AppContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatInstantDate } from '../../format/dates';
import { describeRenewal } from '../../../shared/describeRenewal';
import { STATUS_LABELS } from '../../format/labels';
import { useRemoveWithUndo } from '../../hooks/useRemoveWithUndo';
import { TrackNextStep } from './TrackNextStep';
import { OwnOutlinePanel } from '../catalog/rules/OwnOutlinePanel';
import { RulesUpdatePanel } from '../catalog/rules/RulesUpdatePanel';

export function TrackOverviewTab({ track }: { track: Track }) {
  const api = useApi();
  const { notices, catalog } = useStores();
  const navigate = useNavigate();
  const removeWithUndo = useRemoveWithUndo();
  const [confirm, setConfirm] = useState<'remove' | null>(null);
  const snapshot = track.snapshot;

  const run = async <T,>(action: () => Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>, success: string) => {
    const result = await action();
    if (!result.ok) {
      notices.getState().show({ kind: 'error', message: result.error.message });
      return false;
    }
    notices.getState().show({ kind: 'success', message: success });
    void catalog.getState().load();
    return true;
  };

  const archive = async (archived: boolean) => {
    const done = await run(() => api['tracks:set-archived']({ id: track.id, archived }), archived ? `Archived ${track.acronym}` : `Restored ${track.acronym}`);
    if (done && archived) {
      notices.getState().show({
        kind: 'info',
        message: `${track.acronym} is archived.`,
        action: { label: 'Undo', run: () => void api['tracks:set-archived']({ id: track.id, archived: false }) },
      });
    }
  };

  return (
    <div className="stack">
      <TrackNextStep track={track} />
      {track.newerRulesAvailable || track.keptOlderRules ? <RulesUpdatePanel target="track" id={track.id} /> : null}
      <section className="section" aria-labelledby="rules-heading">
        <h2 id="rules-heading">Rules this track follows</h2>
        <dl className="facts">
          <div className="fact-row">
            <dt>Ways to qualify</dt>
            <dd>{snapshot.paths.map((p) => p.name).join(' · ') || 'None'}</dd>
          </div>
          <div className="fact-row">
            <dt>Exam outline</dt>
            <dd>
              {track.outline.sentence}
              {track.outline.outline && track.outline.outline.domains.length > 0 ? (
                <span className="fact-detail">{track.outline.outline.domains.map((d) => `${d.name} ${d.weight}%`).join(' · ')}</span>
              ) : null}
            </dd>
          </div>
          <div className="fact-row">
            <dt>Renewal</dt>
            <dd>{describeRenewal(snapshot.maintenance)}</dd>
          </div>
          <div className="fact-row">
            <dt>Rules kept</dt>
            <dd>
              The catalog’s rules from when you started tracking (version {snapshot.revision}), kept so they cannot change under you; you choose when to move to
              newer ones.{' '}
              {track.certificationId ? <Link to={`/catalog/${encodeURIComponent(track.certificationId)}`}>See the catalog entry</Link> : '(the catalog entry was deleted)'}
            </dd>
          </div>
        </dl>
      </section>
      <OwnOutlinePanel track={track} />
      <section className="section" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ol className="history">
          {track.history.map((h, i) => (
            <li key={i}>
              <strong>{STATUS_LABELS[h.status]}</strong> — {h.reason} <span className="muted">({formatInstantDate(h.changedAt)})</span>
            </li>
          ))}
        </ol>
      </section>
      <section className="section" aria-labelledby="manage-heading">
        <h2 id="manage-heading">Manage</h2>
        <div className="inline-actions">
          <button type="button" className="button" onClick={() => void archive(!track.archived)}>
            {track.archived ? 'Restore track' : 'Archive track'}
          </button>
          <button type="button" className="button button-danger" onClick={() => setConfirm('remove')}>
            Remove track
          </button>
        </div>
      </section>
      <ConfirmDialog
        open={confirm === 'remove'}
        title={`Remove your ${track.acronym} track?`}
        confirmLabel="Remove track"
        danger
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          setConfirm(null);
          // Asked first (everything under the track goes), and still undoable for a few seconds.
          void removeWithUndo(() => api['tracks:remove']({ id: track.id }), `the ${track.acronym} track`).then((done) => {
            if (done) {
              void catalog.getState().load();
              void navigate('/tracks');
            }
          });
        }}
      >
        <p>Everything recorded under this track goes with it. Archive it instead if you may come back to it.</p>
      </ConfirmDialog>
    </div>
  );
}
