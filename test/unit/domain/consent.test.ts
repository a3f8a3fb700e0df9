/** §5 / issue #8 item 5: which partners at the table the case's consent or legal basis does not cover. */
import { describe, expect, it } from 'vitest';
import { partnersWithoutConsent, uniquePartners } from '../../../shared/domain/consent';

const TABLE = ['Woonstad', 'Vraagwijzer', 'Kredietbank'];

describe('No consent or legal basis recorded: every partner at the table lacks it', () => {
  it('names every partner, in table order, and says nothing is recorded', () => {
    expect(partnersWithoutConsent(undefined, TABLE)).toEqual({ recorded: false, lacking: ['Woonstad', 'Vraagwijzer', 'Kredietbank'] });
  });

  it('is still "not recorded" when nobody is at the table', () => {
    expect(partnersWithoutConsent(undefined, [])).toEqual({ recorded: false, lacking: [] });
  });
});

describe('A scope is recorded: only a partner it names with granted = true is covered', () => {
  it('a partner granted is covered, one refused lacks it, one not named lacks it', () => {
    const consent = {
      basis: 'toestemming',
      scope: [
        { partner: 'Woonstad', granted: true },
        { partner: 'Vraagwijzer', granted: false },
      ],
    } as const;
    expect(partnersWithoutConsent(consent, TABLE)).toEqual({ recorded: true, lacking: ['Vraagwijzer', 'Kredietbank'] });
  });

  it('every partner granted: nobody lacks it', () => {
    const scope = TABLE.map((partner) => ({ partner, granted: true }));
    expect(partnersWithoutConsent({ basis: 'toestemming', scope }, TABLE)).toEqual({ recorded: true, lacking: [] });
  });

  it('a scope under another basis still decides (the basis was limited to these partners)', () => {
    const consent = { basis: 'wettelijke_taak', scope: [{ partner: 'Woonstad', granted: true }] } as const;
    expect(partnersWithoutConsent(consent, TABLE).lacking).toEqual(['Vraagwijzer', 'Kredietbank']);
  });

  it('an empty scope covers nobody', () => {
    expect(partnersWithoutConsent({ basis: 'toestemming', scope: [] }, TABLE).lacking).toEqual(TABLE);
  });
});

describe('No scope: a basis other than toestemming covers every partner; toestemming covers none', () => {
  it.each(['overeenkomst', 'wettelijke_verplichting', 'vitaal_belang', 'wettelijke_taak', 'gerechtvaardigd_belang'] as const)(
    '%s without a scope leaves nobody lacking',
    (basis) => {
      expect(partnersWithoutConsent({ basis }, TABLE)).toEqual({ recorded: true, lacking: [] });
    },
  );

  it('toestemming that names no partner covers none of them', () => {
    expect(partnersWithoutConsent({ basis: 'toestemming' }, TABLE)).toEqual({ recorded: true, lacking: TABLE });
  });
});

describe('Partner names match without regard to case or spacing, and each partner is named once', () => {
  it('matches "woonstad  " in the scope to "Woonstad" at the table', () => {
    const consent = { basis: 'toestemming', scope: [{ partner: ' woonstad  ', granted: true }, { partner: 'VRAAG   WIJZER', granted: true }] } as const;
    expect(partnersWithoutConsent(consent, ['Woonstad', 'Vraag wijzer']).lacking).toEqual([]);
  });

  it('an organisation with several members at the table is named once, with its first spelling', () => {
    expect(partnersWithoutConsent(undefined, ['Woonstad', 'Vraagwijzer', 'woonstad ', ' ', 'Vraagwijzer']).lacking).toEqual(['Woonstad', 'Vraagwijzer']);
  });

  it('uniquePartners trims, drops blanks and keeps the first spelling', () => {
    expect(uniquePartners([' Woonstad ', 'WOONSTAD', '', 'Kredietbank'])).toEqual(['Woonstad', 'Kredietbank']);
  });
});
