import { describe, expect, it } from 'vitest';
import { parseStrictJson } from '../../../shared/interchange/strictJson';

describe('Interchange and dossier text: JSON, without duplicate keys or absurd nesting (issue #12 item 1)', () => {
  it('parses ordinary JSON exactly as JSON.parse does, escapes and keys that look alike included', () => {
    const text = '{"a":"x\\"y","b":[{"a":1},{"a":2}],"c":{"a\\u0062":3,"ab ":4},"d":"{\\"a\\":1,\\"a\\":2}"}';
    expect(parseStrictJson(text)).toEqual({ ok: true, value: JSON.parse(text) as unknown });
  });

  it('refuses a key twice in one object, at the root or deep inside, naming it', () => {
    expect(parseStrictJson('{"code":"A","code":"B"}')).toEqual({ ok: false, reason: 'de sleutel "code" staat twee keer in hetzelfde object' });
    expect(parseStrictJson('{"cases":[{"x":1},{"x":2,"y":{"z":1,"z":2}}]}')).toEqual({ ok: false, reason: 'de sleutel "z" staat twee keer in hetzelfde object' });
    // The same key written differently is still the same key once decoded.
    expect(parseStrictJson('{"ab":1,"a\\u0062":2}')).toEqual({ ok: false, reason: 'de sleutel "ab" staat twee keer in hetzelfde object' });
  });

  it('allows nesting to 64 levels and refuses 65', () => {
    expect(parseStrictJson(`${'['.repeat(64)}${']'.repeat(64)}`).ok).toBe(true);
    expect(parseStrictJson(`${'['.repeat(65)}${']'.repeat(65)}`)).toEqual({ ok: false, reason: 'de gegevens zijn dieper genest dan 64 niveaus' });
  });

  it('gives JSON.parse its own reason for text that is not JSON', () => {
    let reason = '';
    try {
      JSON.parse('{"a":');
    } catch (e) {
      reason = (e as Error).message;
    }
    expect(parseStrictJson('{"a":')).toEqual({ ok: false, reason });
  });
});
