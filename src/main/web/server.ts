import { timingSafeEqual } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENT_NAMES } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { Core } from '../core/createCore';
import { SECURITY_HEADERS } from './securityHeaders';
import { resolveStaticPath, sendStaticFile } from './staticFiles';

export const LOOPBACK = '127.0.0.1';
/** Evidence files travel as base64 inside JSON; 40 MB of body is a 30 MB file. */
const MAX_BODY_BYTES = 40 * 1024 * 1024;
const METHOD_PATH = /^\/api\/([a-z][a-z0-9-]*:[a-z][a-z0-9-]*)$/;

export interface WebServerOptions {
  core: Core;
  rendererDir: string;
  token: string;
  /** 0 or undefined: a free port chosen by the OS. */
  port?: number;
  /** Test mode only: lets a test move the core's clock. */
  setClock?: (instant: Date) => void;
}

export interface RunningWebServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The loopback adapter around the core: static renderer files, `POST /api/<method>` with the
 * per-launch token, and server-sent events. It adds no behaviour of its own.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const streams = new Set<ServerResponse>();
  let port = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('Web host request failed', error);
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'The web host failed to answer'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Defeats DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends its own Host.
    if (!isLoopbackHost(req.headers.host, port)) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden: wrong Host');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);
    if (url.pathname === '/api/events') return openEventStream(req, res, url);
    if (url.pathname === '/__test/clock') return setTestClock(req, res);
    if (url.pathname.startsWith('/api/')) return callMethod(req, res, url.pathname);
    return serveStatic(req, res, url.pathname);
  }

  async function callMethod(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendJson(res, 405, failure('invalid_input', 'Use POST for API calls'));
      return;
    }
    if (!hasToken(bearerToken(req), options.token)) {
      sendJson(res, 401, failure('invalid_input', 'Missing or wrong access token'));
      return;
    }
    const match = METHOD_PATH.exec(path);
    if (!match?.[1]) {
      sendJson(res, 404, failure('not_found', `Unknown method "${path.slice('/api/'.length)}"`));
      return;
    }
    const body = await readJsonBody(req);
    if (!body.ok) {
      sendJson(res, body.status, failure('invalid_input', body.message));
      return;
    }
    const result = await options.core.call(match[1], body.value);
    const status = !result.ok && result.error.code === 'not_found' && result.error.details?.method ? 404 : 200;
    sendJson(res, status, result);
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse, url: URL): void {
    // EventSource cannot send headers, so this one endpoint takes the token as a query parameter.
    if (req.method !== 'GET' || !hasToken(url.searchParams.get('token'), options.token)) {
      sendJson(res, 401, failure('invalid_input', 'Missing or wrong access token'));
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const unsubscribes = EVENT_NAMES.map((name) =>
      options.core.on(name, (payload) => {
        res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
      }),
    );
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      streams.delete(res);
    });
  }

  async function setTestClock(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!options.setClock || req.method !== 'POST') {
      sendJson(res, 404, failure('not_found', 'Not found'));
      return;
    }
    if (!hasToken(bearerToken(req), options.token)) {
      sendJson(res, 401, failure('invalid_input', 'Missing or wrong access token'));
      return;
    }
    const body = await readJsonBody(req);
    const instant =
      body.ok && typeof body.value === 'object' && body.value !== null && 'now' in body.value
        ? new Date(String(body.value.now))
        : new Date(Number.NaN);
    if (Number.isNaN(instant.getTime())) {
      sendJson(res, 400, failure('invalid_input', 'now: use an ISO-8601 instant'));
      return;
    }
    options.setClock(instant);
    sendJson(res, 200, { ok: true, data: { now: instant.toISOString() } });
  }

  function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveStaticPath(options.rendererDir, pathname);
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    sendStaticFile(res, file, req.method === 'HEAD', SECURITY_HEADERS);
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolvePromise) => {
        for (const stream of streams) stream.end();
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}

export function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
}

function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : null;
}

function hasToken(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

type BodyResult = { ok: true; value: unknown } | { ok: false; status: number; message: string };

async function readJsonBody(req: IncomingMessage): Promise<BodyResult> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) {
    return { ok: false, status: 415, message: 'Send the input as application/json' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return { ok: false, status: 413, message: 'The request is too large' };
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON' };
  }
}

function failure(code: 'invalid_input' | 'not_found' | 'internal', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}
