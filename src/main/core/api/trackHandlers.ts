import type { TrackService } from '../services/trackService';
import type { AreaHandlers } from './handlers';

export function trackHandlers(
  tracks: TrackService,
  /** Resolves once a backup of the data before the change exists; rejects (nothing changes) if it cannot be taken. */
  backupBeforeRulesAdoption: (detail: string) => Promise<unknown> = () => Promise.resolve(),
): AreaHandlers<
  | 'tracks:list'
  | 'tracks:get'
  | 'tracks:create'
  | 'tracks:set-archived'
  | 'tracks:remove'
  | 'tracks:adopt-latest-rules'
> {
  return {
    'tracks:list': ({ includeArchived }) => tracks.list(includeArchived),
    'tracks:get': ({ id }) => tracks.get(id),
    'tracks:create': ({ certificationId }) => tracks.create(certificationId),
    'tracks:set-archived': ({ id, archived }) => tracks.setArchived(id, archived),
    'tracks:remove': ({ id }) => tracks.remove(id),
    'tracks:adopt-latest-rules': async ({ id }) => {
      const track = tracks.get(id);
      if (track.newerRulesAvailable) await backupBeforeRulesAdoption(`${track.acronym}: before adopting the newer rules`);
      return tracks.adoptLatestRules(id);
    },
  };
}
