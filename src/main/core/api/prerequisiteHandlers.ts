import type { ApplicationPackService } from '../services/applicationPackService';
import type { ApplicationService } from '../services/applicationService';
import type { EligibilityService } from '../services/eligibilityService';
import type { AreaHandlers } from './handlers';

export function prerequisiteHandlers(
  eligibility: EligibilityService,
  applications: ApplicationService,
  pack: ApplicationPackService,
): AreaHandlers<
  | 'eligibility:get'
  | 'checks:set'
  | 'applications:get'
  | 'applications:record'
  | 'applications:remove-event'
  | 'applications:export-pack'
> {
  return {
    'eligibility:get': ({ trackId }) => eligibility.get(trackId),
    'checks:set': ({ trackId, requirementId, checked }) => eligibility.setCheck(trackId, requirementId, checked),
    'applications:get': ({ trackId }) => applications.get(trackId),
    'applications:record': (input) => applications.record(input),
    'applications:remove-event': ({ trackId, eventId }) => applications.removeEvent(trackId, eventId),
    'applications:export-pack': ({ trackId, format }) => pack.export(trackId, format),
  };
}
