import { useState } from 'react';
import type { RulesUpdatePreview } from '../../../../shared/schemas/rulesUpdate';
import { useApi, useStores } from '../../../app/AppContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useCall } from '../../../hooks/useCall';

const SECTION_LABELS: Record<RulesUpdatePreview['changes'][number]['section'], string> = {
  overview: 'Overview',
  prerequisites: 'Prerequisites',
  exam: 'Exam',
  application: 'Application',
  renewal: 'Renewal',
  sources: 'Sources',
};

/**
 * Newer catalog rules for a track or a credential: what changes, field by field, which figures
 * Certplan derives from the person's records would move, and the choice — adopt them, or keep
 * the rules followed now. Nothing the person entered changes either way.
 */
export function RulesUpdatePanel({ target, id }: { target: 'track' | 'credential'; id: string }) {
  const api = useApi();
  const { notices, catalog } = useStores();
  const preview = useCall(`rules-preview:${target}:${id}`, () => (target === 'track' ? api['tracks:preview-rules-update']({ id }) : api['credentials:preview-rules-update']({ id })), [
    'tracks',
    'credentials',
    'catalog',
    'ce',
  ]);
  const [confirm, setConfirm] = useState(false);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const data = preview.state.data;
  if (!data || !data.available) return null;

  const adopt = async () => {
    setConfirm(false);
    setBusy(true);
    const result = target === 'track' ? await api['tracks:adopt-latest-rules']({ id }) : await api['credentials:adopt-latest-rules']({ id });
    setBusy(false);
    if (!result.ok) {
      notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    notices.getState().show({ kind: 'success', message: `${data.acronym} now follows rules revision ${data.toRevision}` });
    void catalog.getState().load();
  };

  const keep = async () => {
    setBusy(true);
    const result = target === 'track' ? await api['tracks:keep-current-rules']({ id }) : await api['credentials:keep-current-rules']({ id });
    setBusy(false);
    if (!result.ok) {
      notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    setOpen(false);
    notices.getState().show({ kind: 'info', message: `${data.acronym} keeps rules revision ${data.fromRevision}. You can still adopt the newer ones here.` });
  };

  const collapsed = data.kept && !open;
  return (
    <section className={`callout ${collapsed ? 'callout-info' : 'callout-warning'} rules-update`} aria-labelledby={`rules-update-${id}`}>
      <h2 id={`rules-update-${id}`}>{collapsed ? `You kept ${data.acronym}’s earlier rules` : `Newer ${data.acronym} rules in the catalog`}</h2>
      {collapsed ? (
        <p>
          This {target} follows rules revision {data.fromRevision}; the catalog has revision {data.toRevision}.{' '}
          <button type="button" className="button button-small" onClick={() => setOpen(true)}>
            Review the changes
          </button>
        </p>
      ) : (
        <>
          <p>
            This {target} follows rules revision {data.fromRevision}; the catalog now has revision {data.toRevision}. It keeps its rules until you choose.
            Nothing you entered changes either way — only what Certplan works out from it.
          </p>
          <ChangeList preview={data} />
          {data.derived.length > 0 ? (
            <table className="data-table compact">
              <caption>What Certplan would work out differently from your records</caption>
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">Now</th>
                  <th scope="col">With the new rules</th>
                </tr>
              </thead>
              <tbody>
                {data.derived.map((d) => (
                  <tr key={d.label}>
                    <th scope="row">{d.label}</th>
                    <td>{d.before}</td>
                    <td>{d.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">Your records come out the same under both sets of rules.</p>
          )}
          {data.ownRulesNote ? <p>{data.ownRulesNote}</p> : null}
          <div className="inline-actions">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => setConfirm(true)}>
              Adopt the new rules
            </button>
            {!data.kept ? (
              <button type="button" className="button" disabled={busy} onClick={() => void keep()}>
                Keep my current rules
              </button>
            ) : (
              <button type="button" className="button" onClick={() => setOpen(false)}>
                Close
              </button>
            )}
          </div>
        </>
      )}
      <ConfirmDialog open={confirm} title={`Adopt ${data.acronym} rules revision ${data.toRevision}?`} confirmLabel="Adopt the new rules" onCancel={() => setConfirm(false)} onConfirm={() => void adopt()}>
        <p>
          This {target} will follow the catalog’s current rules from now on ({data.changes.length} {data.changes.length === 1 ? 'change' : 'changes'}). Your records stay as they are;
          the adoption is written to its history.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function ChangeList({ preview }: { preview: RulesUpdatePreview }) {
  const sections = [...new Set(preview.changes.map((c) => c.section))];
  return (
    <div className="rule-changes">
      {sections.map((section) => (
        <div key={section}>
          <h3>{SECTION_LABELS[section]}</h3>
          <ul>
            {preview.changes
              .filter((c) => c.section === section)
              .map((c) => (
                <li key={c.text}>{c.text}</li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
