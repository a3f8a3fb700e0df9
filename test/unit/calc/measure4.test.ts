import { describe, expect, it } from 'vitest';
import { measure4Comparison } from '../../../shared/calc/measure4';
import type { WeekbedragRegister } from '../../../shared/calc/weekbedrag';

type Row = WeekbedragRegister['rows'][number];
const row = (from: string, meerkostenBovenPlafond: number, approvalStatus: Row['approvalStatus']): Row => ({
  caseCode: 'BLO-2024-002',
  arrangementId: `arr-${from}`,
  provider: 'Jeugdzorg BV',
  from,
  weeks: 10,
  weeklyCents: 520000,
  capCents: 400000,
  approvalStatus,
  approvedWeeklyCents: null,
  meerkostenBovenPlafond,
  surchargeCents: 0,
  reviewOn: null,
  reviewDueSoon: false,
  flags: [],
});

describe('issue #14 item 5: the register’s meerkosten per start year beside measure 4’s booked effect (€ 0,4 / 0,8 / 1,2 / 1,6 mln)', () => {
  const rows = [row('2024-04-01', 1_440_000, 'toegekend'), row('2024-07-01', 1_260_000, 'deels_toegekend'), row('2024-09-01', 500_000, 'aangevraagd'), row('2025-02-01', 300_000, 'afgewezen')];

  it('every booked year, each with the meerkosten of the arrangements starting in it and the granted part', () => {
    expect(measure4Comparison({ rows })).toEqual([
      { year: 2024, bookedEffect: 40_000_000, meerkostenBovenPlafond: 3_200_000, meerkostenToegekend: 2_700_000 },
      { year: 2025, bookedEffect: 80_000_000, meerkostenBovenPlafond: 300_000, meerkostenToegekend: 0 },
      { year: 2026, bookedEffect: 120_000_000, meerkostenBovenPlafond: 0, meerkostenToegekend: 0 },
      { year: 2027, bookedEffect: 160_000_000, meerkostenBovenPlafond: 0, meerkostenToegekend: 0 },
    ]);
  });

  it('a year outside the series has no booked effect (null, not 0); with a year, only that year', () => {
    expect(measure4Comparison({ rows: [row('2028-01-01', 100, 'toegekend')] }).at(-1)).toEqual({ year: 2028, bookedEffect: null, meerkostenBovenPlafond: 100, meerkostenToegekend: 100 });
    expect(measure4Comparison({ rows }, 2025)).toEqual([{ year: 2025, bookedEffect: 80_000_000, meerkostenBovenPlafond: 300_000, meerkostenToegekend: 0 }]);
  });
});
