/** §5 / issue #11 item 6: with whom an escalation dossier is shared, and whom the case's consent does not cover. */
import { describe, expect, it } from 'vitest';
import { dossierRecipients, sharingConsent } from '../../../shared/domain/sharingConsent';

const PRIO = { id: 'prio', name: 'PRIO (hulplijn voor professionals)', partner: 'PRIO' } as const;
const NETWERK = { id: 'netwerk', name: 'Netwerk (klankbord)' } as const;
const OVERIG = { id: 'overig', name: 'Overig escalatiedoel' } as const;
const TAFELS = [
  { wijk: 'Bloemhof', members: [{ organisation: 'Gemeente Rotterdam' }, { organisation: 'Woonstad' }, { organisation: 'woonstad ' }] },
  { wijk: 'Bloemhof', members: [{ organisation: 'Vraagwijzer' }] },
  { wijk: 'Schiebroek', members: [{ organisation: 'Kredietbank' }] },
  { wijk: null, members: [{ organisation: 'Gecertificeerde Instelling' }] },
];

describe('Who receives the dossier: the partner the target names, else the netwerk of the wijk, else the target itself', () => {
  it('a target with a partner organisation sends the dossier to that organisation only', () => {
    expect(dossierRecipients(PRIO, 'Bloemhof', TAFELS)).toEqual(['PRIO']);
  });

  it('the netwerk without a partner reaches every organisation at the tafels of the case’s wijk, each once, not another wijk’s or a city-wide tafel’s', () => {
    expect(dossierRecipients(NETWERK, 'Bloemhof', TAFELS)).toEqual(['Gemeente Rotterdam', 'Woonstad', 'Vraagwijzer']);
    expect(dossierRecipients(NETWERK, 'Schiebroek', TAFELS)).toEqual(['Kredietbank']);
  });

  it('the netwerk of a wijk without tafel members, and any other target without a partner, is the target under its own name', () => {
    expect(dossierRecipients(NETWERK, 'Delfshaven', TAFELS)).toEqual(['Netwerk (klankbord)']);
    expect(dossierRecipients(OVERIG, 'Bloemhof', TAFELS)).toEqual(['Overig escalatiedoel']);
  });

  it('a partner configured on the netwerk replaces the wijk’s tafels; a blank partner counts as none', () => {
    expect(dossierRecipients({ ...NETWERK, partner: 'Netwerkbureau Zuid' }, 'Bloemhof', TAFELS)).toEqual(['Netwerkbureau Zuid']);
    expect(dossierRecipients({ ...OVERIG, partner: '  ' }, 'Bloemhof', TAFELS)).toEqual(['Overig escalatiedoel']);
  });
});

describe('May it be shared: every recipient must be covered by the consent or a legal basis (partnersWithoutConsent)', () => {
  it('no consent recorded: every recipient lacks it', () => {
    expect(sharingConsent(undefined, PRIO, 'Bloemhof', TAFELS)).toEqual({ recipients: ['PRIO'], recorded: false, lacking: ['PRIO'] });
  });

  it('a scope that grants PRIO (spelled differently) covers it; one that refuses or leaves it out does not', () => {
    const granted = { basis: 'toestemming', scope: [{ partner: ' prio', granted: true }] } as const;
    const refused = { basis: 'toestemming', scope: [{ partner: 'PRIO', granted: false }] } as const;
    const silent = { basis: 'toestemming', scope: [{ partner: 'Woonstad', granted: true }] } as const;
    expect(sharingConsent(granted, PRIO, 'Bloemhof', TAFELS).lacking).toEqual([]);
    expect(sharingConsent(refused, PRIO, 'Bloemhof', TAFELS).lacking).toEqual(['PRIO']);
    expect(sharingConsent(silent, PRIO, 'Bloemhof', TAFELS).lacking).toEqual(['PRIO']);
  });

  it('a legal basis without a scope covers every recipient, the whole netwerk too', () => {
    expect(sharingConsent({ basis: 'wettelijke_taak' }, NETWERK, 'Bloemhof', TAFELS)).toEqual({
      recipients: ['Gemeente Rotterdam', 'Woonstad', 'Vraagwijzer'],
      recorded: true,
      lacking: [],
    });
  });

  it('to the netwerk, consent for part of the wijk’s organisations leaves the others lacking', () => {
    const consent = { basis: 'toestemming', scope: [{ partner: 'Woonstad', granted: true }] } as const;
    expect(sharingConsent(consent, NETWERK, 'Bloemhof', TAFELS).lacking).toEqual(['Gemeente Rotterdam', 'Vraagwijzer']);
  });
});
