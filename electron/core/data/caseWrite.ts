/**
 * Writes one case from an interchange file with everything that belongs to it. Amounts are
 * computed here, once, with the calc engine's own functions (§3.1 cost lines, §3.2 intervention
 * cost), so SQL aggregates and the engine can never disagree.
 */
import { costLineAmount, resolveCostLine } from '../../../shared/calc/costLine';
import { interventionCost } from '../../../shared/calc/interventionCost';
import type { PriceListItem } from '../../../shared/calc/types';
import { SCENARIOS, type CaseFile, type CostLineFile, type EscalationFile, type Scenario } from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';
import { cached, jsonOrNull, nul, toFlag } from './rows';

/** The price-list versions a case's item lines resolve against, by version id. */
export interface PriceLookup {
  currentVersion: string;
  versions: ReadonlyMap<string, ReadonlyMap<string, PriceListItem>>;
}

export function writeCase(db: Db, c: CaseFile, prices: PriceLookup): void {
  try {
    insertCaseRow(db, c);
  } catch (e) {
    // Checked before the transaction too; this catches a case written meanwhile by another writer.
    if (e instanceof Error && 'code' in e && e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      throw new UserError('CONFLICT', `Casus ${c.code} bestaat al in deze werkbank. Er is niets geïmporteerd; haal deze casus uit het bestand of importeer in een lege werkbank.`);
    }
    throw e;
  }
  writeCaseParts(db, c, prices);
}

/**
 * Rewrites an existing case in place (an edit through IPC): the case row is updated, never
 * deleted, so agenda items and knelpunten that point at it stay; its own parts are rewritten.
 * Call inside a transaction.
 */
export function replaceCase(db: Db, c: CaseFile, prices: PriceLookup): void {
  const updated = cached(
    db,
    `UPDATE cases SET wijk = @wijk, alias = @alias, birth_year = @birthYear, age_band = @ageBand, is_signaal = @isSignaal,
       status = @status, registered_on = @registeredOn, reference_date = @referenceDate, horizon_weeks = @horizonWeeks,
       attribution_pct = @attributionPct, calculation_status = @calculationStatus, calc_price_list_version = @calcVersion,
       calc_fixed_on = @calcFixedOn, calc_fixed_by = @calcFixedBy, casusregisseur = @regisseur,
       casusregisseur_organisation = @regisseurOrg, aanmelder_name = @aanmelder, aanmelder_organisation = @aanmelderOrg,
       aanleiding = @aanleiding, doel = @doel, household = @household, household_size = @householdSize,
       retention_until = @retentionUntil, notes = @notes, follow_up_on = @followUpOn,
       care_cost_band = @careCostBand, sporen_considered = @sporenConsidered
     WHERE code = @code`,
  ).run(caseRowParams(c));
  if (updated.changes !== 1) throw new UserError('NOT_FOUND', `Casus ${c.code} bestaat niet (meer) in deze werkbank.`);
  // Escalations before arrangements: an escalation may point at an arrangement of the same case.
  for (const table of ['escalations', 'arrangements', 'interventions', 'cost_lines', 'consents', 'case_scores', 'case_status_history', 'case_sporen']) {
    cached(db, `DELETE FROM ${table} WHERE case_code = ?`).run(c.code);
  }
  writeCaseParts(db, c, prices);
}

function insertCaseRow(db: Db, c: CaseFile): void {
  cached(db, 
    `INSERT INTO cases (code, wijk, alias, birth_year, age_band, is_signaal, status, registered_on, reference_date,
       horizon_weeks, attribution_pct, calculation_status, calc_price_list_version, calc_fixed_on, calc_fixed_by,
       casusregisseur, casusregisseur_organisation, aanmelder_name, aanmelder_organisation, aanleiding, doel,
       household, household_size, retention_until, notes, follow_up_on, care_cost_band, sporen_considered)
     VALUES (@code, @wijk, @alias, @birthYear, @ageBand, @isSignaal, @status, @registeredOn, @referenceDate,
       @horizonWeeks, @attributionPct, @calculationStatus, @calcVersion, @calcFixedOn, @calcFixedBy,
       @regisseur, @regisseurOrg, @aanmelder, @aanmelderOrg, @aanleiding, @doel,
       @household, @householdSize, @retentionUntil, @notes, @followUpOn, @careCostBand, @sporenConsidered)`,
  ).run(caseRowParams(c));
}

