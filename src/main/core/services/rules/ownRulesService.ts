import type { ExamOutline, Maintenance } from '../../../../shared/schemas/certification';
import type { CredentialRepository } from '../../db/repositories/credentialRepository';
import type { TrackRepository } from '../../db/repositories/trackRepository';
import { maintenanceHasUnknowns } from '../../domain/rulesCompleteness';
import { notFound, ruleViolation } from '../../errors';

/**
 * Rules a person fills in where the catalog is silent — renewal rules for a credential they hold,
 * an exam outline for a track — stored with that credential or track only, never in the catalog.
 * They may only fill in what the catalog leaves Unknown: where the catalog knows, its rules apply.
 * The input is validated by the contract (OwnMaintenanceSchema / OwnOutlineSchema) before this runs.
 */
export class OwnRulesService {
  constructor(
    private readonly tracks: TrackRepository,
    private readonly credentials: CredentialRepository,
    /** Whether the catalog's outline in force for the track leaves something unknown. */
    private readonly outlineCanBeFilledIn: (trackId: string) => boolean,
    private readonly now: () => Date,
  ) {}

  setOwnRenewalRules(credentialId: string, maintenance: Maintenance): void {
    const credential = this.credentials.get(credentialId);
    if (!credential) throw notFound('credential', credentialId);
    if (!maintenanceHasUnknowns(credential.rules?.maintenance ?? null)) {
      throw ruleViolation(`The catalog knows how ${credential.acronym} is renewed; its rules apply, so there is nothing to fill in`, [
        { path: 'maintenance', message: 'The catalog’s renewal rules for this credential are complete' },
      ]);
    }
    this.credentials.setOwnMaintenance(credentialId, maintenance, this.now().toISOString());
  }

  clearOwnRenewalRules(credentialId: string): void {
    const credential = this.credentials.get(credentialId);
    if (!credential) throw notFound('credential', credentialId);
    this.credentials.setOwnMaintenance(credentialId, null, this.now().toISOString());
  }

  setOwnOutline(trackId: string, outline: ExamOutline): void {
    const track = this.tracks.get(trackId);
    if (!track) throw notFound('track', trackId);
    if (!track.ownOutline && !this.outlineCanBeFilledIn(trackId)) {
      throw ruleViolation(`The catalog knows the ${track.acronym} exam outline for your date; it applies, so there is nothing to fill in`, [
        { path: 'outline', message: 'The catalog’s exam outline for this track is complete' },
      ]);
    }
    this.tracks.setOwnOutline(trackId, outline, this.now().toISOString());
  }

  clearOwnOutline(trackId: string): void {
    if (!this.tracks.get(trackId)) throw notFound('track', trackId);
    this.tracks.setOwnOutline(trackId, null, this.now().toISOString());
  }
}
