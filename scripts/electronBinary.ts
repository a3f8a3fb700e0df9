// Finds the Electron binary with the file system only. Requiring the 'electron' package would
// try to download the binary (Electron >= 42), which fails on our offline build machines.
// Plain, erasable TypeScript: start.mjs imports it directly and Node 24 strips the types.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Absolute path of the installed Electron executable, or null when it is not installed. */
export function electronBinaryPath(root: string): string | null {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const binary = join(pkg, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/** True when node_modules/electron/path.txt names a file that exists under node_modules/electron/dist. */
export function hasElectronBinary(root: string): boolean {
  return electronBinaryPath(root) !== null;
}
