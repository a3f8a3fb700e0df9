import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../../..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

interface PlatformConfig {
  target?: unknown;
}
const targets = (platform: string): unknown => (config[platform] as PlatformConfig | undefined)?.target;

describe('§5 Electron hardening: packaging flips the security fuses', () => {
  it('sets every fuse the hardened build needs', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('identifies the app and ships only the build output', () => {
    expect(config.appId).toBe('nl.rotterdam.casuistiekwerkbank');
    expect(config.productName).toBe('Casuïstiek Werkbank');
    expect(config.files).toEqual(['out/**']);
  });

  it('ships the default catalogues beside the app, where the seed looks for them (process.resourcesPath/resources/catalogues)', () => {
    expect(config.extraResources).toEqual([{ from: 'resources/catalogues', to: 'resources/catalogues' }]);
    expect(existsSync(join(root, 'resources', 'catalogues', 'prijslijst.json'))).toBe(true);
  });

  it('does not rebuild the native SQLite module and unpacks only its .node files from the asar (issue #12 item 6)', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toEqual(['**/node_modules/better-sqlite3-multiple-ciphers/**/*.node']);
    expect(config.asar).toEqual({ smartUnpack: false });
  });

  it('builds an AppImage and a deb for Linux, an NSIS installer for Windows and a dmg for macOS', () => {
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg']);
  });

  it("passes electron-builder's own configuration schema", async () => {
    // Deep import: app-builder-lib has no exports map and does not re-export the validator.
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as unknown as {
      validateConfiguration: (c: unknown, logger: { isEnabled: boolean; add: () => void }) => Promise<void>;
    };
    await expect(validateConfiguration(structuredClone(config), { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
    // A misspelt fuse must be caught, or a typo would silently leave a fuse at its default.
    await expect(
      validateConfiguration({ ...structuredClone(config), electronFuses: { runAsNodee: false } }, { isEnabled: false, add: () => undefined }),
    ).rejects.toThrow(/configuration\.electronFuses/);
  });
});
