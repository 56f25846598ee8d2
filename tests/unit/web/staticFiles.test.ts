import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../../src/main/web/server';
import { resolveStaticPath } from '../../../src/main/web/staticFiles';

const root = mkdtempSync(join(tmpdir(), 'certplan-static-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<html></html>');
writeFileSync(join(root, 'assets', 'app.js'), '');
writeFileSync(join(root, '..', 'outside-secret.txt'), 'secret');

describe('static files', () => {
  it('serves index.html for / and files inside the folder', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
  });

  it.each(['/../outside-secret.txt', '/%2e%2e/outside-secret.txt', '/assets/%2e%2e/%2e%2e/outside-secret.txt', '/..%2foutside-secret.txt', '/%00', '/%E0%A4%A', '/assets', '/missing.js'])(
    'refuses %s',
    (path) => expect(resolveStaticPath(root, path)).toBeNull(),
  );
});

describe('Host check', () => {
  it('accepts the loopback address and port only', () => {
    expect(isLoopbackHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isLoopbackHost('localhost:4000', 4000)).toBe(true);
    expect(isLoopbackHost('127.0.0.1:4001', 4000)).toBe(false);
    expect(isLoopbackHost('evil.example:4000', 4000)).toBe(false);
    expect(isLoopbackHost(undefined, 4000)).toBe(false);
  });
});
