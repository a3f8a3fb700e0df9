import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

function sourceFiles(dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return SOURCE.test(abs) ? [dir] : [];
  return readdirSync(abs, { withFileTypes: true }).flatMap((entry) =>
    entry.name === 'node_modules' ? [] : sourceFiles(join(dir, entry.name)),
  );
}

const read = (file: string): string => readFileSync(join(root, file), 'utf8');

// Static, dynamic and require forms of importing 'electron' or 'electron/…' (not 'electron-log').
const ELECTRON_IMPORT =
  /(?:from\s*['"]electron(?:\/[^'"]*)?['"]|import\s*['"]electron(?:\/[^'"]*)?['"]|(?:require|import)\s*\(\s*['"]electron(?:\/[^'"]*)?['"]\s*\))/;

const ALL_APP_CODE = ['electron', 'shared', 'renderer/src'].flatMap(sourceFiles);

describe('Architecture: Electron stays in electron/main and electron/preload', () => {
  it('finds the files it checks (so an empty scan cannot pass)', () => {
    expect(ALL_APP_CODE).toContain('electron/main/index.ts');
    expect(ALL_APP_CODE).toContain('electron/preload/index.ts');
    expect(ALL_APP_CODE.some((f) => f.startsWith('shared/'))).toBe(true);
    expect(ALL_APP_CODE.some((f) => f.startsWith('electron/core/'))).toBe(true);
  });

  it('the import pattern catches every form and ignores electron-log', () => {
    for (const line of [
      "import { app } from 'electron';",
      'import type { WebContents } from "electron";',
      "import 'electron';",
      "const e = require('electron');",
      "await import('electron')",
      "import { x } from 'electron/main';",
    ]) {
      expect(ELECTRON_IMPORT.test(line), line).toBe(true);
    }
    expect(ELECTRON_IMPORT.test("import log from 'electron-log/main';")).toBe(false);
  });

  it('electron/core, electron/host, the CLI, shared and the renderer never import electron', () => {
    const plainNode = ALL_APP_CODE.filter((f) => !f.startsWith('electron/main/') && !f.startsWith('electron/preload/'));
    const offenders = plainNode.filter((f) => ELECTRON_IMPORT.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('in electron/main only the bootstrap and the IPC registration load electron at run time', () => {
    // Everything else there is a pure factory (type imports only), so the unit tests can load it.
    const valueImport =
      /(?:import\s+(?!type\b)[^;]*from\s*['"]electron['"]|(?:require|import)\s*\(\s*['"]electron['"]\s*\))/;
    const offenders = sourceFiles('electron/main')
      .filter((f) => valueImport.test(read(f)))
      .map((f) => relative('electron/main', f));
    expect(offenders.sort()).toEqual(['index.ts', 'ipc.ts']);
  });

  it('only electron/main/ipc.ts touches ipcMain', () => {
    const offenders = ALL_APP_CODE.filter((f) => /\bipcMain\b/.test(read(f)));
    expect(offenders).toEqual(['electron/main/ipc.ts']);
  });

  it('only electron/preload touches ipcRenderer', () => {
    const offenders = ALL_APP_CODE.filter((f) => /\bipcRenderer\b/.test(read(f)) && !f.startsWith('electron/preload/'));
    expect(offenders).toEqual([]);
    expect(read('electron/preload/index.ts')).toMatch(/\bipcRenderer\b/);
  });
});
