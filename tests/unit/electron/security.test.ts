import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registered } from './registered';

vi.mock('electron', () => ({}));

const { denyAllPermissions, isTrustedSender } = await import('../../../src/main/electron/security');

describe('isTrustedSender', () => {
  it.each([
    'app://certplan/index.html',
    'app://certplan/',
    'app://certplan/index.html#/catalog',
    'app://certplan/index.html?tab=prepare',
  ])('accepts the app page at %s', (url) => {
    expect(isTrustedSender({ url }, null)).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://certplan.evil.example/index.html',
    'app://user@certplan/index.html',
    'https://certplan/index.html',
    'https://example.com/',
    'http://localhost:5173/',
    'file:///work/main/out/renderer/index.html',
    'about:blank',
    'data:text/html,hi',
    '',
  ])('refuses %s', (url) => {
    expect(isTrustedSender({ url }, null)).toBe(false);
  });

  it('refuses a missing frame (navigated away or destroyed)', () => {
    expect(isTrustedSender(null, null)).toBe(false);
    expect(isTrustedSender(undefined, null)).toBe(false);
  });

  it('accepts the dev server only when it is the configured origin', () => {
    expect(isTrustedSender({ url: 'http://localhost:5173/index.html' }, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5174/' }, 'http://localhost:5173')).toBe(false);
    expect(isTrustedSender({ url: 'app://certplan/index.html' }, 'http://localhost:5173')).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('refuses every request and every check', () => {
    const recorded: {
      request?: (...args: unknown[]) => void;
      check?: (...args: unknown[]) => boolean;
    } = {};
    const session = {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => {
        recorded.request = handler;
      },
      setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => {
        recorded.check = handler;
      },
    };
    denyAllPermissions(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      registered(recorded.request, 'request handler')({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(registered(recorded.check, 'check handler')({}, permission, 'app://certplan', {})).toBe(false);
    }
  });
});
