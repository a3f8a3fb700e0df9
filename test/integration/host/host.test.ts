import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/core/handlers';
import { StoreSession } from '../../../electron/core/store/session';
import { resolveStaticPath } from '../../../electron/host/staticFiles';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { TEST_KDF, tempDir } from '../helpers';

let host: RunningHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(now?: () => number): Promise<RunningHost> {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html lang="nl"></html>');
  writeFileSync(join(dir, 'secret.txt'), 'geheim');
  const session = new StoreSession(join(dir, 'data'), { kdfCost: TEST_KDF });
  host = await startHost({ rendererDir, handlers: createHandlers({ session, actor: 't' }), ...(now ? { now } : {}) });
  return host;
}

function call(
  h: RunningHost,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: h.port, path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const ipcHeaders = (h: RunningHost) => ({ 'content-type': 'application/json', 'x-werkbank-token': h.token });

describe('Browser host: the same dispatch as Electron, reachable only from this machine', () => {
  it('listens on 127.0.0.1 on a random port and prints a start link with a code, never the token', async () => {
    const h = await start();
    const link = h.startUrl();
    expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${h.port}/\\?start=[0-9a-f]{32}$`));
    expect(link).not.toContain(h.token);
  });

  it('answers an IPC call with the token through dispatch', async () => {
    const h = await start();
    const r = await call(h, '/ipc/session:status', { method: 'POST', headers: ipcHeaders(h), body: '{}' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { state: 'nieuw' } });
  });

  it('refuses IPC without the token, with a wrong token, or without a JSON content type', async () => {
    const h = await start();
    const noToken = await call(h, '/ipc/session:status', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
    const wrong = await call(h, '/ipc/session:status', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-werkbank-token': 'f'.repeat(48) },
      body: '{}',
    });
    expect(wrong.status).toBe(401);
    const form = await call(h, '/ipc/session:status', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-werkbank-token': h.token },
      body: '{}',
    });
    expect(form.status).toBe(415);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const h = await start();
    const rebinding = await call(h, '/', { headers: { host: `evil.example:${h.port}` } });
    expect(rebinding.status).toBe(421);
    const foreign = await call(h, '/ipc/session:status', {
      method: 'POST',
      headers: { ...ipcHeaders(h), origin: 'http://evil.example' },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
  });

  it('refuses Host: localhost:PORT (not our exact address) and Origin: null', async () => {
    const h = await start();
    const localhost = await call(h, '/', { headers: { host: `localhost:${h.port}` } });
    expect(localhost.status).toBe(421);
    const nullOrigin = await call(h, '/ipc/session:status', { method: 'POST', headers: { ...ipcHeaders(h), origin: 'null' }, body: '{}' });
    expect(nullOrigin.status).toBe(403);
  });

  it('closes the connection after answering 413 to an oversized body', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'renderer'));
    const session = new StoreSession(join(dir, 'data'), { kdfCost: TEST_KDF });
    host = await startHost({ rendererDir: join(dir, 'renderer'), handlers: createHandlers({ session, actor: 't' }), maxBodyBytes: 1024 });
    const h = host;
    const socket = connect(h.port, '127.0.0.1');
    let answer = '';
    socket.on('data', (c: Buffer) => (answer += c.toString()));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write(
      `POST /ipc/session:status HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\ncontent-type: application/json\r\nx-werkbank-token: ${h.token}\r\ncontent-length: 100000\r\n\r\n`,
    );
    socket.write('x'.repeat(4096)); // more than allowed, far less than announced: the host must not wait for the rest
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer.toLowerCase()).toContain('connection: close');
  });

  it('answers bad JSON and schema failures with BAD_INPUT', async () => {
    const h = await start();
    const bad = await call(h, '/ipc/session:unlock', { method: 'POST', headers: ipcHeaders(h), body: '{nope' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const schema = await call(h, '/ipc/session:unlock', { method: 'POST', headers: ipcHeaders(h), body: '{"passphrase":""}' });
    const parsed = JSON.parse(schema.body) as { ok: boolean; error: { code: string; message: string } };
    expect(parsed).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(parsed.error.message).toContain('passphrase');
  });

  it('serves the renderer with a strict Content-Security-Policy and nothing outside its folder', async () => {
    const h = await start();
    const index = await call(h, '/');
    expect(index.status).toBe(200);
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'");
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt']) {
      const r = await call(h, path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('geheim');
    }
  });
});

describe('Browser host: the start code is exchanged once, within a minute, by our own page only', () => {
  /** `origin: null` sends no Origin header at all. */
  const exchange = (h: RunningHost, code: string, origin: string | null = `http://127.0.0.1:${h.port}`) =>
    call(h, '/auth/start', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(origin === null ? {} : { origin }) },
      body: JSON.stringify({ code }),
    });
  const codeOf = (h: RunningHost) => new URL(h.startUrl()).searchParams.get('start') ?? '';

  it('gives the session token for a fresh code, and refuses the same code a second time', async () => {
    const h = await start();
    const code = codeOf(h);
    const first = await exchange(h, code);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ token: h.token });
    const again = await exchange(h, code);
    expect(again.status).toBe(401);
    expect(again.body).not.toContain(h.token);
  });

  it('refuses a code after its minute has passed', async () => {
    let now = 1_000_000;
    const h = await start(() => now);
    const code = codeOf(h);
    now += 60_000;
    expect((await exchange(h, code)).status).toBe(401);
    const fresh = codeOf(h);
    now += 59_999;
    expect((await exchange(h, fresh)).status).toBe(200);
  });

  it('refuses the exchange without our Origin, with Origin null or a foreign one, and an unknown code', async () => {
    const h = await start();
    expect((await exchange(h, codeOf(h), null)).status).toBe(403);
    expect((await exchange(h, codeOf(h), 'null')).status).toBe(403);
    expect((await exchange(h, codeOf(h), 'http://evil.example')).status).toBe(403);
    expect((await exchange(h, 'f'.repeat(32))).status).toBe(401);
    // None of the refusals spent the codes the host still holds: a valid one still works.
    expect((await exchange(h, codeOf(h))).status).toBe(200);
  });
});

