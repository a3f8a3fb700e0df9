/**
 * Turns stored case rows back into interchange cases. Optional fields come back only when they
 * were stored, so import → export gives back the file (in canonical form: an item line without its
 * own label writes no label, a probability of 100 % is left implicit, isSignaal only when true).
 */
import type { BesluitFile, CaseFile, CostLineFile, EscalationFile, InterventionFile } from '../../../shared/interchange';
import type { CaseRow, CaseRows, CostLineRow, EscalationHistoryRow, EscalationRow, InterventionRow } from './caseRows';
import { defined, fromFlag, opt } from './rows';

/**
 * `currentVersion` is the store's current price-list version: a case without a recorded version
 * whose item lines were resolved against another one gets that version written out, so an import
 * resolves its lines against the same prices (an importer defaults to the file's current list).
 */
export function casesFromRows(rows: CaseRows, currentVersion: string | null): CaseFile[] {
  return rows.cases.map((c) => caseFromRows(c, rows, currentVersion));
}

function caseFromRows(c: CaseRow, rows: CaseRows, currentVersion: string | null): CaseFile {
  const lines = rows.costLines.get(c.code) ?? [];
  const lineVersion = lines.find((l) => l.price_list_version !== null)?.price_list_version ?? null;
  const calcVersion = c.calc_price_list_version ?? (lineVersion !== currentVersion ? lineVersion : null);
  const consent = rows.consents.get(c.code);
  const history = rows.history.get(c.code);
  const scores = rows.scores.get(c.code);
  return defined({
    code: c.code,
    wijk: c.wijk,
    alias: opt(c.alias),
    birthYear: opt(c.birth_year),
    ageBand: opt(c.age_band),
    registeredOn: c.registered_on,
    referenceDate: c.reference_date,
    horizonWeeks: c.horizon_weeks,
    attributionPct: c.attribution_pct,
    sporen: (rows.sporen.get(c.code) ?? []).map((s) => s.spoor),
    status: c.status,
    calculationStatus: c.calculation_status,
    reference: lines.filter((l) => l.scenario === 'reference').map(costLineFromRow),
    actual: lines.filter((l) => l.scenario === 'actual').map(costLineFromRow),
    interventions: (rows.interventions.get(c.code) ?? []).map(interventionFromRow),
    arrangements: (rows.arrangements.get(c.code) ?? []).map((a) =>
      defined({
        id: a.id,
        domain: a.domain,
        setting: a.setting,
        provider: a.provider,
        weeklyCents: a.weekly_cents,
        from: a.from_date,
        weeks: a.weeks,
        subcontractorSurchargePct: opt(a.subcontractor_surcharge_pct),
        resultaatgebied: opt(a.resultaatgebied),
        trede: opt(a.trede),
        clientgroep: opt(a.clientgroep),
        fourWeeklyCents: opt(a.four_weekly_cents),
      }),
    ),
    escalations: (rows.escalations.get(c.code) ?? []).map((e) => escalationFromRow(e, rows.escalationHistory.get(e.seq))),
    isSignaal: c.is_signaal === 1 ? true : undefined,
    casusregisseur: person(c.casusregisseur, c.casusregisseur_organisation),
    aanmelder: person(c.aanmelder_name, c.aanmelder_organisation),
    aanleiding: opt(c.aanleiding),
    doel: opt(c.doel),
    household: opt(c.household),
    householdSize: opt(c.household_size),
    consent: consent
      ? defined({
          basis: consent.basis,
          recordedOn: consent.recorded_on,
          scope: consent.scope === null ? undefined : (JSON.parse(consent.scope) as { partner: string; granted: boolean }[]),
        })
      : undefined,
    retentionUntil: opt(c.retention_until),
    followUpOn: opt(c.follow_up_on),
    scores: scores?.map((s) => ({ leefgebied: s.leefgebied, intake: s.intake, followUp: s.follow_up })),
    notes: opt(c.notes),
    statusHistory: history?.map((h) => defined({ from: h.from_status, to: h.to_status, at: h.at, by: opt(h.by), why: opt(h.why) })),
    calculation:
      calcVersion === null ? undefined : defined({ priceListVersion: calcVersion, fixedOn: opt(c.calc_fixed_on), fixedBy: opt(c.calc_fixed_by) }),
    careCostBand: opt(c.care_cost_band),
    sporenConsidered: c.sporen_considered === null ? undefined : (JSON.parse(c.sporen_considered) as CaseFile['sporen']),
  });
}

