import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../../shared/ipc/buildApi';
import { CHANNELS, channelToMethod, type Channel } from '../../../shared/ipc/contract';

const root = join(import.meta.dirname, '../../..');

describe('§5 Electron hardening: the preload exposes exactly the contract', () => {
  const calls: Array<[Channel, unknown]> = [];
  const api = buildApi(CHANNELS, (channel, input) => {
    calls.push([channel, input]);
    return Promise.resolve({ ok: true, value: channel });
  });

  it('has one function per channel, named by channelToMethod, and no other keys', () => {
    expect(CHANNELS.length).toBeGreaterThan(0);
    const expected = CHANNELS.map((c) => channelToMethod(c)).sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('forwards each call to its own channel with the input untouched', async () => {
    for (const channel of CHANNELS) {
      calls.length = 0;
      const input = { probe: channel };
      const method = (api as unknown as Record<string, (i: unknown) => Promise<unknown>>)[channelToMethod(channel)];
      await expect(method?.(input)).resolves.toEqual({ ok: true, value: channel });
      expect(calls).toEqual([[channel, input]]);
    }
  });

  it('cannot be changed by the page after it is built', () => {
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('refuses two channels that would share one function name', () => {
    expect(() => buildApi(['cases:list', 'cases:list'] as Channel[], () => Promise.resolve(null))).toThrow(/casesList/);
  });
});

describe('§5 Electron hardening: the preload source exposes no raw IPC', () => {
  const source = readFileSync(join(root, 'electron/preload/index.ts'), 'utf8');
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

  it('calls exposeInMainWorld twice: "werkbank" with the generated api, "werkbankFiles" with the one save call', () => {
    const exposures = code.match(/exposeInMainWorld\s*\(/g) ?? [];
    expect(exposures).toHaveLength(2);
    expect(code).toMatch(/exposeInMainWorld\(\s*'werkbank',\s*buildApi\(CHANNELS,/);
    expect(code).toMatch(
      /exposeInMainWorld\(\s*'werkbankFiles',\s*Object\.freeze\(\{ saveFile: \(input: unknown\) => ipcRenderer\.invoke\(SAVE_FILE_CHANNEL, input\) \}\),\s*\);/,
    );
  });

  it('uses ipcRenderer only as ipcRenderer.invoke inside the invoke callback, never as a value', () => {
    const body = code.replace(/^import .*$/gm, '');
    const uses = body.match(/ipcRenderer(\s*\.\s*\w+)?/g) ?? [];
    expect(uses).toEqual(['ipcRenderer.invoke', 'ipcRenderer.invoke']);
    expect(body).toMatch(/\(channel, input\) => ipcRenderer\.invoke\(channel, input\)/);
    expect(code).toMatch(/^import \{ contextBridge, ipcRenderer \} from 'electron';$/m);
  });

  it('does not expose send, on, sendSync or a generic invoke', () => {
    expect(code).not.toMatch(/\.(send|sendSync|on|once|postMessage|sendToHost)\s*\(/);
    expect(code).not.toMatch(/invoke\s*:/);
  });
});
