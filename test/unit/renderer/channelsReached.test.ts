/**
 * Issue #8: every channel of the contract is called from a screen. The renderer calls a channel only
 * through its named api method (`api.casesUpdate(…)`, built by buildApi from the contract), so a
 * channel whose method appears nowhere in renderer/src outside the api module itself is a channel no
 * screen reaches: the store can do something the user cannot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, channelToMethod } from '../../../shared/ipc/contract';

const RENDERER = resolve('renderer/src');
/** The api module builds the methods; a mention there is not a call from a screen. */
const API_MODULE = new Set(['api/index.ts', 'api/httpApi.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !API_MODULE.has(relative(RENDERER, path)) ? [path] : [];
  });
}

describe('every contract channel is called from a screen (issue #8)', () => {
  const text = sources(RENDERER).map((f) => readFileSync(f, 'utf8')).join('\n');

  it('the renderer calls the api method of each channel somewhere outside the api module', () => {
    const unreached = CHANNELS.filter((c) => !new RegExp(`\\bapi\\.${channelToMethod(c)}\\(`).test(text));
    expect(unreached).toEqual([]);
  });
});
