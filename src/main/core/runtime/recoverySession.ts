import { METHOD_NAMES } from '../../../shared/contract';
import type { AppInfo } from '../../../shared/contract/app';
import { DEFAULT_SETTINGS } from '../../../shared/schemas/settings';
import type { AreaHandlers, HandlerTable } from '../api/handlers';
import type { BackupMethod } from '../api/backupHandlers';
import { AppFailure } from '../errors';
import type { Session } from './session';

export type BackupHandlerTable = AreaHandlers<BackupMethod>;

const IN_RECOVERY =
  'Certplan’s data file is damaged or empty, so this is not available until it is recovered. Use the recovery screen: restore a backup, save what can be read, or start fresh.';

/**
 * The core while its database cannot be used: backups, restore, import, export of what can be
 * read and "start fresh" work; `app:info` and `settings:get` answer (the screen needs a version
 * and a theme); every other method says why it cannot, as a `storage` error, without touching
 * the damaged file.
 */
export function openRecoverySession(backupHandlers: BackupHandlerTable, info: () => AppInfo): Session {
  const refused = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      () => {
        throw new AppFailure('storage', IN_RECOVERY);
      },
    ]),
  ) as unknown as HandlerTable;
  return {
    mode: 'recovery',
    db: null,
    handlers: {
      ...refused,
      'app:info': () => info(),
      'settings:get': () => DEFAULT_SETTINGS,
      ...backupHandlers,
    },
    refresh: () => undefined,
    close: () => undefined,
  };
}
