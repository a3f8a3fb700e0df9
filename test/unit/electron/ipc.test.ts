import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../electron/core/handlers';
import { StoreSession } from '../../../electron/core/store/session';
import { APP_ORIGIN } from '../../../electron/main/appOrigin';
import {
  ELECTRON_LOG_CHANNEL,
  REFUSED_SENDER_MESSAGE,
  registerIpc,
  type IpcInvokeEventLike,
  type IpcLog,
  type IpcMainLike,
} from '../../../electron/main/ipc';
import { CHANNELS, type Handlers } from '../../../shared/ipc/contract';
import { redactedText } from '../../../electron/core/log/redact';

type Listener = (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain(): IpcMainLike & { listeners: Map<string, Listener>; onListeners: Set<string> } {
  const listeners = new Map<string, Listener>();
  // What electron-log/main leaves behind when it is imported before us.
  listeners.set(ELECTRON_LOG_CHANNEL, () => Promise.resolve({}));
  const onListeners = new Set([ELECTRON_LOG_CHANNEL]);
  return {
    listeners,
    onListeners,
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
    removeHandler(channel) {
      listeners.delete(channel);
    },
    removeAllListeners(channel) {
      onListeners.delete(channel);
    },
  };
}

function memoryLog(): IpcLog & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info ${redactedText([m])}`),
    warn: (m) => lines.push(`warn ${redactedText([m])}`),
    error: (m, d) => lines.push(`error ${redactedText([m, d])}`),
  };
}

function setup() {
  const session = new StoreSession(mkdtempSync(join(tmpdir(), 'werkbank-ipc-')));
  const real = createHandlers({ session, actor: 'test' });
  const status = vi.fn(real['session:status']);
  const unlock = vi.fn(real['session:unlock']);
  const handlers: Handlers = { ...real, 'session:status': status, 'session:unlock': unlock };
  const ipc = fakeIpcMain();
  const log = memoryLog();
  registerIpc(ipc, handlers, APP_ORIGIN, log);
  const call = (channel: string, event: IpcInvokeEventLike, payload: unknown) => {
    const listener = ipc.listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, payload);
  };
  return { ipc, log, status, unlock, call };
}

const appFrame: IpcInvokeEventLike = { senderFrame: { url: 'app://werkbank/index.html#/casussen', parent: null } };

describe('§5 Electron hardening: IPC registration', () => {
  it('registers exactly one handler per contract channel and nothing else', () => {
    const { ipc } = setup();
    expect([...ipc.listeners.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it("removes electron-log's unchecked renderer-logging channel", () => {
    const { ipc } = setup();
    expect(ipc.listeners.has(ELECTRON_LOG_CHANNEL)).toBe(false);
    expect(ipc.onListeners.has(ELECTRON_LOG_CHANNEL)).toBe(false);
  });

  it.each<[string, IpcInvokeEventLike]>([
    ['another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['an iframe on our origin', { senderFrame: { url: 'app://werkbank/index.html', parent: { url: 'x', parent: null } } }],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses a call from %s without reaching dispatch or a handler', async (_name, event) => {
    const { call, status, log } = setup();
    const result = await call('session:status', event, {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: REFUSED_SENDER_MESSAGE } });
    expect(status).not.toHaveBeenCalled();
    expect(log.lines.some((l) => l.startsWith('warn IPC session:status refused'))).toBe(true);
  });

  it('lets a call from the top frame of app://werkbank reach its handler', async () => {
    const { call, status } = setup();
    const result = await call('session:status', appFrame, {});
    expect(status).toHaveBeenCalledTimes(1);
    expect(result).toMatchObject({ ok: true, value: { state: 'nieuw', autoLockMinutes: 10 } });
  });

  it('answers BAD_INPUT for a payload that fails its schema, and the handler never runs', async () => {
    const { call, unlock, log } = setup();
    const result = await call('session:unlock', appFrame, { passphrase: 12345, extra: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(unlock).not.toHaveBeenCalled();
    expect(log.lines).toContain('info IPC session:unlock answered BAD_INPUT');
  });

  it('never writes the payload to the log', async () => {
    const { call, log } = setup();
    await call('session:unlock', appFrame, { passphrase: 'geheime-wachtwoordzin-123' });
    await call('session:unlock', { senderFrame: null }, { passphrase: 'geheime-wachtwoordzin-456' });
    expect(log.lines.join('\n')).not.toContain('geheime-wachtwoordzin');
  });
});
