import type { CertplanApi } from '../../shared/contract';
import { createAppInfoStore } from './createAppInfoStore';
import { createCatalogStore } from './createCatalogStore';
import { createDashboardStore } from './createDashboardStore';
import { createNoticeStore } from './createNoticeStore';
import { createReminderStore } from './createReminderStore';
import { createSettingsStore } from './createSettingsStore';
import { createUnsavedStore } from './createUnsavedStore';

/** All stores for one api client; tests build them around a real host client or a fake one. */
export function createStores(api: CertplanApi) {
  return {
    appInfo: createAppInfoStore(api),
    catalog: createCatalogStore(api),
    dashboard: createDashboardStore(api),
    notices: createNoticeStore(),
    reminders: createReminderStore(api),
    settings: createSettingsStore(api),
    unsaved: createUnsavedStore(),
  };
}

export type Stores = ReturnType<typeof createStores>;
