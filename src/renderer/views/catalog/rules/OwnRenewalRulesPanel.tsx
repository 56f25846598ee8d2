import { useState } from 'react';
import type { Maintenance } from '../../../../shared/schemas/certification';
import type { RenewalView } from '../../../../shared/schemas/renewal';
import { useApi, useStores } from '../../../app/AppContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormActions } from '../../../components/FormActions';
import { MaintenanceFacts } from '../detail/MaintenanceSection';
import { MaintenanceFields } from './MaintenanceFields';
import { checkOwnMaintenance, ownMaintenanceFrom } from './ruleEditing';

/**
 * Where the catalog does not know how a held credential is renewed (or leaves part of it
 * Unknown), the person fills the rules in here. They are stored with this credential only; the
 * catalog entry is never changed, and the person can go back to the catalog's rules.
 */
export function OwnRenewalRulesPanel({ view }: { view: RenewalView }) {
  const api = useApi();
  const { notices } = useStores();
  const own = view.rulesSource === 'own';
  const [editing, setEditing] = useState<Maintenance | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const id = view.credential.id;
  const acronym = view.credential.acronym;
  if (!own && !view.canFillIn) return null;

  const save = async () => {
    if (!editing) return;
    const checked = checkOwnMaintenance(editing);
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessages(checked.messages);
      return;
    }
    setBusy(true);
    const result = await api['credentials:set-own-renewal-rules']({ id, maintenance: checked.value });
    setBusy(false);
    if (!result.ok) {
      setErrors(Object.fromEntries((result.error.details?.issues ?? []).map((i) => [i.path.replace(/^maintenance\.?/, ''), i.message])));
      setMessages([result.error.message]);
      return;
    }
    setEditing(null);
    setErrors({});
    setMessages([]);
    notices.getState().show({ kind: 'success', message: `Saved your renewal rules for ${acronym}` });
  };

  const clear = async () => {
    setConfirmClear(false);
    const result = await api['credentials:clear-own-renewal-rules']({ id });
    if (!result.ok) notices.getState().show({ kind: 'error', message: result.error.message });
    else notices.getState().show({ kind: 'success', message: `${acronym} follows the catalog’s renewal rules again` });
  };

  return (
    <section className="section" aria-labelledby="own-rules-heading">
      <h2 id="own-rules-heading">{own ? 'Your renewal rules' : 'Renewal rules: fill in what is unknown'}</h2>
      {own ? (
        <p>You filled in these renewal rules for your {acronym}; Certplan uses them instead of the catalog’s. They are stored with this credential only.</p>
      ) : (
        <p>
          The catalog does not know all of how {acronym} is renewed. If you know the rules (from the body’s handbook or your account), fill them in: they are
          stored with this credential only, and the catalog entry stays as it is.
        </p>
      )}
      {editing ? (
        <form
          className="editor"
          noValidate
          aria-label={`Renewal rules for ${acronym}`}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {messages.length ? (
            <div className="error-box" role="alert">
              <p>Fix this before saving:</p>
              <ul>
                {messages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <MaintenanceFields
            maintenance={editing}
            allowUnknown={false}
            errors={errors}
            prefix=""
            edit={(change) =>
              setEditing((current) => {
                if (!current) return current;
                const next = structuredClone(current);
                change(next);
                return next;
              })
            }
          />
          <FormActions busy={busy} submitLabel="Save my renewal rules" onCancel={() => setEditing(null)} />
        </form>
      ) : (
        <>
          {own && view.maintenance ? <MaintenanceFacts maintenance={view.maintenance} /> : null}
          <div className="inline-actions">
            <button type="button" className="button" onClick={() => setEditing(ownMaintenanceFrom(view.maintenance))}>
              {own ? 'Edit my renewal rules' : 'Fill in the renewal rules'}
            </button>
            {own ? (
              <button type="button" className="button" onClick={() => setConfirmClear(true)}>
                Use the catalog’s rules again
              </button>
            ) : null}
          </div>
        </>
      )}
      <ConfirmDialog open={confirmClear} title={`Remove your renewal rules for ${acronym}?`} confirmLabel="Remove my rules" danger onCancel={() => setConfirmClear(false)} onConfirm={() => void clear()}>
        <p>{acronym} will follow the catalog’s renewal rules again. Your activities stay as they are; how they count follows the catalog’s rules.</p>
      </ConfirmDialog>
    </section>
  );
}
