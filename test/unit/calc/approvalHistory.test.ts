/** §3.5 the register shows every request and besluit per arrangement over time, not only the latest. */
import { describe, expect, it } from 'vitest';
import { approvalFor, approvalHistory } from '../../../shared/calc/weekbedrag';
import type { BesluitCalc, EscalationCalc } from '../../../shared/calc/types';

const besluit = (outcome: BesluitCalc['outcome'], decidedOn: string, approvedWeeklyCents?: number, reviewOn?: string): BesluitCalc => ({
  outcome,
  instruments: [],
  decidedOn,
  ...(approvedWeeklyCents === undefined ? {} : { approvedWeeklyCents }),
  ...(reviewOn === undefined ? {} : { reviewOn }),
});

const request = (id: string, submittedOn: string | undefined, status: EscalationCalc['status'], b?: BesluitCalc, arrangementId = 'arr-3'): EscalationCalc => ({
  id,
  target: 'jeugd_weekbedrag',
  status,
  arrangementId,
  requestedWeeklyCents: 520000,
  requestedWeeks: 26,
  ...(submittedOn === undefined ? {} : { submittedOn }),
  ...(b === undefined ? {} : { besluit: b }),
});

describe('§3.5 approval history: every request and besluit of one arrangement, oldest first', () => {
  it('a later review besluit (afgewezen) revokes the earlier toekenning, and the toekenning stays visible in the history', () => {
    const escalations = [
      request('esc-1', '2025-01-06', 'afgerond', besluit('deels_toegekend', '2025-01-20', 480000, '2025-07-01')),
      request('esc-2', '2025-07-01', 'besluit', besluit('afgewezen', '2025-07-10')),
    ];
    expect(approvalFor('arr-3', escalations).status).toBe('afgewezen');
    expect(approvalHistory('arr-3', escalations)).toEqual([
      { kind: 'aanvraag', escalationId: 'esc-1', on: '2025-01-06', requestedWeeklyCents: 520000, requestedWeeks: 26, status: 'afgerond' },
      { kind: 'besluit', escalationId: 'esc-1', on: '2025-01-20', outcome: 'deels_toegekend', approvedWeeklyCents: 480000, reviewOn: '2025-07-01', decides: false },
      { kind: 'aanvraag', escalationId: 'esc-2', on: '2025-07-01', requestedWeeklyCents: 520000, requestedWeeks: 26, status: 'besluit' },
      { kind: 'besluit', escalationId: 'esc-2', on: '2025-07-10', outcome: 'afgewezen', approvedWeeklyCents: null, reviewOn: null, decides: true },
    ]);
  });

  it('orders by date, not by the order of the escalations: a request filed later in the list but decided earlier comes first', () => {
    const escalations = [
      request('esc-1', '2025-03-03', 'besluit', besluit('toegekend', '2025-03-20', 520000, '2025-09-01')),
      request('esc-2', '2025-02-03', 'afgerond', besluit('afgewezen', '2025-02-10')),
    ];
    expect(approvalHistory('arr-3', escalations).map((e) => `${e.kind} ${e.escalationId ?? ''} ${e.on}`)).toEqual([
      'aanvraag esc-2 2025-02-03',
      'besluit esc-2 2025-02-10',
      'aanvraag esc-1 2025-03-03',
      'besluit esc-1 2025-03-20',
    ]);
    // The besluit that decides the status today is the last besluit in the history.
    expect(approvalFor('arr-3', escalations).status).toBe('toegekend');
    expect(approvalHistory('arr-3', escalations).filter((e) => e.kind === 'besluit' && e.decides).map((e) => e.escalationId)).toEqual(['esc-1']);
  });

  it('two besluiten on one day: the later in the case decides (as approvalFor), and comes last; a request on that day before both', () => {
    const escalations = [
      request('esc-1', '2025-04-01', 'afgerond', besluit('toegekend', '2025-04-14', 600000, '2025-10-01')),
      request('esc-2', '2025-04-14', 'besluit', besluit('deels_toegekend', '2025-04-14', 450000, '2025-08-01')),
    ];
    const history = approvalHistory('arr-3', escalations);
    expect(history.map((e) => `${e.kind} ${e.escalationId ?? ''}`)).toEqual(['aanvraag esc-1', 'aanvraag esc-2', 'besluit esc-1', 'besluit esc-2']);
    expect(history.at(-1)).toMatchObject({ kind: 'besluit', escalationId: 'esc-2', decides: true });
    expect(approvalFor('arr-3', escalations).besluit?.approvedWeeklyCents).toBe(450000);
  });

  it('leaves out a concept (never submitted), other arrangements and other targets; keeps a withdrawn request with its status', () => {
    const escalations: EscalationCalc[] = [
      request('esc-1', undefined, 'concept'),
      request('esc-2', '2025-05-05', 'ingetrokken'),
      request('esc-3', '2025-05-06', 'ingediend', undefined, 'arr-1'),
      { id: 'esc-4', target: 'prio', status: 'ingediend', submittedOn: '2025-05-07', arrangementId: 'arr-3' },
      request('esc-5', '2025-05-08', 'in_behandeling'),
    ];
    expect(approvalHistory('arr-3', escalations)).toEqual([
      { kind: 'aanvraag', escalationId: 'esc-2', on: '2025-05-05', requestedWeeklyCents: 520000, requestedWeeks: 26, status: 'ingetrokken' },
      { kind: 'aanvraag', escalationId: 'esc-5', on: '2025-05-08', requestedWeeklyCents: 520000, requestedWeeks: 26, status: 'in_behandeling' },
    ]);
  });

  it('a request from before the amounts were kept shows them as unknown (null), never as zero', () => {
    const old: EscalationCalc = { target: 'jeugd_weekbedrag', status: 'afgerond', arrangementId: 'arr-1', submittedOn: '2024-03-20' };
    expect(approvalHistory('arr-1', [old])).toEqual([
      { kind: 'aanvraag', escalationId: null, on: '2024-03-20', requestedWeeklyCents: null, requestedWeeks: null, status: 'afgerond' },
    ]);
  });
});
