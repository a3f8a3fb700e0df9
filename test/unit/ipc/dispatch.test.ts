import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, channelToMethod, contract, type Handlers } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import { UserError } from '../../../shared/ipc/result';

const status = { state: 'ontgrendeld' as const, storeLabel: 'x', autoLockMinutes: 10 };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const base = Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(async () => ({}))])) as unknown as Handlers;
  return { ...base, 'session:status': vi.fn(async () => status), ...overrides };
}

describe('IPC contract: every payload is validated at the boundary', () => {
  it('refuses a payload that fails its schema with BAD_INPUT naming the field, without calling the handler', async () => {
    const h = handlers();
    const r = await dispatch('session:unlock', { passphrase: 42 }, h, { error: () => {} });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(!r.ok && r.error.message).toMatch(/^passphrase: /);
    expect(h['session:unlock']).not.toHaveBeenCalled();
  });

  it('refuses unknown fields (strict schemas) so nothing unexpected reaches a handler', async () => {
    const h = handlers();
    const r = await dispatch('session:status', { extra: true }, h, { error: () => {} });
    expect(r.ok).toBe(false);
    expect(h['session:status']).not.toHaveBeenCalled();
  });

  it('refuses a channel that is not in the contract', async () => {
    const r = await dispatch('db:exec', { sql: 'DROP TABLE cases' }, handlers(), { error: () => {} });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('turns a UserError into its code and Dutch message', async () => {
    const h = handlers({
      'session:unlock': async () => {
        throw new UserError('WRONG_PASSPHRASE', 'Deze wachtwoordzin past niet.');
      },
    });
    const r = await dispatch('session:unlock', { passphrase: 'x' }, h, { error: () => {} });
    expect(r).toEqual({ ok: false, error: { code: 'WRONG_PASSPHRASE', message: 'Deze wachtwoordzin past niet.' } });
  });

  it('hides an unexpected exception behind INTERNAL and logs it in English', async () => {
    const log = { error: vi.fn() };
    const h = handlers({
      'session:status': async () => {
        throw new Error('disk on fire');
      },
    });
    const r = await dispatch('session:status', {}, h, log);
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(!r.ok && r.error.message).not.toContain('disk on fire');
    expect(log.error).toHaveBeenCalled();
  });

  it('checks the output too: a handler returning the wrong shape is an INTERNAL error, not leaked data', async () => {
    const h = handlers({ 'session:status': async () => ({ state: 'open', secret: 'x' }) as never });
    const r = await dispatch('session:status', {}, h, { error: () => {} });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('returns the validated value on success', async () => {
    const r = await dispatch('session:status', {}, handlers(), { error: () => {} });
    expect(r).toEqual({ ok: true, value: status });
  });

  it('names every channel feature:action and maps it to a unique method name', () => {
    const names = CHANNELS.map(channelToMethod);
    expect(new Set(names).size).toBe(CHANNELS.length);
    for (const c of CHANNELS) expect(c).toMatch(/^[a-z][A-Za-z]*:[a-z][A-Za-z]*$/);
    expect(channelToMethod('cases:list')).toBe('casesList');
    expect(Object.keys(contract)).toEqual(CHANNELS);
  });
});
