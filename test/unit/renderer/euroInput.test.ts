import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToEuroInput, parseDutchQuantity, parseEuroToCents } from '../../../renderer/src/components/form/euroInput';
import { formatEuroPlain } from '../../../shared/format/money';

describe('parseEuroToCents: Dutch amounts as typed into a form', () => {
  it.each([
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['1234,5', 123450],
    ['0,29', 29], // 0.29 × 100 is 28.999… as a float: parsed as text it is exact
    ['0,07', 7],
    [',50', 50],
    ['12', 1200],
    ['0', 0],
    ['007', 700],
    ['€ 1.234,56', 123456],
    ['€\u00a01.234,56', 123456],
    ['  45,00 ', 4500],
    ['1.234', 123400], // dots grouping by three are thousands
    ['1.234.567,89', 123456789],
    ['999999999,99', 99999999999], // the largest amount a field takes (€ 1 miljard)
  ])('%s → %i cents', (text, cents) => {
    expect(parseEuroToCents(text)).toBe(cents);
  });

  it.each([
    '',
    '   ',
    '€',
    '-5',
    '-5,00',
    '1,234', // three decimals
    '1,2,3',
    '12,',
    '1.23.4',
    '12.345,6.7',
    '1234.567,00',
    '12.5.0',
    '12.50', // an English decimal point is refused, not guessed: in Dutch 12.500 is twelve thousand five hundred
    '12.5',
    '1000000000,01', // above € 1 miljard: a typing error
    'abc',
    '1e3',
    '12 euro en 5 cent',
    '10000000000000', // 14 digits of euros: refused rather than imprecise
  ])('refuses %j', (text) => {
    expect(parseEuroToCents(text)).toBeNull();
  });

  it('reads back every amount it shows, exactly (formatEuroPlain and centsToEuroInput)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        expect(parseEuroToCents(formatEuroPlain(cents))).toBe(cents);
        expect(parseEuroToCents(centsToEuroInput(cents))).toBe(cents);
      }),
    );
  });

  it('centsToEuroInput writes a plain Dutch amount', () => {
    expect(centsToEuroInput(0)).toBe('0');
    expect(centsToEuroInput(4500)).toBe('45');
    expect(centsToEuroInput(123456)).toBe('1234,56');
    expect(centsToEuroInput(7)).toBe('0,07');
    expect(() => centsToEuroInput(-1)).toThrow();
    expect(() => centsToEuroInput(1.5)).toThrow();
  });
});

describe('parseDutchQuantity', () => {
  it.each([
    ['2,5', 2.5],
    ['37.25', 37.25],
    ['16', 16],
    [' 0 ', 0],
  ])('%s → %d', (text, value) => {
    expect(parseDutchQuantity(text)).toBe(value);
  });

  it.each(['', '-1', '1.500,5', '2,5,1', 'twee', '1e2', ','])('refuses %j', (text) => {
    expect(parseDutchQuantity(text)).toBeNull();
  });
});
