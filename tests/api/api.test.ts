import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src/shared/contract';
import { type WebHost, startWebHost } from '../support/webHost';
import { METHOD_CASES } from './cases';

let host: WebHost;
beforeAll(async () => {
  host = await startWebHost({ clock: '2026-11-25T10:00:00.000Z' });
});
afterAll(async () => {
  await host.stop();
});

describe('every contract method over HTTP', () => {
  it('has a good and a bad case for each method', () => {
    expect(Object.keys(METHOD_CASES).sort()).toEqual([...METHOD_NAMES].sort());
  });

  for (const method of METHOD_NAMES) {
    const cases = METHOD_CASES[method];
    if (!cases) continue;
    it(`${method} answers good input`, async () => {
      await cases.good(host);
    });
    it(`${method} rejects bad input naming the field`, async () => {
      const { status, body } = await host.call(method, await cases.bad.input(host));
      expect(status).toBe(200);
      expect(body.ok).toBe(false);
      if (body.ok) return;
      expect(body.error.code).toBe(cases.bad.code ?? 'invalid_input');
      expect(body.error.details?.issues?.map((i) => i.path)).toContain(cases.bad.field);
    });
  }
});

describe('the web host edge', () => {
  it('refuses an unknown method with 404', async () => {
    const { status, body } = await host.call('catalog:explode', {});
    expect(status).toBe(404);
    expect(body).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a call without the token (401) or with a wrong one', async () => {
    for (const auth of [undefined, 'Bearer nope', `Bearer ${host.token}x`]) {
      const response = await fetch(`${host.baseUrl}api/app:info`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) },
        body: '{}',
      });
      expect(response.status).toBe(401);
    }
  });

  it('refuses a request whose Host is not the loopback address and port (403)', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`]) {
      expect(await rawStatus(host.port, '/', hostHeader)).toBe(403);
      expect(await rawStatus(host.port, '/api/app:info', hostHeader, 'POST', host.token)).toBe(403);
    }
    expect(await rawStatus(host.port, '/', `127.0.0.1:${host.port}`)).toBe(200);
  });

  it('answers non-JSON and malformed bodies with a clear error', async () => {
    const notJson = await fetch(`${host.baseUrl}api/app:info`, { method: 'POST', headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'text/plain' }, body: 'x' });
    expect(notJson.status).toBe(415);
    const broken = await fetch(`${host.baseUrl}api/app:info`, { method: 'POST', headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' }, body: '{"' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'The request body is not valid JSON' } });
  });

  it('serves the renderer with the CSP and no CORS headers, and nothing outside it', async () => {
    const page = await fetch(host.baseUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    expect(await page.text()).toContain('<div id="root">');
    expect(await rawStatus(host.port, '/../package.json', `127.0.0.1:${host.port}`)).toBe(404);
    expect(await rawStatus(host.port, '/%2e%2e/main/web.js', `127.0.0.1:${host.port}`)).toBe(404);
  });

  it('streams data:changed events to a client holding the token', async () => {
    const controller = new AbortController();
    const response = await fetch(`${host.baseUrl}api/events?token=${host.token}`, { signal: controller.signal });
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await host.call('settings:update', { patch: { theme: 'light' } });
    let text = '';
    while (!text.includes('data:changed')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += new TextDecoder().decode(chunk.value);
    }
    controller.abort();
    expect(text).toContain('event: data:changed\ndata: {"areas":["settings"]}');
    const denied = await fetch(`${host.baseUrl}api/events?token=wrong`);
    expect(denied.status).toBe(401);
  });
});

function rawStatus(port: number, path: string, hostHeader: string, method = 'GET', token?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, headers: { Host: hostHeader, 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}
