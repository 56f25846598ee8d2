import type { CredentialService } from '../services/credentialService';
import type { RenewalService } from '../services/renewalService';
import type { OwnRulesService } from '../services/rules/ownRulesService';
import type { RulesAdoptionService, RulesTarget } from '../services/rules/rulesAdoptionService';
import type { TrackService } from '../services/trackService';
import type { AreaHandlers } from './handlers';

/** Newer catalog rules (preview, adopt, keep) and rules a person fills in, for tracks and credentials. */
export function rulesHandlers(
  adoption: RulesAdoptionService,
  own: OwnRulesService,
  tracks: TrackService,
  credentials: CredentialService,
  renewal: RenewalService,
  /** Resolves once a backup of the data before the change exists; rejects (nothing changes) if it cannot be taken. */
  backupBeforeRulesAdoption: (detail: string) => Promise<unknown> = () => Promise.resolve(),
): AreaHandlers<
  | 'tracks:adopt-latest-rules'
  | 'tracks:preview-rules-update'
  | 'tracks:keep-current-rules'
  | 'tracks:set-own-outline'
  | 'tracks:clear-own-outline'
  | 'credentials:preview-rules-update'
  | 'credentials:adopt-latest-rules'
  | 'credentials:keep-current-rules'
  | 'credentials:set-own-renewal-rules'
  | 'credentials:clear-own-renewal-rules'
> {
  const publicCredential = (id: string) => {
    const found = credentials.list().find((c) => c.id === id);
    if (!found) throw new Error(`Credential ${id} vanished after adopting rules`);
    return found;
  };
  // A backup before the rules a track or credential follows change (ARCHITECTURE §3 / issue 9).
  const backupFirst = async (target: RulesTarget) => {
    const preview = adoption.preview(target);
    if (preview.available) await backupBeforeRulesAdoption(`${preview.acronym}: before adopting the newer rules`);
  };
  return {
    'tracks:adopt-latest-rules': async ({ id }) => {
      await backupFirst({ kind: 'track', id });
      adoption.adoptLatestRules({ kind: 'track', id });
      return tracks.get(id);
    },
    'tracks:preview-rules-update': ({ id }) => adoption.preview({ kind: 'track', id }),
    'tracks:keep-current-rules': ({ id }) => adoption.keepCurrentRules({ kind: 'track', id }),
    'tracks:set-own-outline': ({ id, outline }) => {
      own.setOwnOutline(id, outline);
      return tracks.get(id);
    },
    'tracks:clear-own-outline': ({ id }) => {
      own.clearOwnOutline(id);
      return tracks.get(id);
    },
    'credentials:preview-rules-update': ({ id }) => adoption.preview({ kind: 'credential', id }),
    'credentials:adopt-latest-rules': async ({ id }) => {
      await backupFirst({ kind: 'credential', id });
      adoption.adoptLatestRules({ kind: 'credential', id });
      return publicCredential(id);
    },
    'credentials:keep-current-rules': ({ id }) => adoption.keepCurrentRules({ kind: 'credential', id }),
    'credentials:set-own-renewal-rules': ({ id, maintenance }) => {
      own.setOwnRenewalRules(id, maintenance);
      return renewal.view(id);
    },
    'credentials:clear-own-renewal-rules': ({ id }) => {
      own.clearOwnRenewalRules(id);
      return renewal.view(id);
    },
  };
}
