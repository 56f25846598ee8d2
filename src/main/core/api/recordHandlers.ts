import type { ExperienceService } from '../services/experienceService';
import type { ProfileService } from '../services/profileService';
import type { TrainingService } from '../services/trainingService';
import type { AreaHandlers } from './handlers';

export function recordHandlers(
  profile: ProfileService,
  experience: ExperienceService,
  training: TrainingService,
): AreaHandlers<
  | 'profile:get'
  | 'profile:update'
  | 'experience:list'
  | 'experience:add'
  | 'experience:update'
  | 'experience:remove'
  | 'experience:get-timeline'
  | 'training:list'
  | 'training:add'
  | 'training:update'
  | 'training:remove'
> {
  return {
    'profile:get': () => profile.get(),
    'profile:update': (input) => profile.update(input),
    'experience:list': () => experience.list(),
    'experience:add': (input) => experience.add(input),
    'experience:update': ({ id, ...entry }) => experience.update(id, entry),
    'experience:remove': ({ id }) => experience.remove(id),
    'experience:get-timeline': ({ trackId, requirementId }) => experience.timeline(trackId, requirementId),
    'training:list': () => training.list(),
    'training:add': (input) => training.add(input),
    'training:update': ({ id, ...entry }) => training.update(id, entry),
    'training:remove': ({ id }) => training.remove(id),
  };
}
