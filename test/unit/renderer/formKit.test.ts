import fc from 'fast-check';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import '../../../renderer/src/i18n';
import { flattenErrors } from '../../../renderer/src/components/form/errors';
import { choice, dateText, euroText, flag, isoToDutchDate, optionalText, parseDutchDate, quantityText, whenValid } from '../../../renderer/src/components/form/schema';
import { contract } from '../../../shared/ipc/contract';
import { cents, isoDate, percentage } from '../../../shared/interchange/primitives';

beforeAll(async () => {
  await i18next.changeLanguage('nl');
});

const messages = (r: { success: boolean; error?: z.ZodError }) => (r.error?.issues ?? []).map((i) => i.message);

describe('date field: dd-mm-jjjj in, ISO yyyy-mm-dd out, checked with date-fns', () => {
  it.each([
    ['05-03-2026', '2026-03-05'],
    ['5-3-2026', '2026-03-05'],
    [' 10-06-2025 ', '2025-06-10'],
    ['29-02-2024', '2024-02-29'], // a leap day exists in 2024
    ['31-12-1999', '1999-12-31'],
  ])('%s → %s', (text, iso) => {
    expect(parseDutchDate(text)).toBe(iso);
  });

  it.each(['29-02-2023', '31-04-2026', '00-01-2026', '32-01-2026', '01-13-2026', '2026-03-05', '05/03/2026', '5-3-26', '', 'morgen'])(
    'refuses %j: not a day of the calendar written as dd-mm-jjjj',
    (text) => {
      expect(parseDutchDate(text)).toBeNull();
    },
  );

  it('reads back every day it writes (isoToDutchDate, then parseDutchDate)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1900, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true }), (d) => {
        const iso = `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        expect(parseDutchDate(isoToDutchDate(iso))).toBe(iso);
      }),
    );
  });

  it('gives the form ISO, leaves a blank optional date out, and says in Dutch what a wrong one should look like', () => {
    const schema = dateText(isoDate.optional());
    expect(schema.parse('01-03-2027')).toBe('2027-03-01');
    expect(schema.parse('  ')).toBeUndefined();
    expect(messages(schema.safeParse('31-02-2027'))).toEqual([
      'Dit is geen bestaande datum. Vul de datum in als dd-mm-jjjj, bijvoorbeeld 05-03-2026.',
    ]);
  });

  it('says the required message for a blank required date', () => {
    const schema = dateText(isoDate, { required: 'tafels.newMeeting.dateRequired' });
    expect(messages(schema.safeParse(''))).toEqual(['Vul de datum van de bijeenkomst in.']);
  });
});

describe('euro field: Dutch amount text → integer cents by the one parser', () => {
  const schema = euroText(cents.optional());
  it('reads 1.234,56 as 123456 cents and blank as not given', () => {
    expect(schema.parse('1.234,56')).toBe(123456);
    expect(schema.parse('0,29')).toBe(29);
    expect(schema.parse('')).toBeUndefined();
  });
  it.each([
    ['12.50', 'Gebruik een komma voor de centen, bijvoorbeeld 12,50 (een punt scheidt duizendtallen).'],
    ['1.250,005', 'Maximaal twee cijfers achter de komma (centen).'],
    ['-5', 'Een bedrag kan niet negatief zijn.'],
    ['12,3.4', 'Vul een bedrag in euro in, zoals 1.234,56.'],
  ])('refuses %j with its own reason', (text, message) => {
    expect(messages(schema.safeParse(text))).toEqual([message]);
  });
});

describe('the form refuses exactly what the server refuses: the contract schema comes after the parse', () => {
  it('a percentage of 150 is refused with the contract’s own message', () => {
    const schema = quantityText(percentage.optional(), { blank: 100 });
    expect(schema.parse('')).toBe(100);
    expect(schema.parse('33,3')).toBe(33.3);
    expect(messages(schema.safeParse('150'))).toEqual(['Percentage moet tussen 0 en 100 liggen.']);
  });
});

describe('error summary: every message with the dotted name of its field', () => {
  it('flattens nested errors (aanmelder.name) and keeps the field order', () => {
    const errors = {
      wijk: { type: 'custom', message: 'Kies de wijk van de inwoner.' },
      aanmelder: { name: { type: 'custom', message: 'Maximaal 200 tekens.' } },
      sporen: { type: 'custom', message: 'Kies minstens één spoor.' },
    };
    expect(flattenErrors(errors)).toEqual([
      { name: 'wijk', message: 'Kies de wijk van de inwoner.', type: 'custom' },
      { name: 'aanmelder.name', message: 'Maximaal 200 tekens.', type: 'custom' },
      { name: 'sporen', message: 'Kies minstens één spoor.', type: 'custom' },
    ]);
  });
});

describe('whenValid: a rule across fields still runs while an unrelated field is wrong', () => {
  const schema = z
    .object({ wijk: z.string().min(1, 'wijk'), signaal: z.boolean(), sporen: z.array(z.string()) })
    .refine((v) => v.signaal || v.sporen.length > 0, { path: ['sporen'], message: 'sporen', when: whenValid('signaal', 'sporen') });
  it('reports the missing wijk and the missing sporen from one submit', () => {
    expect(messages(schema.safeParse({ wijk: '', signaal: false, sporen: [] }))).toEqual(['wijk', 'sporen']);
  });
});

describe('filter bars: the filters are the channel\'s own query, and an untouched bar asks what the unfiltered screen asks', () => {
  const inbox = contract['escalations:inbox'].input;
  const inboxFilters = inbox.extend({ target: choice(inbox.shape.target), includeClosed: flag(inbox.shape.includeClosed) });
  const list = contract['cases:list'].input;
  const listFilters = list.pick({ search: true, status: true }).extend({ search: optionalText(list.shape.search), status: choice(list.shape.status) });

  it('"Alle" and an unticked box are left out of the query (the same query key as no filter)', () => {
    expect(JSON.stringify(inboxFilters.parse({ target: '', includeClosed: false }))).toBe('{}');
    expect(JSON.stringify(listFilters.parse({ search: '   ', status: '' }))).toBe('{}');
  });

  it('a chosen filter is passed as the channel takes it, and the channel accepts it', () => {
    const query = inboxFilters.parse({ target: 'prio', includeClosed: true });
    expect(query).toEqual({ target: 'prio', includeClosed: true });
    expect(inbox.parse(query)).toEqual(query);
    expect(listFilters.parse({ search: ' BLO-2024 ', status: 'ingetrokken' })).toEqual({ search: 'BLO-2024', status: 'ingetrokken' });
  });

  it('refuses what the channel refuses: a target outside the enum, a search longer than the channel allows', () => {
    expect(inboxFilters.safeParse({ target: 'gemeente', includeClosed: false }).success).toBe(false);
    expect(listFilters.safeParse({ search: 'x'.repeat(101), status: '' }).success).toBe(false);
  });
});
