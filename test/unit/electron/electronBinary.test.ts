import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinaryPath, hasElectronBinary } from '../../../scripts/electronBinary';

function project(pathTxt?: string, binary?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'werkbank-electron-'));
  const pkg = join(root, 'node_modules', 'electron');
  mkdirSync(pkg, { recursive: true });
  if (pathTxt !== undefined) writeFileSync(join(pkg, 'path.txt'), pathTxt);
  if (binary !== undefined) {
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    writeFileSync(join(pkg, 'dist', binary), '');
  }
  return root;
}

describe('npm start: the Electron binary is detected with the file system only', () => {
  it('finds the binary named by path.txt under dist/', () => {
    const root = project('electron', 'electron');
    expect(hasElectronBinary(root)).toBe(true);
    expect(electronBinaryPath(root)).toBe(join(root, 'node_modules/electron/dist/electron'));
  });

  it('reports no binary when path.txt is missing, empty, or names a file that is not there', () => {
    expect(hasElectronBinary(project())).toBe(false);
    expect(hasElectronBinary(project(''))).toBe(false);
    expect(hasElectronBinary(project('electron'))).toBe(false);
    expect(hasElectronBinary(project('electron', 'other'))).toBe(false);
    expect(hasElectronBinary(join(tmpdir(), 'does-not-exist-werkbank'))).toBe(false);
  });

  it('never requires the electron package (which would try to download the binary)', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of ['scripts/electronBinary.ts', 'scripts/start.mjs']) {
      const source = readFileSync(join(import.meta.dirname, '../../..', file), 'utf8');
      expect(source, file).not.toMatch(/(?:require|import)\s*\(\s*['"]electron['"]|from\s*['"]electron['"]/);
    }
  });
});
