import { describe, expect, it } from 'vitest';
import { parseDataset, type CaseFile } from '../../../shared/interchange';
import { voorbeeld } from './helpers';

function withCase(index: number, change: (c: CaseFile) => void) {
  const file = voorbeeld();
  const c = file.cases[index];
  if (!c) throw new Error('no such case');
  change(c);
  return parseDataset(file);
}
const message = (r: ReturnType<typeof parseDataset>) => (r.ok ? 'valid' : r.message);

describe('§2.1 a signaal is pseudonymous until consent is recorded', () => {
  it('a signaal with a birth year is refused, naming the field', () => {
    expect(message(withCase(8, (c) => (c.birthYear = 1990)))).toMatch(/^cases\[8\]\.birthYear: /);
  });
  it('a signaal with an alias is refused, naming the field', () => {
    expect(message(withCase(8, (c) => (c.alias = 'Z.')))).toMatch(/^cases\[8\]\.alias: /);
  });
  it('once consent is recorded, the signaal may carry them', () => {
    expect(
      message(
        withCase(8, (c) => {
          c.alias = 'Z.';
          c.birthYear = 1990;
          c.consent = { basis: 'toestemming', recordedOn: '2025-05-09' };
        }),
      ),
    ).toBe('valid');
  });
});

describe('§4 the reference date may be null only before a case has been discussed', () => {
  it('an aangemeld case or a signaal may lack it', () => {
    expect(message(withCase(7, (c) => (c.referenceDate = null)))).toBe('valid');
  });
  it('a case in behandeling without one is refused, naming the field', () => {
    expect(message(withCase(2, (c) => (c.referenceDate = null)))).toMatch(/^cases\[2\]\.referenceDate: /);
  });
});

describe('§4 strict values', () => {
  it('refuses a date that is not in the calendar', () => {
    expect(message(withCase(0, (c) => (c.registeredOn = '2023-02-29')))).toMatch(/^cases\[0\]\.registeredOn: /);
  });
  it('accepts a leap day', () => {
    expect(message(withCase(0, (c) => (c.registeredOn = '2024-02-29')))).toBe('valid');
  });
  it('refuses a probability above 100 %', () => {
    expect(message(withCase(0, (c) => ((c.reference[0] as { probabilityPct?: number }).probabilityPct = 101)))).toMatch(/^cases\[0\]\.reference\[0\]\.probabilityPct: /);
  });
  it('refuses a free cost line that lacks its payer', () => {
    expect(message(withCase(0, (c) => delete (c.actual[0] as { payer?: string }).payer))).toMatch(/^cases\[0\]\.actual\[0\]\.payer: /);
  });
  it('refuses an item without an amount (no public source yet)', () => {
    expect(message(withCase(0, (c) => (c.reference[0] = { item: 'woonbegeleiding-nieuw', quantity: 1 })))).toMatch(/^cases\[0\]\.reference\[0\]\.item: .*nog geen bedrag/);
  });
  it('refuses a case code that could hold a name', () => {
    expect(message(withCase(0, (c) => (c.code = 'Jansen-2024-001')))).toMatch(/^cases\[0\]\.code: /);
  });
  it('refuses an unknown top-level field, naming it', () => {
    expect(message(parseDataset({ ...voorbeeld(), extra: true }))).toMatch(/^extra: /);
  });
  it('refuses another format', () => {
    expect(message(parseDataset({ ...voorbeeld(), format: 'casuistiek-werkbank/v2' }))).toMatch(/^format: /);
  });
});