function caseRowParams(c: CaseFile) {
  return {
    code: c.code,
    wijk: c.wijk,
    alias: nul(c.alias),
    birthYear: nul(c.birthYear),
    ageBand: nul(c.ageBand),
    isSignaal: toFlag(c.isSignaal === true),
    status: c.status,
    registeredOn: c.registeredOn,
    referenceDate: c.referenceDate,
    horizonWeeks: c.horizonWeeks,
    attributionPct: c.attributionPct,
    calculationStatus: c.calculationStatus,
    calcVersion: nul(c.calculation?.priceListVersion),
    calcFixedOn: nul(c.calculation?.fixedOn),
    calcFixedBy: nul(c.calculation?.fixedBy),
    regisseur: nul(c.casusregisseur?.name),
    regisseurOrg: nul(c.casusregisseur?.organisation),
    aanmelder: nul(c.aanmelder?.name),
    aanmelderOrg: nul(c.aanmelder?.organisation),
    aanleiding: nul(c.aanleiding),
    doel: nul(c.doel),
    household: nul(c.household),
    householdSize: nul(c.householdSize),
    retentionUntil: nul(c.retentionUntil),
    notes: nul(c.notes),
    followUpOn: nul(c.followUpOn),
    careCostBand: nul(c.careCostBand),
    sporenConsidered: jsonOrNull(c.sporenConsidered),
  };
}