describe('Browser host: static path resolution', () => {
  it('never resolves outside the renderer root', () => {
    const root = '/srv/renderer';
    expect(resolveStaticPath(root, '/')).toBe('/srv/renderer/index.html');
    expect(resolveStaticPath(root, '/assets/a.js')).toBe('/srv/renderer/assets/a.js');
    expect(resolveStaticPath(root, '/../etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/a\\..\\..\\x')).toBeNull();
    expect(resolveStaticPath(root, '/%00')).toBeNull();
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('Browser host: entity channels write the real encrypted store through the same dispatch', () => {
  it('creates a case over HTTP, reads it back, and refuses a bad payload with BAD_INPUT without writing', async () => {
    const h = await start();
    const post = async (channel: string, payload: unknown) =>
      JSON.parse((await call(h, `/ipc/${channel}`, { method: 'POST', headers: ipcHeaders(h), body: JSON.stringify(payload) })).body) as {
        ok: boolean;
        value?: { case: { code: string; status: string } };
        error?: { code: string; message: string };
      };
    expect((await post('session:create', { passphrase: 'een lange wachtwoordzin', confirmation: 'een lange wachtwoordzin' })).ok).toBe(true);
    const created = await post('cases:create', { wijk: 'Bloemhof', sporen: ['wonen'], registeredOn: '2026-11-23' });
    expect(created.value?.case).toMatchObject({ code: 'BLO-2026-001', status: 'aangemeld' });
    const bad = await post('cases:create', { wijk: 'Bloemhof', sporen: ['wonen'], registeredOn: '23-11-2026' });
    expect(bad.error?.code).toBe('BAD_INPUT');
    expect(bad.error?.message).toMatch(/^registeredOn: /);
    const list = JSON.parse((await call(h, '/ipc/cases:list', { method: 'POST', headers: ipcHeaders(h), body: '{}' })).body) as { value: { items: { code: string }[] } };
    expect(list.value.items.map((c) => c.code)).toEqual(['BLO-2026-001']);
  });
});

describe('Browser host: shutting down does not wait for an open page', () => {
  it('close() ends while the browser holds a connection it has not sent a request on yet', async () => {
    const h = await start();
    // Chromium opens spare connections ahead of need (preconnect). server.close() alone waits for
    // them until the headers timeout; without cutting them this test runs into its timeout.
    const spare = connect(h.port, '127.0.0.1');
    await new Promise<void>((resolve) => spare.once('connect', () => resolve()));
    const ended = new Promise<void>((resolve) => spare.once('close', () => resolve()));
    await h.close();
    host = null;
    await ended;
    expect(spare.destroyed).toBe(true);
  });
});
