import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEuroInput } from '../../../shared/format/euroInput';
import { formatEuro, formatEuroPlain } from '../../../shared/format/money';

describe('parseEuroInput: a Dutch euro amount typed into the besluit form, as integer cents', () => {
  it.each([
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['1.250,00', 125000],
    ['1250', 125000],
    ['1.250', 125000], // dots group thousands
    ['1.234.567,89', 123456789],
    ['1250,5', 125050],
    ['0,29', 29], // 0.29 × 100 is 28.999… as a float; parsed as text it is exact
    ['0,07', 7],
    ['1,10', 110],
    ['4,35', 435], // 4.35 × 100 = 434.99999999999994 as a float
    [',50', 50],
    ['0', 0],
    ['007', 700],
    ['€ 1.250,00', 125000],
    ['€\u00a01.250,00', 125000],
    ['€1250', 125000],
    ['1250 €', 125000],
    ['  45,00 ', 4500],
    ['1.250,-', 125000], // Dutch notation for whole euros
    ['+12', 1200],
    ['999.999.999,99', 99999999999],
  ])('%s → %i cents', (text, cents) => {
    expect(parseEuroInput(text)).toEqual({ ok: true, cents });
  });

  it.each(['', '   ', '€', ' € '])('%j is an empty field (null), not zero', (text) => {
    expect(parseEuroInput(text)).toEqual({ ok: true, cents: null });
  });

  it.each(['1,234', '1.234,567', '0,001', '12,999'])('refuses more than two decimals: %s', (text) => {
    expect(parseEuroInput(text)).toEqual({ ok: false, reason: 'decimals' });
  });

  it.each(['12.50', '12.5', '1250.00'])('refuses an English decimal point instead of guessing: %s', (text) => {
    expect(parseEuroInput(text)).toEqual({ ok: false, reason: 'decimalPoint' });
  });

  it.each(['-5', '-1.250,00', '− 3', '€ -12'])('refuses a negative amount: %s', (text) => {
    expect(parseEuroInput(text)).toEqual({ ok: false, reason: 'negative' });
  });

  it.each(['abc', '12a', '1,2,3', '1.23,00', '12..000', '.5', '1.2345', '12,', ',', '1 250', 'e5', '1e3', '0x10', 'Infinity', 'NaN', '12,5a'])(
    'refuses what is not an amount: %j',
    (text) => {
      expect(parseEuroInput(text)).toEqual({ ok: false, reason: 'format' });
    },
  );

  it('refuses amounts too large to be a real budget', () => {
    expect(parseEuroInput('1.000.000.000,01')).toEqual({ ok: false, reason: 'tooLarge' });
    expect(parseEuroInput('99999999999999999999')).toEqual({ ok: false, reason: 'tooLarge' });
    expect(parseEuroInput('1.000.000.000,00')).toEqual({ ok: true, cents: 100_000_000_000 });
  });

  it('reads back every amount the app itself shows (formatEuroPlain and formatEuro), cent for cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (cents) => {
        expect(parseEuroInput(formatEuroPlain(cents))).toEqual({ ok: true, cents });
        expect(parseEuroInput(formatEuro(cents))).toEqual({ ok: true, cents });
      }),
    );
  });

  it('euros and cents typed as digits give exactly euros × 100 + cents (no float rounding)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), (euros, c) => {
        const text = `${String(euros)},${String(c).padStart(2, '0')}`;
        expect(parseEuroInput(text)).toEqual({ ok: true, cents: euros * 100 + c });
      }),
    );
  });
});
