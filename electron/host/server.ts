import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../shared/ipc/contract';
import { dispatch, type DispatchLog } from '../../shared/ipc/dispatch';
import { line } from '../../shared/ipc/logLine';
import { fail } from '../../shared/ipc/result';
import { consoleLog } from '../core/log/consoleLog';
import { CONTENT_SECURITY_POLICY, readStatic } from './staticFiles';

export interface HostOptions {
  rendererDir: string;
  handlers: Handlers;
  port?: number;
  token?: string;
  /** Largest accepted IPC body; a whole dataset import travels through here. */
  maxBodyBytes?: number;
  /** Where a bug is reported; by default the console, redacted (electron/core/log). */
  log?: DispatchLog;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const TOKEN_HEADER = 'x-werkbank-token';

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * The browser host: the same dispatch as Electron's main, reachable only from this machine.
 * Defences: bound to 127.0.0.1; Host header must name our exact address (no DNS rebinding);
 * every IPC call needs the per-run random token and a JSON content type (no cross-site forms);
 * an Origin, when sent, must be ours.
 */
export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(24).toString('hex');
  const maxBody = opts.maxBodyBytes ?? 64 * 1024 * 1024;
  const log = opts.log ?? consoleLog();
  let origin = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      log.error(line`host request failed`, e);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'Er ging iets mis in de werkbank.'));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (`http://${host}` !== origin) {
      res.writeHead(421).end();
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/ipc/')) {
      await handleIpc(req, res, decodeURIComponent(url.pathname.slice('/ipc/'.length)));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = readStatic(opts.rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
      return;
    }
    res.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function handleIpc(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return void res.writeHead(405).end();
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return void res.writeHead(403).end();
    const tokenHeader = req.headers[TOKEN_HEADER];
    if (!sameToken(typeof tokenHeader === 'string' ? tokenHeader : undefined, token)) {
      return void res.writeHead(401).end();
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return void res.writeHead(415).end();
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBody) {
        sendJson(res, 413, fail('BAD_INPUT', 'Het bestand is te groot om in één keer te verwerken.'));
        return;
      }
      chunks.push(chunk);
    }
    let payload: unknown;
    try {
      payload = chunks.length === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      sendJson(res, 400, fail('BAD_INPUT', 'De aanvraag is geen geldige JSON.'));
      return;
    }
    sendJson(res, 200, await dispatch(channel, payload, opts.handlers, log));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // close() alone waits for every connection that is not idle, and Chromium keeps spare
        // connections open that never sent a request (preconnect): the host hung on shutdown until
        // the headers timeout, and e2e teardowns ran past their test timeout. Shutting down means
        // cutting them.
        server.closeAllConnections();
      }),
  };
}
