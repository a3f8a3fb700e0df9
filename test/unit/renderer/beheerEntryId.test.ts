import { describe, expect, it } from 'vitest';
import { newId } from '../../../renderer/src/features/beheer/entryId';
import { identifier } from '../../../shared/interchange/primitives';

/**
 * §2.4 Beheer: the save channels upsert by id, so a new entry's id must never be one already
 * taken (that would overwrite the other entry instead of adding this one), and must be a valid
 * interchange identifier whatever the name holds.
 */
describe('a new catalogue entry gets an id of its own', () => {
  it('is made from the name, without diacritics, in lower case with hyphens', () => {
    expect(newId('Casuïstiektafel Bloemhof', [])).toBe('casuistiektafel-bloemhof');
    expect(newId('jeugd_weekbedrag_plafond-2027-01-01', [])).toBe('jeugd-weekbedrag-plafond-2027-01-01');
  });

  it('never reuses a taken id: the next free number is added', () => {
    expect(newId('Bloemhof', ['bloemhof'])).toBe('bloemhof-2');
    expect(newId('Bloemhof', ['bloemhof', 'bloemhof-2', 'bloemhof-3'])).toBe('bloemhof-4');
  });

  it('is a valid identifier even for a name of only signs or of 200 characters', () => {
    expect(newId('€ — !', [])).toBe('item');
    const long = newId('a'.repeat(200), []);
    expect(long).toHaveLength(56);
    expect(identifier.safeParse(newId(`${'é'.repeat(70)} x`, ['x'])).success).toBe(true);
    expect(identifier.safeParse(long).success).toBe(true);
  });
});
