import { randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../shared/ipc/contract';
import { dispatch, type DispatchLog } from '../../shared/ipc/dispatch';
import { line } from '../../shared/ipc/logLine';
import { fail } from '../../shared/ipc/result';
import { consoleLog } from '../core/log/consoleLog';
import { CONTENT_SECURITY_POLICY, readStatic } from './staticFiles';
import { createStartCodes } from './startCodes';

export interface HostOptions {
  rendererDir: string;
  handlers: Handlers;
  port?: number;
  token?: string;
  /** Largest accepted IPC body; a whole dataset import travels through here. */
  maxBodyBytes?: number;
  /** Where a bug is reported; by default the console, redacted (electron/core/log). */
  log?: DispatchLog;
  /** The start codes' clock; tests move it. */
  now?: () => number;
}

export interface RunningHost {
  /** A start link with a new single-use code (valid one minute): what the host prints. */
  startUrl(): string;
  port: number;
  /** The session token a start code is exchanged for; never printed (tests use it directly). */
  token: string;
  close(): Promise<void>;
}

const TOKEN_HEADER = 'x-werkbank-token';
/** Where the page exchanges its start code for the session token (renderer/src/api/httpApi.ts). */
const START_PATH = '/auth/start';
const StartRequest = z.object({ code: z.string().max(64) }).strict();

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
 * Reads a body up to `max` bytes; null as soon as it grows larger (the caller answers 413). Plain
 * events rather than for-await: leaving a for-await early destroys the request and its socket, and
 * the 413 would never reach the client.
 */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve(null);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/**
 * 413, then the connection is cut: the client may still be sending the rest of a huge body, and
 * reading it to keep the socket alive would be doing the sender's work for it.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  const socket = req.socket; // detached from req once the response has finished
  res.shouldKeepAlive = false;
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  res.end(JSON.stringify(fail('BAD_INPUT', 'Het bestand is te groot om in één keer te verwerken.')), () => socket.destroy());
}

/**
 * The browser host: the same dispatch as Electron's main, reachable only from this machine.
 * Defences: bound to 127.0.0.1; Host header must name our exact address (no DNS rebinding, and
 * `localhost:PORT` is not our address either); every IPC call needs the per-run random token and a
 * JSON content type (no cross-site forms); an Origin, when sent, must be ours (`null` is not). The
 * token is never printed: the start link carries a single-use start code (startCodes.ts) that the
 * page exchanges, with our Origin, for the token.
 */
export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(24).toString('hex');
  const maxBody = opts.maxBodyBytes ?? 64 * 1024 * 1024;
  const startCodes = createStartCodes(opts.now);
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
    if (url.pathname === START_PATH) {
      await handleStart(req, res);
      return;
    }
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
    const body = await readBody(req, maxBody);
    if (body === null) return refuseTooLarge(req, res);
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(res, 400, fail('BAD_INPUT', 'De aanvraag is geen geldige JSON.'));
      return;
    }
    sendJson(res, 200, await dispatch(channel, payload, opts.handlers, log));
  }

  /** The one exchange of a start code for the token; only our own page (its Origin) may ask. */
  async function handleStart(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return void res.writeHead(405).end();
    if (req.headers.origin !== origin) return void res.writeHead(403).end();
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return void res.writeHead(415).end();
    const body = await readBody(req, 1024);
    if (body === null) return refuseTooLarge(req, res);
    let parsed: ReturnType<typeof StartRequest.safeParse>;
    try {
      parsed = StartRequest.safeParse(JSON.parse(body.toString('utf8')));
    } catch {
      parsed = StartRequest.safeParse(undefined);
    }
    if (!parsed.success || !startCodes.redeem(parsed.data.code)) {
      sendJson(res, 401, fail('LOCKED', 'Deze startlink is verlopen of al gebruikt. Druk op Enter in het venster waarin de werkbank draait voor een nieuwe link, of start de werkbank opnieuw.'));
      return;
    }
    sendJson(res, 200, { token });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    startUrl: () => `${origin}/?start=${startCodes.issue()}`,
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
