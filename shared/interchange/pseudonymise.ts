/**
 * §5 pseudonymised exports for evaluators: the case code is the only key. No alias, no birth year
 * (an age band instead), no names of people, and no free text that may describe a resident
 * (notes, aanleiding, doel, reasons, dossier questions, meeting notes, decisions and actions).
 * What remains is what the §3 figures and §3.6 indicators need.
 */
import type { CaseFile } from './caseFile';
import type { EscalationFile } from './caseParts';
import type { DatasetFile } from './dataset';
import type { MeetingFile, TafelFile } from './meetings';

/** Ten-year bands ('30-39') counted at the case's reference year; 80+ as one band (small cells). */
export function ageBand(birthYear: number, atYear: number): string {
  const age = Math.max(0, atYear - birthYear);
  if (age >= 80) return '80+';
  const low = Math.floor(age / 10) * 10;
  return `${String(low)}-${String(low + 9)}`;
}

export function pseudonymiseDataset(file: DatasetFile): DatasetFile {
  return {
    ...file,
    cases: file.cases.map(pseudonymiseCase),
    tafels: file.tafels?.map(pseudonymiseTafel),
    meetings: file.meetings?.map(pseudonymiseMeeting),
  };
}

function pseudonymiseCase(c: CaseFile): CaseFile {
  const {
    alias: _alias,
    birthYear,
    ageBand: givenBand,
    casusregisseur,
    aanmelder,
    aanleiding: _aanleiding,
    doel: _doel,
    notes: _notes,
    statusHistory,
    calculation,
    ...rest
  } = c;
  const atYear = Number((c.referenceDate ?? c.registeredOn).slice(0, 4));
  const band = birthYear !== undefined ? ageBand(birthYear, atYear) : givenBand;
  const out: CaseFile = { ...rest };
  if (band !== undefined) out.ageBand = band;
  if (casusregisseur?.organisation !== undefined) out.casusregisseur = { organisation: casusregisseur.organisation };
  if (aanmelder?.organisation !== undefined) out.aanmelder = { organisation: aanmelder.organisation };
  if (statusHistory) out.statusHistory = statusHistory.map(({ from, to, at }) => ({ from, to, at }));
  if (calculation) out.calculation = { priceListVersion: calculation.priceListVersion, ...(calculation.fixedOn ? { fixedOn: calculation.fixedOn } : {}) };
  out.interventions = c.interventions.map(({ note: _note, doorbraakAllowedBy: _by, ...v }) => v);
  out.escalations = c.escalations.map(({ question: _q, tried: _t, requestedDeviation: _d, owner: _o, besluit, statusHistory: steps, ...e }) => {
    const kept: EscalationFile = { ...e };
    if (besluit) {
      const { motivation: _m, decidedBy: _b, ...rest } = besluit;
      kept.besluit = rest;
    }
    // As for the case: which step and when stay (lead times), who and why go.
    if (steps) kept.statusHistory = steps.map(({ from, to, at }) => ({ from, to, at }));
    return kept;
  });
  return out;
}

/** Tafel members are people: the pseudonymised export keeps the tafel, not who sits at it. */
function pseudonymiseTafel(t: TafelFile): TafelFile {
  return { ...t, members: [] };
}

/** Keeps which case was discussed where and when (§3.6), drops who attended and what was said. */
function pseudonymiseMeeting(m: MeetingFile): MeetingFile {
  const { chair: _chair, ...rest } = m;
  return {
    ...rest,
    attendance: [],
    agenda: m.agenda.map(({ notes: _notes, ...item }) => ({ ...item, decisions: [], actions: [] })),
  };
}
