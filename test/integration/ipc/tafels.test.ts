import { describe, expect, it } from 'vitest';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank } from './harness';

const schiebroekTafel = {
  id: 'tafel-sch',
  type: 'wijktafel',
  name: 'Casuïstiektafel Schiebroek',
  wijk: 'schiebroek',
  members: [{ name: 'F. El Amrani', organisation: 'Wijkteam Schiebroek', role: 'voorzitter' }],
  cadence: 'maandelijks',
};

describe('tafels:list gives every tafel with its members, in stored order', () => {
  it('lists the two tafels of the example dataset', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const { items } = await w.value('tafels:list', {});
    expect(items.map((t) => t.id)).toEqual(['tafel-blo', 'tafel-jeugd']);
    expect(items[0]).toMatchObject({ type: 'wijktafel', wijk: 'Bloemhof', cadence: 'tweewekelijks' });
    expect(items[0]?.members).toHaveLength(3);
    expect(items[0]?.members[0]).toEqual({ name: 'H. Koster', organisation: 'Gemeente Rotterdam', role: 'voorzitter' });
    expect(items[1]?.wijk).toBeNull();
  });
});

describe('tafels:save creates a tafel or updates it by id, members replaced as given (audited)', () => {
  it('creates a new tafel; a wijk given by id is stored by its name, as cases store it', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    expect(await w.value('tafels:save', { tafel: schiebroekTafel })).toEqual({ id: 'tafel-sch', created: true });
    const { items } = await w.value('tafels:list', {});
    expect(items.map((t) => t.id)).toEqual(['tafel-blo', 'tafel-jeugd', 'tafel-sch']);
    expect(items[2]).toEqual({ ...schiebroekTafel, wijk: 'Schiebroek' });
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'tafel.save', entity: 'tafel', entityId: 'tafel-sch', detail: { created: true, type: 'wijktafel', wijk: 'Schiebroek', members: 1 } },
    ]);
  });

  it('updates an existing tafel in place and replaces its members', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const tafel = { id: 'tafel-blo', type: 'wijktafel', name: 'Tafel Bloemhof', wijk: 'Bloemhof', members: [{ name: 'A. Smit', organisation: 'Woningcorporatie Zuid (fictief)' }] };
    expect(await w.value('tafels:save', { tafel })).toEqual({ id: 'tafel-blo', created: false });
    const { items } = await w.value('tafels:list', {});
    expect(items.map((t) => t.id)).toEqual(['tafel-blo', 'tafel-jeugd']);
    expect(items[0]).toEqual(tafel); // cadence left out → cleared
  });

  it('accepts a city-wide tafel (wijk null)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await w.value('tafels:save', { tafel: { ...schiebroekTafel, id: 'tafel-stad', type: 'jeugd_weekbedrag', wijk: null } });
    const { items } = await w.value('tafels:list', {});
    expect(items.find((t) => t.id === 'tafel-stad')?.wijk).toBeNull();
  });
});

describe('tafels:save refuses bad input and changes nothing', () => {
  it('refuses a type that is not in the tafel types catalogue, naming tafel.type', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'tafels:save', { tafel: { ...schiebroekTafel, type: 'buurttafel' } }, 'BAD_INPUT', /^tafel\.type: .*buurttafel.*wijktafel/);
  });

  it('refuses a wijk that is neither a wijk name nor a wijk id, naming tafel.wijk', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'tafels:save', { tafel: { ...schiebroekTafel, wijk: 'Delfshaven' } }, 'BAD_INPUT', /^tafel\.wijk: .*Delfshaven.*Bloemhof, Schiebroek/);
  });

  it('refuses an empty member name, naming the member field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const tafel = { ...schiebroekTafel, members: [{ name: ' ', organisation: 'Wijkteam' }] };
    await expectRefusedUnchanged(w, 'tafels:save', { tafel }, 'BAD_INPUT', /^tafel\.members\[0\]\.name: /);
  });

  it('refuses an unknown field and an id with spaces', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'tafels:save', { tafel: { ...schiebroekTafel, kleur: 'groen' } }, 'BAD_INPUT', /^tafel: .*kleur/);
    await expectRefusedUnchanged(w, 'tafels:save', { tafel: { ...schiebroekTafel, id: 'tafel sch' } }, 'BAD_INPUT', /^tafel\.id: /);
    await expectRefusedUnchanged(w, 'tafels:save', { tafel: schiebroekTafel, extra: 1 }, 'BAD_INPUT', /extra/);
  });
});
