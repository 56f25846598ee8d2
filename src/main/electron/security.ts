import type { Session } from 'electron';
import { isAppUrl } from './appOrigin';

/** The part of Electron's WebFrameMain that the sender check reads. */
export interface SenderFrame {
  readonly url: string;
}

/**
 * Certplan needs no camera, location, notifications-by-web-API or any other web permission: every
 * request and every check is refused, for the app page and anything that might get loaded.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Only the app's own page may call the core: a frame that navigated elsewhere (or a destroyed
 * one, which Electron reports as null) is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, devServerOrigin: string | null): boolean {
  if (!frame) return false;
  return isAppUrl(frame.url, devServerOrigin);
}
