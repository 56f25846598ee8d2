import { useState } from 'react';
import type { RenewalView } from '../../../shared/schemas/renewal';
import { useApi, useStores } from '../../app/AppContext';
import { SelectField } from '../../components/fields';
import { saveFile } from '../../files/saveFile';
import { formatDay } from '../../format/dates';

/** The cycle on show (any past one can be picked), its dates, and its audit packet. */
export function CycleSection({ view, onCycleChange }: { view: RenewalView; onCycleChange: (index: number | undefined) => void }) {
  const api = useApi();
  const { notices } = useStores();
  const [exporting, setExporting] = useState(false);
  const cycle = view.cycleIndex === null ? undefined : view.cycles[view.cycleIndex];
  if (!cycle) return null;
  const last = view.cycles.length - 1;

  const exportPacket = async () => {
    setExporting(true);
    const result = await api['renewal:export-audit-packet']({ credentialId: view.credential.id, cycleIndex: cycle.index });
    setExporting(false);
    if (!result.ok) {
      notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    saveFile(result.data.fileName, result.data.mediaType, { base64: result.data.contentBase64 });
    notices.getState().show({ kind: 'success', message: `Saved ${result.data.fileName}` });
  };

  return (
    <section className="section" aria-labelledby="cycle-heading">
      <h2 id="cycle-heading">Renewal cycle</h2>
      {view.cycles.length > 1 ? (
        <SelectField
          label="Cycle shown"
          value={String(cycle.index)}
          options={view.cycles.map((c) => ({
            value: String(c.index),
            label: `Cycle ${c.index + 1}: ${formatDay(c.start)} to ${formatDay(c.end)}${c.state === 'open' ? ' (current)' : ' (renewed)'}`,
          }))}
          onChange={(value) => onCycleChange(Number(value) === last ? undefined : Number(value))}
        />
      ) : null}
      <dl className="facts">
        <div className="fact-row">
          <dt>Cycle</dt>
          <dd>
            {formatDay(cycle.start)} to {formatDay(cycle.end)} (cycle {cycle.index + 1})
          </dd>
        </div>
        <div className="fact-row">
          <dt>If not renewed</dt>
          <dd>
            {cycle.suspensionEnd
              ? `Suspended until ${formatDay(cycle.suspensionEnd)}, then expired from ${formatDay(cycle.expiresOn)}`
              : `Expired from ${formatDay(cycle.expiresOn)}`}
          </dd>
        </div>
        <div className="fact-row">
          <dt>Renewal</dt>
          <dd>
            {cycle.renewal
              ? `Submitted ${formatDay(cycle.renewal.submittedOn)}${cycle.renewal.approvedOn ? `, approved ${formatDay(cycle.renewal.approvedOn)}` : ', awaiting approval'}${cycle.renewal.feePaid ? ', fee paid' : ', fee not yet paid'}`
              : 'Not yet submitted'}
          </dd>
        </div>
      </dl>
      {view.maintenance?.kind === 'continuing-education' ? (
        <div className="inline-actions">
          <button type="button" className="button" disabled={exporting} onClick={() => void exportPacket()}>
            {exporting ? 'Preparing the audit packet…' : 'Export audit packet (.zip)'}
          </button>
          <span className="muted">Summary and evidence of this cycle, named so an auditor can match them.</span>
        </div>
      ) : null}
    </section>
  );
}
