import type { RenewalView } from '../../../shared/schemas/renewal';
import { CredentialStatusBadge } from '../../components/StatusBadge';
import { OwnRenewalRulesPanel } from '../catalog/rules/OwnRenewalRulesPanel';
import { RulesUpdatePanel } from '../catalog/rules/RulesUpdatePanel';
import { ActivitiesSection } from './ActivitiesSection';
import { CycleSection } from './CycleSection';
import { PacingSection } from './PacingSection';
import { ProgressSection } from './ProgressSection';
import { RenewSection } from './RenewSection';
import { RenewalRoutes } from './RenewalRoutes';
import { FairStartPanel } from './fairStart/FairStartPanel';

/**
 * Everything about keeping one credential alive, shared by the credential page and a track's
 * Maintain tab: status and next step, the cycle (with its audit packet), CE progress after caps,
 * pacing, the activities, and the renewal itself.
 */
export function RenewalPanel({ view, onCycleChange }: { view: RenewalView; onCycleChange: (index: number | undefined) => void }) {
  const kind = view.maintenance?.kind ?? null;
  const open = view.cycleIndex !== null && view.cycles[view.cycleIndex]?.state === 'open';
  return (
    <div className="stack">
      <section className="section" aria-labelledby="renewal-status-heading">
        <h2 id="renewal-status-heading">Status</h2>
        <p className="status-line">
          <CredentialStatusBadge status={view.status} /> <span>{view.statusText}</span>
        </p>
        {view.nextAction ? (
          <p>
            <strong>Next:</strong> {view.nextAction}
          </p>
        ) : null}
        {view.outsideCycles > 0 ? (
          <p className="callout callout-warning" role="status">
            {view.outsideCycles === 1 ? '1 activity is' : `${view.outsideCycles} activities are`} dated outside every cycle of this credential (its earned
            date may have changed) and count nowhere.
          </p>
        ) : null}
        {kind === 'none' || kind === 'unknown' || kind === null ? <p className="muted">{view.maintenance?.notes ?? 'No renewal rules were recorded with this credential.'}</p> : null}
      </section>
      {view.fairStart?.state === 'pending' && open ? <FairStartPanel view={view} /> : null}
      {view.credential.newerRulesAvailable || view.credential.keptOlderRules ? <RulesUpdatePanel target="credential" id={view.credential.id} /> : null}
      <OwnRenewalRulesPanel view={view} />
      {view.cycles.length > 0 ? <CycleSection view={view} onCycleChange={onCycleChange} /> : null}
      {view.progress ? <ProgressSection progress={view.progress} requirement={view.requirement} /> : null}
      {view.pacing && view.progress ? <PacingSection credentialId={view.credential.id} pacing={view.pacing} unitName={view.progress.unitName} /> : null}
      {kind === 'continuing-education' && view.cycleIndex !== null ? <ActivitiesSection view={view} canLog={open} /> : null}
      {view.fairStart && view.fairStart.state !== 'pending' && open ? <FairStartPanel view={view} /> : null}
      {open && (kind === 'continuing-education' || kind === 'retake') ? <RenewSection key={view.cycles.at(-1)?.start} view={view} /> : null}
      {open ? <RenewalRoutes view={view} /> : null}
    </div>
  );
}
