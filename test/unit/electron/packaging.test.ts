import { extractFile, getRawHeader, listPackage } from '@electron/asar';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * Issue #12 item 6, proven without the Electron binary. The packing runs electron-builder's own
 * pieces — the file collector for node_modules, the asarUnpack matcher and the asar packager, which
 * hands the archive to @electron/asar — on a temporary app shaped like `out/` plus a copy of the
 * SQLite driver (every file name of the installed package, placeholder contents). Deep imports:
 * app-builder-lib exports none of these; its version is pinned by electron-builder's.
 */
const root = join(import.meta.dirname, '../../..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
  asarUnpack: string[];
  asar: { smartUnpack: boolean };
  electronFuses: Record<string, boolean>;
};
const DRIVER = 'better-sqlite3-multiple-ciphers';

type Filter = (file: string, stat: Stats) => boolean;
interface FileSet {
  src: string;
  destination: string;
  files: string[];
  metadata: Map<string, Stats>;
}
// The package's entry first: loading platformPackager.js on its own runs into its import cycle.
const { PlatformPackager } = (await import('app-builder-lib')) as unknown as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: Record<string, boolean>): Promise<Record<string, unknown>> } };
};
const { FileMatcher } = (await import('app-builder-lib/out/fileMatcher.js')) as unknown as {
  FileMatcher: new (from: string, to: string, macroExpander: (s: string) => string, patterns?: string[]) => { createFilter(): Filter };
};
const { NodeModuleCopyHelper } = (await import('app-builder-lib/out/util/NodeModuleCopyHelper.js')) as unknown as {
  NodeModuleCopyHelper: new (
    matcher: unknown,
    packager: unknown,
  ) => { metadata: Map<string, Stats>; collectNodeModules(dep: { dir: string; name: string }, excludedExts: string[], destination: string): Promise<string[]> };
};
const { AsarPackager } = (await import('app-builder-lib/out/asar/asarUtil.js')) as unknown as {
  AsarPackager: new (
    packager: unknown,
    options: { defaultDestination: string; resourcePath: string; options: { smartUnpack: boolean }; unpackPattern: Filter },
  ) => { pack(fileSets: FileSet[]): Promise<void> };
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => lstatSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

interface HeaderNode {
  files?: Record<string, HeaderNode>;
  unpacked?: boolean;
}
/** Every path the archive's own header marks as unpacked: what Electron will load from beside it. */
function unpackedInHeader(node: HeaderNode, prefix = ''): string[] {
  return Object.entries(node.files ?? {}).flatMap(([name, child]) => {
    const path = prefix ? `${prefix}/${name}` : name;
    if (child.files) return [...(child.unpacked ? [`${path}/`] : []), ...unpackedInHeader(child, path)];
    return child.unpacked ? [path] : [];
  });
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

let work = '';
let project = '';

/** A project like ours after `electron-vite build`: out/ and the driver in node_modules. */
function makeProject(): void {
  project = join(work, 'project');
  write(join(project, 'package.json'), JSON.stringify({ name: 'casuistiek-werkbank', main: 'out/main/index.js' }));
  write(join(project, 'out/main/index.js'), 'main');
  write(join(project, 'out/preload/index.cjs'), 'preload');
  write(join(project, 'out/renderer/index.html'), '<!doctype html>');
  write(join(project, 'out/renderer/assets/index-abc.js'), 'renderer');
  const installed = join(root, 'node_modules', DRIVER);
  for (const file of filesUnder(installed)) {
    write(join(project, 'node_modules', DRIVER, file), file.endsWith('.node') ? 'native' : `placeholder of ${file}`);
  }
}

/** Packs the project as electron-builder does; answers the resources folder. */
async function pack(name: string, smartUnpack: boolean): Promise<string> {
  const resources = join(work, name, 'resources');
  const appOut = join(resources, 'app');
  mkdirSync(resources, { recursive: true });
  const packager = { appInfo: { type: 'app' }, config: {}, getWorkspaceRoot: () => Promise.resolve(project) };

  const appFiles = ['package.json', ...filesUnder(join(project, 'out')).map((f) => `out/${f}`)].map((f) => join(project, f));
  const appSet: FileSet = { src: project, destination: appOut, files: appFiles, metadata: new Map(appFiles.map((f) => [f, lstatSync(f)])) };

  const driverDir = join(project, 'node_modules', DRIVER);
  const driverDest = join(appOut, 'node_modules', DRIVER);
  const copier = new NodeModuleCopyHelper(new FileMatcher(driverDir, driverDest, (s) => s, []), packager);
  const driverFiles = await copier.collectNodeModules({ dir: driverDir, name: DRIVER }, ['.o', '.obj'], relative(appOut, driverDest));
  const driverSet: FileSet = { src: driverDir, destination: driverDest, files: driverFiles, metadata: copier.metadata };

  const unpackPattern = new FileMatcher(project, appOut, (s) => s, config.asarUnpack).createFilter();
  await new AsarPackager({ info: packager }, { defaultDestination: appOut, resourcePath: resources, options: { smartUnpack }, unpackPattern }).pack([appSet, driverSet]);
  return resources;
}

let resources = '';
beforeAll(async () => {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  work = mkdtempSync(join(root, 'test-results', 'packaging-'));
  makeProject();
  resources = await pack('configured', config.asar.smartUnpack);
}, 120_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const NATIVE_FILES = [
  'darwin-arm64.node',
  'darwin-x64.node',
  'linux-arm64.node',
  'linux-x64.node',
  'linuxmusl-arm64.node',
  'linuxmusl-x64.node',
  'win32-arm64.node',
  'win32-x64.node',
].map((f) => `node_modules/${DRIVER}/prebuilds/${f}`);

describe('§5 packaging integrity (issue #12 item 6): only the native driver file lies outside app.asar', () => {
  it('unpacks exactly the .node files of the driver, and nothing else', () => {
    expect(filesUnder(join(resources, 'app.asar.unpacked'))).toEqual(NATIVE_FILES);
  });

  it('keeps the driver’s JavaScript and the app itself inside the archive, where the integrity fuse covers them', () => {
    const header = getRawHeader(join(resources, 'app.asar')).header as HeaderNode;
    expect(unpackedInHeader(header).sort()).toEqual(NATIVE_FILES);
    const inside = listPackage(join(resources, 'app.asar'), { isPack: false }).map((p) => p.split(sep).join('/'));
    for (const file of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', `/node_modules/${DRIVER}/lib/index.js`, `/node_modules/${DRIVER}/lib/binding.js`]) {
      expect(inside, file).toContain(file);
    }
    expect(extractFile(join(resources, 'app.asar'), `node_modules/${DRIVER}/lib/binding.js`).toString()).toBe('placeholder of lib/binding.js');
  });

  it('needs smartUnpack off: electron-builder’s default would put the driver’s whole package, JavaScript included, outside', async () => {
    const smart = await pack('smart', true);
    const outside = filesUnder(join(smart, 'app.asar.unpacked'));
    expect(outside).toContain(`node_modules/${DRIVER}/lib/binding.js`);
    expect(outside).toContain(`node_modules/${DRIVER}/package.json`);
  });
});

describe('§5 packaging integrity (issue #12 item 6): electronFuses reach the fuse wire as intended', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const [DISABLE, ENABLE] = [48, 49];
  const INTENDED: Record<FuseV1Options, number> = {
    [FuseV1Options.RunAsNode]: DISABLE,
    [FuseV1Options.EnableCookieEncryption]: ENABLE,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: DISABLE,
    [FuseV1Options.EnableNodeCliInspectArguments]: DISABLE,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ENABLE,
    [FuseV1Options.OnlyLoadAppFromAsar]: ENABLE,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: DISABLE,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: DISABLE,
  };
  const FUSE_COUNT = Object.keys(INTENDED).length;

  it('names every fuse @electron/fuses knows, so none is left at Electron’s default by accident', async () => {
    const wire = await PlatformPackager.prototype.generateFuseConfig.call(null, config.electronFuses);
    const known = Object.values(FuseV1Options).filter((v): v is FuseV1Options => typeof v === 'number');
    expect(known).toHaveLength(FUSE_COUNT);
    expect(Object.keys(wire).filter((k) => /^\d+$/.test(k)).map(Number).sort()).toEqual(known.sort());
  });

  it('flips a fuse wire (a stand-in binary with every fuse set the other way) to exactly the intended states', async () => {
    const fuseConfig = await PlatformPackager.prototype.generateFuseConfig.call(null, config.electronFuses);
    const opposite = Object.values(INTENDED).map((state) => (state === ENABLE ? DISABLE : ENABLE));
    const binary = join(work, 'electron-stand-in');
    writeFileSync(binary, Buffer.concat([Buffer.from('\x7fELF…'), Buffer.from(SENTINEL), Buffer.from([1, FUSE_COUNT, ...opposite]), Buffer.from('…rest')]));
    // strictlyRequireAllFuses: flipping refuses if any fuse on the wire has no setting.
    await flipFuses(binary, { ...fuseConfig, version: FuseVersion.V1, strictlyRequireAllFuses: true } as Parameters<typeof flipFuses>[1]);
    const { version, ...states } = await getCurrentFuseWire(binary);
    expect(version).toBe(FuseVersion.V1);
    expect(states).toEqual(INTENDED);
  });
});
