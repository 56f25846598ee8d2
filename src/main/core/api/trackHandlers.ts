import type { TrackService } from '../services/trackService';
import type { AreaHandlers } from './handlers';

export function trackHandlers(
  tracks: TrackService,
): AreaHandlers<
  | 'tracks:list'
  | 'tracks:get'
  | 'tracks:create'
  | 'tracks:set-archived'
  | 'tracks:remove'
> {
  return {
    'tracks:list': ({ includeArchived }) => tracks.list(includeArchived),
    'tracks:get': ({ id }) => tracks.get(id),
    'tracks:create': ({ certificationId }) => tracks.create(certificationId),
    'tracks:set-archived': ({ id, archived }) => tracks.setArchived(id, archived),
    'tracks:remove': ({ id }) => tracks.remove(id),
  };
}
