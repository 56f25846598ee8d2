import type { CertplanApi } from '../../shared/contract';
import { createHttpClient, takeTokenFromLocation } from './createHttpClient';

declare global {
  interface Window {
    /** Present in the desktop app: the preload's contract functions. */
    certplan?: CertplanApi;
  }
}

export type Connection = { ok: true; api: CertplanApi } | { ok: false; message: string };

/** The renderer does not care which host it runs in: it gets one CertplanApi either way. */
export function connect(): Connection {
  if (window.certplan) return { ok: true, api: window.certplan };
  const token = takeTokenFromLocation(window.location, window.sessionStorage, window.history);
  if (!token) {
    return {
      ok: false,
      message:
        'This page needs the address the web host printed, including its #token=… part. Run `npm run web` and open the address it shows.',
    };
  }
  return { ok: true, api: createHttpClient(window.location.origin + '/', token) };
}
