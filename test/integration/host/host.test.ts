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

async function start(): Promise<RunningHost> {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html lang="nl"></html>');
  writeFileSync(join(dir, 'secret.txt'), 'geheim');
  const session = new StoreSession(join(dir, 'data'), { kdfCost: TEST_KDF });
  host = await startHost({ rendererDir, handlers: createHandlers({ session, actor: 't' }) });
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
  it('listens on 127.0.0.1 on a random port and prints a URL carrying the per-run token', async () => {
    const h = await start();
    expect(h.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${h.port}/\\?token=[0-9a-f]{48}$`));
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
