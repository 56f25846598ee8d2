import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/contentSecurityPolicy';

// The real electron package downloads its binary on first import: it must never load in tests.
const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const { registerAppProtocol, registerAppScheme, resolveAppPath, serveAppRequest } = await import(
  '../../../src/main/electron/protocol'
);

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'certplan-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Certplan</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  // A sibling whose name starts like the root: a naive startsWith(root) check would let it through.
  mkdirSync(join(base, 'renderer-secrets'));
  writeFileSync(join(base, 'renderer-secrets', 'key.txt'), 'secret');
  writeFileSync(join(base, 'secret.txt'), 'secret');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAppPath', () => {
  it('serves index.html for the root and for its own name', () => {
    expect(resolveAppPath(root, 'app://certplan/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://certplan/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://certplan/index.html#/catalog?x=1')).toBe(join(root, 'index.html'));
  });

  it('maps asset paths inside the folder', () => {
    expect(resolveAppPath(root, 'app://certplan/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, 'app://certplan/assets%2Findex-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
  });

  it.each([
    'app://certplan/..%2fsecret.txt',
    'app://certplan/%2e%2e%2fsecret.txt',
    'app://certplan/%2E%2E%2Fsecret.txt',
    'app://certplan/assets/..%2f..%2fsecret.txt',
    'app://certplan/..%2frenderer-secrets%2fkey.txt',
    'app://certplan/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    'app://certplan/..%5csecret.txt',
    'app://certplan/%2f%2fetc%2fpasswd',
    'app://certplan/index.html%00.js',
    'app://certplan/%E0%A4%A',
  ])('never leaves the folder for %s', (url) => {
    const resolved = resolveAppPath(root, url);
    if (resolved !== null) expect(resolved.startsWith(join(root, '/'))).toBe(true);
  });

  it('refuses encoded parent segments outright', () => {
    expect(resolveAppPath(root, 'app://certplan/..%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://certplan/%2e%2e%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://certplan/..%2frenderer-secrets%2fkey.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://certplan/..%5csecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://certplan/index.html%00.js')).toBeNull();
    expect(resolveAppPath(root, 'app://certplan/%E0%A4%A')).toBeNull();
  });

  it('refuses other hosts, schemes and garbage', () => {
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'https://certplan/index.html')).toBeNull();
    expect(resolveAppPath(root, 'not a url')).toBeNull();
  });
});

describe('serveAppRequest', () => {
  it('answers index.html with its type and the content security policy', async () => {
    const response = await serveAppRequest(root, 'app://certplan/index.html', 'GET');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Certplan</title>');
  });

  it('gives scripts and styles their types', async () => {
    const script = await serveAppRequest(root, 'app://certplan/assets/index-abc.js', 'GET');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBeNull();
    const style = await serveAppRequest(root, 'app://certplan/assets/index-abc.css', 'GET');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for escapes, folders and missing files', async () => {
    for (const url of [
      'app://certplan/..%2fsecret.txt',
      'app://certplan/../secret.txt',
      'app://certplan/assets',
      'app://certplan/missing.js',
      'app://elsewhere/index.html',
    ]) {
      const response = await serveAppRequest(root, url, 'GET');
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await serveAppRequest(root, 'app://certplan/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await serveAppRequest(root, 'app://certplan/index.html', 'POST')).status).toBe(405);
  });
});

describe('registration', () => {
  it('registers app:// as a standard, secure, fetch-capable scheme', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles app:// from the renderer folder', async () => {
    registerAppProtocol(root);
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as [
      string,
      (request: Pick<Request, 'url' | 'method'>) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    expect((await handler({ url: 'app://certplan/index.html', method: 'GET' })).status).toBe(200);
    expect((await handler({ url: 'app://certplan/..%2fsecret.txt', method: 'GET' })).status).toBe(404);
  });
});
