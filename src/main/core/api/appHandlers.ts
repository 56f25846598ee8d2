import type { AppInfo } from '../../../shared/contract/app';
import type { SettingsService } from '../services/settingsService';
import type { AreaHandlers } from './handlers';

export function appHandlers(
  info: () => AppInfo,
  settings: SettingsService,
): AreaHandlers<'app:info' | 'settings:get' | 'settings:update'> {
  return {
    'app:info': () => info(),
    'settings:get': () => settings.get(),
    'settings:update': ({ patch }) => settings.update(patch),
  };
}
