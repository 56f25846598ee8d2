import type { PracticeService } from '../services/practiceService';
import type { PreparationService } from '../services/preparationService';
import { holidayCountries } from '../services/publicHolidays';
import type { AreaHandlers } from './handlers';

export function preparationHandlers(
  preparation: PreparationService,
  practice: PracticeService,
): AreaHandlers<'prep:get' | 'prep:setup' | 'prep:add-break' | 'prep:remove-break' | 'prep:replan' | 'prep:move-item' | 'prep:get-progress' | 'readiness:get' | 'holidays:list-countries'> {
  return {
    'prep:get': ({ trackId }) => preparation.view(trackId),
    'prep:setup': (input) => preparation.setup(input),
    'prep:add-break': (input) => preparation.addBreak(input),
    'prep:remove-break': ({ trackId, breakId }) => preparation.removeBreak(trackId, breakId),
    'prep:replan': ({ trackId }) => preparation.replan(trackId),
    'prep:move-item': (input) => preparation.moveItem(input),
    'holidays:list-countries': () => holidayCountries(),
    'prep:get-progress': ({ trackId }) => preparation.progress(trackId),
    'readiness:get': ({ trackId }) => practice.readiness(trackId),
  };
}
