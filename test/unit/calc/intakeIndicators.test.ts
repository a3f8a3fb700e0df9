import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../../shared/calc/monitoring';
import { intervention, makeCase } from './fixtures';

const period = { from: '2024-01-01', to: '2024-12-31', today: '2025-01-01' };

describe('§3.6 issue #14 item 8: referrals that landed are counted beside the referrals', () => {
  it('counts a counted referral in the period with aangekomen; niet_aangekomen, onbekend, not followed up, voorgesteld and out of period do not count', () => {
    const c = makeCase({
      code: 'BLO-2024-001',
      referenceDate: '2024-02-01',
      interventions: [
        intervention({ voorliggendVeld: true, status: 'ingezet', startedOn: '2024-03-01', referralArrived: 'aangekomen' }),
        intervention({ voorliggendVeld: true, status: 'afgerond', startedOn: '2024-04-01', referralArrived: 'aangekomen' }),
        intervention({ voorliggendVeld: true, status: 'ingezet', startedOn: '2024-05-01', referralArrived: 'niet_aangekomen' }),
        intervention({ voorliggendVeld: true, status: 'ingezet', startedOn: '2024-05-01', referralArrived: 'onbekend' }),
        intervention({ voorliggendVeld: true, status: 'ingezet', startedOn: '2024-05-01' }),
        intervention({ voorliggendVeld: true, status: 'voorgesteld', startedOn: '2024-05-01', referralArrived: 'aangekomen' }),
        intervention({ voorliggendVeld: true, status: 'ingezet', startedOn: '2025-01-05', referralArrived: 'aangekomen' }),
      ],
    });
    const ind = computeIndicators([c], [], period);
    expect(ind.totaal.voorliggendVeld).toBe(5);
    expect(ind.totaal.voorliggendVeldArrived).toBe(2);
    expect(ind.perWijk.Bloemhof?.voorliggendVeldArrived).toBe(2);
  });
});

describe('§3.6 issue #14 item 7: cases working on more than one spoor', () => {
  it('counts a case once when its counted interventions in the period lie on two or more sporen; one spoor, a voorgesteld second spoor or one outside the period do not count', () => {
    const two = makeCase({
      code: 'BLO-2024-001',
      referenceDate: '2024-02-01',
      interventions: [
        intervention({ spoor: 'wonen', status: 'ingezet', startedOn: '2024-03-01' }),
        intervention({ spoor: 'wonen', status: 'ingezet', startedOn: '2024-03-02' }),
        intervention({ spoor: 'financiele_zekerheid', status: 'afgebroken', startedOn: '2024-04-01' }),
        intervention({ spoor: 'werk_dagbesteding', status: 'afgerond', startedOn: '2024-05-01' }),
      ],
    });
    const oneSpoor = makeCase({ code: 'BLO-2024-002', referenceDate: '2024-02-01', interventions: [intervention({ spoor: 'wonen', status: 'ingezet' }), intervention({ spoor: 'wonen', status: 'afgerond' })] });
    const proposedSecond = makeCase({
      code: 'BLO-2024-003',
      referenceDate: '2024-02-01',
      interventions: [intervention({ spoor: 'wonen', status: 'ingezet' }), intervention({ spoor: 'samenredzaamheid', status: 'voorgesteld' })],
    });
    const secondLater = makeCase({
      code: 'SCH-2024-001',
      wijk: 'Schiebroek',
      referenceDate: '2024-02-01',
      interventions: [intervention({ spoor: 'wonen', status: 'ingezet' }), intervention({ spoor: 'samenredzaamheid', status: 'ingezet', startedOn: '2025-02-01' })],
    });
    const ind = computeIndicators([two, oneSpoor, proposedSecond, secondLater], [], period);
    expect(ind.totaal.multiSpoor).toBe(1);
    expect(ind.perWijk.Bloemhof?.multiSpoor).toBe(1);
    expect(ind.perWijk.Schiebroek?.multiSpoor).toBe(0);
  });
});
