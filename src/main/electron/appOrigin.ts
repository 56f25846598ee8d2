/**
 * Where the renderer lives. In a built app it is served by the `app://` protocol from the renderer
 * build folder; under `electron-vite dev` it comes from the Vite dev server. Nothing else is ever
 * trusted with the preload's API or allowed to replace the app page.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'certplan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export interface RendererLocation {
  /** The URL the window loads first. */
  entryUrl: string;
  /** The Vite dev server's origin in development, else null. */
  devServerOrigin: string | null;
}

/**
 * The dev server URL is honoured only when the app is not packaged: an environment variable must
 * never be able to point a shipped app, preload and all, at another site.
 */
export function rendererLocation(devServerUrl: string | undefined, isPackaged: boolean): RendererLocation {
  if (!isPackaged && devServerUrl) {
    const parsed = parseUrl(devServerUrl);
    if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
      return { entryUrl: parsed.href, devServerOrigin: parsed.origin };
    }
  }
  return { entryUrl: APP_ENTRY_URL, devServerOrigin: null };
}

/**
 * Whether `url` belongs to the app itself. Compares scheme and host explicitly: Node's URL gives
 * the origin `"null"` for schemes it does not know, so `url.origin` cannot be used for `app:`.
 */
export function isAppUrl(url: string, devServerOrigin: string | null): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  return devServerOrigin !== null && parsed.origin === devServerOrigin;
}

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
