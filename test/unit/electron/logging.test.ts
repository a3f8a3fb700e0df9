import { describe, expect, it } from 'vitest';
import { REDACTED, redactionHook } from '../../../electron/main/logging';

describe('§5 no personal data in logs: the log redaction hook', () => {
  it('replaces objects and arrays (payloads, rows) before any transport sees them', () => {
    const out = redactionHook({
      data: ['IPC cases:list answered LOCKED', { passphrase: 'geheim', bsn: '123456782' }, ['Jansen'], null, 3],
      level: 'info',
    });
    expect(out.data).toEqual(['IPC cases:list answered LOCKED', REDACTED, REDACTED, null, 3]);
    expect(JSON.stringify(out)).not.toMatch(/geheim|123456782|Jansen/);
    expect(out.level).toBe('info');
  });

  it('keeps an error as its stack, which names code locations, not data', () => {
    const error = new Error('SQLITE_BUSY');
    const [logged] = redactionHook({ data: [error] }).data;
    expect(typeof logged).toBe('string');
    expect(logged).toContain('SQLITE_BUSY');
  });

  it('cuts very long strings', () => {
    const [logged] = redactionHook({ data: ['x'.repeat(10_000)] }).data;
    expect(typeof logged === 'string' && logged.length < 5000).toBe(true);
  });
});