function writeCaseParts(db: Db, c: CaseFile, prices: PriceLookup): void {
  const spoor = cached(db, 'INSERT INTO case_sporen (case_code, spoor, position) VALUES (?, ?, ?)');
  c.sporen.forEach((s, i) => spoor.run(c.code, s, i));

  const history = cached(db, 
    'INSERT INTO case_status_history (case_code, position, from_status, to_status, at, by, why) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  c.statusHistory?.forEach((h, i) => history.run(c.code, i, h.from, h.to, h.at, nul(h.by), nul(h.why)));

  const score = cached(db, 'INSERT INTO case_scores (case_code, leefgebied, position, intake, follow_up) VALUES (?, ?, ?, ?, ?)');
  c.scores?.forEach((s, i) => score.run(c.code, s.leefgebied, i, s.intake, s.followUp));

  if (c.consent) {
    cached(db, 'INSERT INTO consents (case_code, basis, recorded_on, scope) VALUES (?, ?, ?, ?)').run(
      c.code,
      c.consent.basis,
      c.consent.recordedOn,
      jsonOrNull(c.consent.scope),
    );
  }

  const versionId = c.calculation?.priceListVersion ?? prices.currentVersion;
  const items = prices.versions.get(versionId) ?? new Map<string, PriceListItem>();
  for (const scenario of SCENARIOS) c[scenario].forEach((line, i) => writeCostLine(db, c.code, scenario, i, line, versionId, items));

  writeInterventions(db, c);
  writeArrangements(db, c);
  c.escalations.forEach((e, i) => writeEscalation(db, c.code, i, e));
}

function writeCostLine(
  db: Db,
  code: string,
  scenario: Scenario,
  position: number,
  ref: CostLineFile,
  versionId: string,
  items: ReadonlyMap<string, PriceListItem>,
): void {
  const resolved = resolveCostLine(ref, items);
  // parseDataset has resolved every line already; reaching this is a bug, not a user error.
  if (!resolved.ok) throw new Error(`cost line ${code} ${scenario}[${position}] did not resolve: ${resolved.error}`);
  const line = resolved.line;
  cached(db, 
    `INSERT INTO cost_lines (case_code, scenario, position, price_list_version, item_id, label, label_given, payer, unit,
       unit_cost_cents, quantity, probability_pct, evidence, amount_cents, setting)
     VALUES (@code, @scenario, @position, @version, @item, @label, @labelGiven, @payer, @unit,
       @unitCostCents, @quantity, @probabilityPct, @evidence, @amount, @setting)`,
  ).run({
    code,
    scenario,
    position,
    version: ref.item === undefined ? null : versionId,
    item: nul(ref.item),
    label: line.label,
    labelGiven: toFlag(ref.label !== undefined),
    payer: line.payer,
    unit: line.unit,
    unitCostCents: line.unitCostCents,
    quantity: line.quantity,
    probabilityPct: line.probabilityPct,
    evidence: line.evidence,
    amount: costLineAmount(line),
    setting: nul(ref.setting),
  });
}

function writeInterventions(db: Db, c: CaseFile): void {
  const insert = cached(db, 
    `INSERT INTO interventions (case_code, position, id, spoor, type, status, one_off_cents, rate_cents, unit, quantity, payer,
       voorliggend_veld, doorbraak, cost_cents, partner, started_on, ended_on, doorbraak_rule, doorbraak_legal_basis,
       doorbraak_allowed_by, sociale_kaart_id, note, referral_arrived, referral_checked_on)
     VALUES (@code, @position, @id, @spoor, @type, @status, @oneOffCents, @rateCents, @unit, @quantity, @payer,
       @voorliggendVeld, @doorbraak, @cost, @partner, @startedOn, @endedOn, @doorbraakRule, @doorbraakLegalBasis,
       @doorbraakAllowedBy, @socialeKaartId, @note, @referralArrived, @referralCheckedOn)`,
  );
  c.interventions.forEach((v, i) =>
    insert.run({
      code: c.code,
      position: i,
      id: nul(v.id),
      spoor: v.spoor,
      type: v.type,
      status: v.status,
      oneOffCents: v.oneOffCents,
      rateCents: v.rateCents,
      unit: v.unit,
      quantity: v.quantity,
      payer: v.payer,
      voorliggendVeld: toFlag(v.voorliggendVeld),
      doorbraak: toFlag(v.doorbraak),
      cost: interventionCost(v),
      partner: nul(v.partner),
      startedOn: nul(v.startedOn),
      endedOn: nul(v.endedOn),
      doorbraakRule: nul(v.doorbraakRule),
      doorbraakLegalBasis: nul(v.doorbraakLegalBasis),
      doorbraakAllowedBy: nul(v.doorbraakAllowedBy),
      socialeKaartId: nul(v.socialeKaartId),
      note: nul(v.note),
      referralArrived: nul(v.referralArrived),
      referralCheckedOn: nul(v.referralCheckedOn),
    }),
  );
}

function writeArrangements(db: Db, c: CaseFile): void {
  const insert = cached(db, 
    `INSERT INTO arrangements (case_code, id, position, domain, setting, provider, weekly_cents, from_date, weeks, subcontractor_surcharge_pct,
       resultaatgebied, trede, clientgroep, four_weekly_cents)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  c.arrangements.forEach((a, i) =>
    insert.run(c.code, a.id, i, a.domain, a.setting, a.provider, a.weeklyCents, a.from, a.weeks, nul(a.subcontractorSurchargePct),
      nul(a.resultaatgebied), nul(a.trede), nul(a.clientgroep), nul(a.fourWeeklyCents)),
  );
}

function writeEscalation(db: Db, code: string, position: number, e: EscalationFile): void {
  const { lastInsertRowid } = cached(
    db,
    `INSERT INTO escalations (case_code, position, id, target, status, urgency, submitted_on, deadline_on, arrangement_id,
         question, tried, blocking_rule, requested_deviation, legal_basis, requested_budget_cents, consent_checked, owner, notes,
         begeleiding, requested_weekly_cents, requested_weeks, why_not_arrangementenmodel)
       VALUES (@code, @position, @id, @target, @status, @urgency, @submittedOn, @deadlineOn, @arrangementId,
         @question, @tried, @blockingRule, @requestedDeviation, @legalBasis, @requestedBudgetCents, @consentChecked, @owner, @notes,
         @begeleiding, @requestedWeeklyCents, @requestedWeeks, @whyNotArrangementenmodel)`,
  ).run({
      code,
      position,
      id: nul(e.id),
      target: e.target,
      status: e.status,
      urgency: nul(e.urgency),
      submittedOn: nul(e.submittedOn),
      deadlineOn: nul(e.deadlineOn),
      arrangementId: nul(e.arrangementId),
      question: nul(e.question),
      tried: nul(e.tried),
      blockingRule: nul(e.blockingRule),
      requestedDeviation: nul(e.requestedDeviation),
      legalBasis: nul(e.legalBasis),
      requestedBudgetCents: nul(e.requestedBudgetCents),
      consentChecked: e.consentChecked === undefined ? null : toFlag(e.consentChecked),
      owner: nul(e.owner),
      notes: nul(e.notes),
      begeleiding: nul(e.begeleiding),
      requestedWeeklyCents: nul(e.requestedWeeklyCents),
      requestedWeeks: nul(e.requestedWeeks),
      whyNotArrangementenmodel: nul(e.whyNotArrangementenmodel),
    });
  const step = cached(
    db,
    'INSERT INTO escalation_status_history (escalation_seq, position, from_status, to_status, at, by, why) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  e.statusHistory?.forEach((h, i) => step.run(lastInsertRowid, i, h.from, h.to, h.at, nul(h.by), nul(h.why)));
  const b = e.besluit;
  if (!b) return;
  cached(db, 
    `INSERT INTO besluiten (escalation_seq, outcome, instruments, maatwerkbudget_cents, payer, decided_on, approved_weekly_cents,
       review_on, motivation, decided_by, valid_until, parties, afweging)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    lastInsertRowid,
    b.outcome,
    jsonOrNull(b.instruments),
    nul(b.maatwerkbudgetCents),
    nul(b.payer),
    b.decidedOn,
    nul(b.approvedWeeklyCents),
    nul(b.reviewOn),
    nul(b.motivation),
    nul(b.decidedBy),
    nul(b.validUntil),
    jsonOrNull(b.parties),
    jsonOrNull(b.afweging),
  );
}