function person(name: string | null, organisation: string | null): { name?: string; organisation?: string } | undefined {
  if (name === null && organisation === null) return undefined;
  return defined({ name: opt(name), organisation: opt(organisation) });
}

function costLineFromRow(l: CostLineRow): CostLineFile {
  const probabilityPct = l.probability_pct === 100 ? undefined : l.probability_pct;
  if (l.item_id !== null) {
    return defined({ item: l.item_id, label: l.label_given === 1 ? l.label : undefined, quantity: l.quantity, probabilityPct, setting: opt(l.setting) });
  }
  return defined({
    label: l.label,
    payer: l.payer,
    unit: l.unit,
    unitCostCents: l.unit_cost_cents,
    quantity: l.quantity,
    probabilityPct,
    evidence: l.evidence,
    setting: opt(l.setting),
  });
}

function interventionFromRow(v: InterventionRow): InterventionFile {
  return defined({
    id: opt(v.id),
    spoor: v.spoor,
    type: v.type,
    status: v.status,
    oneOffCents: v.one_off_cents,
    rateCents: v.rate_cents,
    unit: v.unit,
    quantity: v.quantity,
    payer: v.payer,
    voorliggendVeld: fromFlag(v.voorliggend_veld),
    doorbraak: fromFlag(v.doorbraak),
    partner: opt(v.partner),
    startedOn: opt(v.started_on),
    endedOn: opt(v.ended_on),
    doorbraakRule: opt(v.doorbraak_rule),
    doorbraakLegalBasis: opt(v.doorbraak_legal_basis),
    doorbraakAllowedBy: opt(v.doorbraak_allowed_by),
    socialeKaartId: opt(v.sociale_kaart_id),
    note: opt(v.note),
    referralArrived: opt(v.referral_arrived),
    referralCheckedOn: opt(v.referral_checked_on),
  });
}

function escalationFromRow(e: EscalationRow, history: readonly EscalationHistoryRow[] | undefined): EscalationFile {
  return defined({
    id: opt(e.id),
    target: e.target,
    status: e.status,
    urgency: opt(e.urgency),
    submittedOn: opt(e.submitted_on),
    deadlineOn: opt(e.deadline_on),
    arrangementId: opt(e.arrangement_id),
    question: opt(e.question),
    tried: opt(e.tried),
    blockingRule: opt(e.blocking_rule),
    requestedDeviation: opt(e.requested_deviation),
    legalBasis: opt(e.legal_basis),
    requestedBudgetCents: opt(e.requested_budget_cents),
    consentChecked: e.consent_checked === null ? undefined : fromFlag(e.consent_checked),
    owner: opt(e.owner),
    notes: opt(e.notes),
    begeleiding: opt(e.begeleiding),
    requestedWeeklyCents: opt(e.requested_weekly_cents),
    requestedWeeks: opt(e.requested_weeks),
    whyNotArrangementenmodel: opt(e.why_not_arrangementenmodel),
    besluit: besluitFromRow(e),
    statusHistory: history?.map((h) => defined({ from: h.from_status, to: h.to_status, at: h.at, by: opt(h.by), why: opt(h.why) })),
  });
}

function besluitFromRow(e: EscalationRow): BesluitFile | undefined {
  if (e.outcome === null || e.decided_on === null) return undefined;
  return defined({
    outcome: e.outcome,
    instruments: e.instruments === null ? undefined : (JSON.parse(e.instruments) as BesluitFile['instruments']),
    maatwerkbudgetCents: opt(e.maatwerkbudget_cents),
    payer: opt(e.payer),
    decidedOn: e.decided_on,
    approvedWeeklyCents: opt(e.approved_weekly_cents),
    reviewOn: opt(e.review_on),
    motivation: opt(e.motivation),
    decidedBy: opt(e.decided_by),
    validUntil: opt(e.valid_until),
    parties: e.parties === null ? undefined : (JSON.parse(e.parties) as BesluitFile['parties']),
    afweging: e.afweging === null ? undefined : (JSON.parse(e.afweging) as BesluitFile['afweging']),
  });
}
