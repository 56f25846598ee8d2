import type { PracticeService } from '../services/practiceService';
import type { AreaHandlers } from './handlers';

export function practiceHandlers(
  practice: PracticeService,
): AreaHandlers<'practice:list' | 'practice:add' | 'practice:remove' | 'practice:preview-import' | 'practice:import'> {
  return {
    'practice:list': ({ trackId }) => practice.list(trackId),
    'practice:add': (input) => practice.add(input),
    'practice:remove': ({ id }) => practice.remove(id),
    'practice:preview-import': ({ trackId, csvText, mapping, dateOrder }) => practice.previewImport(trackId, csvText, mapping, dateOrder),
    'practice:import': (input) => practice.import(input),
  };
}
