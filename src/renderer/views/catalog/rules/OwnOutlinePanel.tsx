import { useState } from 'react';
import type { ExamOutline } from '../../../../shared/schemas/certification';
import type { Track } from '../../../../shared/schemas/track';
import { useApi, useStores } from '../../../app/AppContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormActions } from '../../../components/FormActions';
import { OutlineFields } from './OutlineFields';
import { checkOwnOutline, emptyOutline } from './ruleEditing';

/**
 * Where the catalog's exam outline for a track is Unknown (no domains, size or time), the person
 * fills in their own: the plan, the suggested goal and readiness follow it. It is stored with the
 * track only and can be removed to go back to the catalog's.
 */
export function OwnOutlinePanel({ track }: { track: Track }) {
  const api = useApi();
  const { notices } = useStores();
  const own = track.outline.source === 'own';
  const [editing, setEditing] = useState<ExamOutline | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  if (!own && !track.outline.canFillIn) return null;

  const start = () => {
    const known = track.ownOutline ?? track.outline.outline;
    setEditing(known ? { ...structuredClone(known), id: known.id, effectiveFrom: null, effectiveUntil: null } : emptyOutline());
  };

  const save = async () => {
    if (!editing) return;
    const checked = checkOwnOutline(editing);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    const result = await api['tracks:set-own-outline']({ id: track.id, outline: checked.value });
    setBusy(false);
    if (!result.ok) {
      setErrors(Object.fromEntries((result.error.details?.issues ?? []).map((i) => [i.path.replace(/^outline\.?/, ''), i.message])));
      notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    setEditing(null);
    setErrors({});
    notices.getState().show({ kind: 'success', message: `Saved your ${track.acronym} exam outline; the plan follows it` });
  };

  const clear = async () => {
    setConfirmClear(false);
    const result = await api['tracks:clear-own-outline']({ id: track.id });
    if (!result.ok) notices.getState().show({ kind: 'error', message: result.error.message });
    else notices.getState().show({ kind: 'success', message: `${track.acronym} follows the catalog’s exam outline again` });
  };

  return (
    <section className="section" aria-labelledby="own-outline-heading">
      <h2 id="own-outline-heading">{own ? 'Your exam outline' : 'Exam outline: fill in what is unknown'}</h2>
      <p>
        {own
          ? 'Certplan plans with the outline you filled in, stored with this track only.'
          : 'The catalog does not know this exam’s size, time or domain weights. If you know them (from the body’s exam guide), fill them in so the plan can split study time by domain.'}
      </p>
      {editing ? (
        <form
          className="editor"
          noValidate
          aria-label={`Exam outline for ${track.acronym}`}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {Object.keys(errors).length ? (
            <div className="error-box" role="alert">
              <p>Fix this before saving:</p>
              <ul>
                {Object.entries(errors).map(([path, message]) => (
                  <li key={path}>{path ? `${path}: ${message}` : message}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <OutlineFields
            outline={editing}
            label="Outline"
            showDates={false}
            errorId="own-outline-domains-error"
            err={(path) => errors[path]}
            edit={(change) =>
              setEditing((current) => {
                if (!current) return current;
                const next = structuredClone(current);
                change(next);
                return next;
              })
            }
          />
          <FormActions busy={busy} submitLabel="Save my exam outline" onCancel={() => setEditing(null)} />
        </form>
      ) : (
        <div className="inline-actions">
          <button type="button" className="button" onClick={start}>
            {own ? 'Edit my exam outline' : 'Fill in the exam outline'}
          </button>
          {own ? (
            <button type="button" className="button" onClick={() => setConfirmClear(true)}>
              Use the catalog’s outline again
            </button>
          ) : null}
        </div>
      )}
      <ConfirmDialog open={confirmClear} title={`Remove your ${track.acronym} exam outline?`} confirmLabel="Remove my outline" danger onCancel={() => setConfirmClear(false)} onConfirm={() => void clear()}>
        <p>The plan will follow the catalog’s outline again. Your sessions and practice scores stay as they are.</p>
      </ConfirmDialog>
    </section>
  );
}
