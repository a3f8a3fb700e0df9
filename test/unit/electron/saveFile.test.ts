/**
 * The Electron save dialog (electron/main/saveFile.ts) without the binary: what may be saved under
 * which name, the path written, and the sender check — the dialog and the disk are fakes here.
 */
import { describe, expect, it } from 'vitest';
import { registerSaveFile, type IpcInvokeEventLike, type IpcMainLike } from '../../../electron/main/ipc';
import { handleSaveFile, targetPath, type SaveFileDeps } from '../../../electron/main/saveFile';
import { SAVE_FILE_CHANNEL, SuggestedFileName } from '../../../shared/ipc/saveFile';

const ORIGIN = 'app://werkbank';
const request = { suggestedName: 'werkbank-dataset-2025-06-02.json', mimeType: 'application/json', content: '{"format":"x"}\n' };

function fakeDeps(chosen: string | null) {
  const written: Array<[string, string | Uint8Array]> = [];
  const asked: string[] = [];
  const deps: SaveFileDeps = {
    choosePath: (name) => {
      asked.push(name);
      return Promise.resolve(chosen);
    },
    write: (path, content) => {
      written.push([path, content]);
      return Promise.resolve();
    },
  };
  return { deps, written, asked };
}

describe('a suggested file name is a bare name with a known extension', () => {
  it.each(['werkbank-dataset-2025-06-02.json', 'businesscase 2025.xlsx', 'Rapport.PDF', 'register.csv', 'dossier-BLO-2025-001-esc-1-verzoek-2025-06-02.dossier', 'werkbank-reservekopie-2025-06-02-1000.cwbbackup'])('accepts %s', (name) => {
    expect(SuggestedFileName.safeParse(name).success).toBe(true);
  });
  it.each([
    ['a folder', '../geheim.json'],
    ['an absolute path', '/etc/passwd.json'],
    ['a Windows folder', 'C:\\Users\\x.json'],
    ['a hidden file', '.bashrc.json'],
    ['no known extension', 'dataset.exe'],
    ['no extension', 'dataset'],
    ['a control character', 'data\u0000set.json'],
    ['an empty name', ''],
    ['a name over 120 characters', `${'a'.repeat(116)}.json`],
  ])('refuses %s', (_why, name) => {
    expect(SuggestedFileName.safeParse(name).success).toBe(false);
  });
});

describe('the file is written where the person chose, with the extension it must have', () => {
  it('keeps a chosen path that has the extension (in any case)', () => {
    expect(targetPath('/home/a/export.json', 'x.json')).toBe('/home/a/export.json');
    expect(targetPath('/home/a/EXPORT.JSON', 'x.json')).toBe('/home/a/EXPORT.JSON');
  });
  it('adds the extension when the person typed a name without it, or with another', () => {
    expect(targetPath('/home/a/export', 'x.json')).toBe('/home/a/export.json');
    expect(targetPath('/home/a/export.txt', 'x.json')).toBe('/home/a/export.txt.json');
  });
});

describe('saving: checked first, then the dialog, then the write', () => {
  it('writes the content at the chosen path and says saved', async () => {
    const { deps, written, asked } = fakeDeps('/home/a/mijn-export');
    expect(await handleSaveFile(request, deps)).toEqual({ ok: true, value: { saved: true } });
    expect(asked).toEqual(['werkbank-dataset-2025-06-02.json']);
    expect(written).toEqual([['/home/a/mijn-export.json', request.content]]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { deps, written } = fakeDeps(null);
    expect(await handleSaveFile(request, deps)).toEqual({ ok: true, value: { saved: false } });
    expect(written).toEqual([]);
  });

  it.each([
    ['an unknown field', { ...request, path: '/tmp/x' }, '(hoofdniveau)'],
    ['a name with a folder', { ...request, suggestedName: '../x.json' }, 'suggestedName:'],
    ['a MIME type that does not fit the extension', { ...request, mimeType: 'application/pdf' }, 'mimeType: Het bestandstype past niet bij de extensie.'],
    ['content that is neither text nor bytes', { ...request, content: 42 }, 'content:'],
  ])('refuses %s without opening the dialog', async (_why, payload, message) => {
    const { deps, written, asked } = fakeDeps('/home/a/x.json');
    const r = await handleSaveFile(payload, deps);
    expect(r.ok ? 'saved' : r.error.message).toContain(message);
    expect(asked).toEqual([]);
    expect(written).toEqual([]);
  });

  it('says so in Dutch when the disk refuses the write', async () => {
    const deps: SaveFileDeps = { choosePath: () => Promise.resolve('/ro/x.json'), write: () => Promise.reject(new Error('EACCES')) };
    const r = await handleSaveFile(request, deps);
    expect(r.ok ? 'saved' : r.error.message).toMatch(/^Het bestand kon niet worden opgeslagen op de gekozen plek\./);
  });
});

describe('checklist #17: only the top frame of the app may open the save dialog', () => {
  type Listener = (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>;
  function registered(deps: SaveFileDeps): Listener {
    const handlers = new Map<string, Listener>();
    const ipcMain: IpcMainLike = { handle: (c, l) => void handlers.set(c, l), removeHandler: () => undefined, removeAllListeners: () => undefined };
    registerSaveFile(ipcMain, deps, ORIGIN, { info: () => undefined, warn: () => undefined, error: () => undefined });
    expect([...handlers.keys()]).toEqual([SAVE_FILE_CHANNEL]);
    return handlers.get(SAVE_FILE_CHANNEL)!;
  }

  it('saves for the app window', async () => {
    const { deps, written } = fakeDeps('/home/a/x.json');
    await expect(registered(deps)({ senderFrame: { url: `${ORIGIN}/index.html`, parent: null } }, request)).resolves.toEqual({ ok: true, value: { saved: true } });
    expect(written).toHaveLength(1);
  });

  it('refuses an iframe and another origin, before the dialog', async () => {
    const { deps, written, asked } = fakeDeps('/home/a/x.json');
    const listener = registered(deps);
    for (const senderFrame of [{ url: `${ORIGIN}/index.html`, parent: {} }, { url: 'https://example.org/', parent: null }, null]) {
      await expect(listener({ senderFrame }, request)).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    }
    expect(asked).toEqual([]);
    expect(written).toEqual([]);
  });
});
