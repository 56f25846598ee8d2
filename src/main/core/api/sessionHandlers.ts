import { pageRequestOf } from '../../../shared/schemas/pages';
import type { StudySessionService } from '../services/studySessionService';
import type { AreaHandlers } from './handlers';

export function sessionHandlers(
  sessions: StudySessionService,
): AreaHandlers<
  | 'sessions:list'
  | 'sessions:add'
  | 'sessions:update'
  | 'sessions:remove'
  | 'sessions:start-timer'
  | 'sessions:stop-timer'
  | 'sessions:discard-timer'
> {
  return {
    'sessions:list': ({ trackId, ...page }) => {
      const request = pageRequestOf(page);
      return request ? sessions.listPage(trackId, request) : sessions.list(trackId);
    },
    'sessions:add': (input) => sessions.add(input),
    'sessions:update': ({ id, patch }) => sessions.update(id, patch),
    'sessions:remove': ({ id }) => sessions.remove(id),
    'sessions:start-timer': (input) => sessions.startTimer(input),
    'sessions:stop-timer': ({ trackId }) => sessions.stopTimer(trackId),
    'sessions:discard-timer': ({ trackId }) => sessions.discardTimer(trackId),
  };
}
