import { describe, expect, it, vi } from 'vitest';
import { buildApi } from '../../../shared/ipc/buildApi';
import { CHANNELS, channelToMethod } from '../../../shared/ipc/contract';

describe('IPC contract: the renderer api has exactly one named function per channel', () => {
  it('exposes one function per channel and nothing else', () => {
    const api = buildApi(CHANNELS, vi.fn());
    expect(Object.keys(api).sort()).toEqual(CHANNELS.map(channelToMethod).sort());
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards the call to its own channel with the input unchanged', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: 1 }));
    const api = buildApi(CHANNELS, invoke);
    await api.casesList({ search: 'BLO' });
    expect(invoke).toHaveBeenCalledWith('cases:list', { search: 'BLO' });
  });
});
