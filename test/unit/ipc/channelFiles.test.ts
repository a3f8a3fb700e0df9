/**
 * One channel file per channel prefix (issue #7 item 8): a channel `<prefix>:<action>` is defined in
 * shared/ipc/channels/<prefix>.ts (as `<prefix>Channels`) and handled in
 * electron/core/handlers/<prefix>.ts (as `<prefix>Handlers`), so a newcomer finds both from the name.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../electron/core/handlers/support/context';
import type { StoreSession } from '../../../electron/core/store/session';
import { CHANNELS } from '../../../shared/ipc/contract';

const CHANNEL_DIR = resolve('shared/ipc/channels');
const HANDLER_DIR = resolve('electron/core/handlers');

const baseNames = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => e.name.slice(0, -3))
    .sort();

const prefixes = [...new Set(CHANNELS.map((c) => c.split(':')[0]!))].sort();
const channelsWithPrefix = (prefix: string) => CHANNELS.filter((c) => c.startsWith(`${prefix}:`)).sort();

async function exported(dir: string, file: string, name: string): Promise<unknown> {
  const module = (await import(pathToFileURL(join(dir, `${file}.ts`)).href)) as Record<string, unknown>;
  return module[name];
}

/** Handler factories only close over the context; none touches the session while being built. */
const ctx: HandlerContext = { session: {} as StoreSession, actor: 'layout-test' };

describe('one channel file per channel prefix', () => {
  it('has exactly one file in shared/ipc/channels per prefix of the contract', () => {
    expect(baseNames(CHANNEL_DIR)).toEqual(prefixes);
  });

  it('has exactly one handler file per prefix (besides index.ts; shared pieces sit in handlers/support)', () => {
    expect(baseNames(HANDLER_DIR).filter((n) => n !== 'index')).toEqual(prefixes);
  });

  it.each(prefixes)("%s.ts defines exactly the channels named '%s:…'", async (prefix) => {
    const channels = await exported(CHANNEL_DIR, prefix, `${prefix}Channels`);
    expect(channels, `shared/ipc/channels/${prefix}.ts exports ${prefix}Channels`).toBeTypeOf('object');
    expect(Object.keys(channels as object).sort()).toEqual(channelsWithPrefix(prefix));
  });

  it.each(prefixes)("handlers/%s.ts handles exactly the channels named '%s:…'", async (prefix) => {
    const factory = await exported(HANDLER_DIR, prefix, `${prefix}Handlers`);
    expect(factory, `electron/core/handlers/${prefix}.ts exports ${prefix}Handlers`).toBeTypeOf('function');
    const handlers = (factory as (c: HandlerContext) => object)(ctx);
    expect(Object.keys(handlers).sort()).toEqual(channelsWithPrefix(prefix));
  });
});
