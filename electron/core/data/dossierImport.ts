/**
 * Issue #9 item 4: an encrypted dossier file into this store.
 *
 * - A `request` (from the case's own store) creates or updates the case on the target's store: a
 *   case holding only what the dossier carries (shared/interchange/dossier.ts) with no cost lines
 *   of its own, and its escalation. A wijk this store does not know is added to the catalogue with
 *   the case code's prefix (when that prefix is free), so the case can be found under its wijk.
 * - An `answer` (from the target's store) is merged into the escalation of the store that asked:
 *   its status, status history, owner and besluit. A granted maatwerkbudget in that besluit is then
 *   investering of the case (§3.2), as for a besluit recorded on this store.
 *
 * Which version wins is decided by the escalation's status history: every step either side makes
 * is appended to it, so the file is newer when the store's history is a strict beginning of the
 * file's; equal means already imported (nothing changes, not even the audit log), the store being
 * further means the file is older (nothing changes either), and two histories that went apart are
 * a CONFLICT. Any refusal changes nothing: everything is checked and written in one transaction.
 */
import { canTransitionEscalation, ESCALATION_STATUS_LABELS } from '../../../shared/domain/escalationStatus';
import { CASE_CODE, type CaseFile, type EscalationFile, type EscalationStatusChangeFile } from '../../../shared/interchange';
import { DossierSchema, type DossierEscalationFile, type DossierFile } from '../../../shared/interchange/dossier';
import { parseStrictJson } from '../../../shared/interchange/strictJson';
import { localIsoDate } from '../../../shared/format/date';
import { UserError } from '../../../shared/ipc/result';
import { firstIssueMessage } from '../../../shared/ipc/zodMessage';
import { DossierFileError, openDossier } from '../exchange/dossierFile';
import { appendAudit } from '../store/audit';
import type { Db } from '../store/openDatabase';
import { recordImportedCodes } from './caseCode';
import { readCase, saveCase } from './caseDocument';
import { upsertWijk } from './catalogueWrite';
import { readWijken } from './catalogues';
import { TRAVELLING_ESCALATION_KEYS } from './dossierExport';
import { cached } from './rows';
import { readReceivedFrom, readStoreId, recordReceivedFrom } from './storeIdentity';
import { writeDerivedCaseData } from './derivedCaseData';

export interface DossierImportOptions {
  actor: string;
  now?: Date;
}

export interface DossierImportResult {
  kind: DossierFile['kind'];
  code: string;
  escalationId: string;
  /** created: a new case; updated: the case or escalation changed; unchanged: already imported or older. */
  outcome: 'created' | 'updated' | 'unchanged';
  status: EscalationFile['status'];
  /** A wijk added to the catalogue for this case. */
  addedWijk?: string;
}

const NOTHING = 'Er is niets geïmporteerd.';

/** Opens, checks and merges one dossier file. Callable without the CLI (the app's upload reuses it). */
export async function importDossier(db: Db, file: Buffer, passphrase: string, options: DossierImportOptions): Promise<DossierImportResult> {
  const doc = parseDocument(await openDossier(file, passphrase));
  const now = options.now ?? new Date();
  const run = db.transaction((): DossierImportResult => {
    const result = doc.kind === 'request' ? mergeRequest(db, doc, localIsoDate(now)) : mergeAnswer(db, doc);
    if (result.outcome !== 'unchanged') {
      writeDerivedCaseData(db);
      appendAudit(
        db,
        {
          actor: options.actor,
          action: 'dossier.import',
          entity: 'case',
          entityId: doc.case.code,
          detail: { escalationId: doc.escalation.id, kind: doc.kind, outcome: result.outcome, status: result.status, originStore: doc.originStore },
        },
        now,
      );
    }
    return result;
  });
  return run();
}

function parseDocument(plain: Buffer): DossierFile {
  const raw = parseStrictJson(plain.toString('utf8'));
  if (!raw.ok) {
    throw new DossierFileError('BAD_INPUT', `De inhoud van het dossierbestand is onleesbaar. ${NOTHING}`, 'The dossier content is unreadable; nothing was imported.');
  }
  const parsed = DossierSchema.safeParse(raw.value);
  if (!parsed.success) {
    const why = firstIssueMessage(parsed.error);
    throw new DossierFileError('BAD_INPUT', `De inhoud van het dossierbestand klopt niet (${why}); is het gemaakt door een andere versie van de werkbank? ${NOTHING}`, `The dossier content is invalid (${why}); nothing was imported.`);
  }
  return parsed.data;
}

function caseExists(db: Db, code: string): boolean {
  return cached(db, 'SELECT 1 FROM cases WHERE code = ?').get(code) !== undefined;
}

/** `today`: the day a received case that arrives closed starts its retention period (§5). */
function mergeRequest(db: Db, doc: DossierFile, today: string): DossierImportResult {
  const { code } = doc.case;
  if (doc.originStore === readStoreId(db)) {
    throw new UserError('CONFLICT', `Dit dossierbestand van casus ${code} is in deze werkbank zelf gemaakt. Importeer het op de werkbank van het escalatiedoel. ${NOTHING}`);
  }
  const base = { kind: doc.kind, code, escalationId: doc.escalation.id } as const;
  if (!caseExists(db, code)) {
    const { wijk, addedWijk } = wijkFor(db, doc, true);
    const arrangements = doc.arrangement === undefined ? [] : [doc.arrangement];
    const escalation = checkedSteps([], doc.escalation, code);
    const created: CaseFile = {
      ...caseFields(doc, wijk),
      horizonWeeks: 52,
      attributionPct: 100,
      calculationStatus: 'concept',
      reference: [],
      actual: [],
      interventions: [],
      arrangements,
      escalations: [escalation],
    };
    saveCase(db, created, 'insert', today);
    recordImportedCodes(db, [code]);
    recordReceivedFrom(db, code, doc.originStore);
    return { ...base, outcome: 'created', status: escalation.status, ...(addedWijk ? { addedWijk } : {}) };
  }
  const from = readReceivedFrom(db, code);
  if (from === null) {
    throw new UserError('CONFLICT', `Casus ${code} bestaat al in deze werkbank als eigen casus; een dossier van een andere werkbank met dezelfde code kan die niet overschrijven. ${NOTHING}`);
  }
  if (from !== doc.originStore) {
    throw new UserError('CONFLICT', `Casus ${code} is eerder ontvangen van een andere werkbank; dit dossier komt van een werkbank die dezelfde casuscode gebruikt. Neem contact op met de afzender. ${NOTHING}`);
  }
  const current = readCase(db, code);
  const index = current.escalations.findIndex((e) => e.id === doc.escalation.id);
  const stored = current.escalations[index];
  let escalations: EscalationFile[];
  if (stored === undefined) {
    escalations = [...current.escalations, checkedSteps([], doc.escalation, code)];
  } else {
    const order = compareHistories(stored, doc.escalation, code);
    if (order === 'older') return { ...base, outcome: 'unchanged', status: stored.status };
    const next: EscalationFile =
      order === 'same'
        ? stored
        : {
            // The dossier belongs to the case's own store; the owner to the target, which keeps its own.
            ...withoutTravelling(stored),
            ...checkedSteps(stored.statusHistory ?? [], doc.escalation, code),
            ...(stored.owner !== undefined ? { owner: stored.owner } : {}),
          };
    escalations = current.escalations.map((e, i) => (i === index ? next : e));
  }
  const arrangements =
    doc.arrangement === undefined
      ? current.arrangements
      : [...current.arrangements.filter((a) => a.id !== doc.arrangement?.id), doc.arrangement];
  const next: CaseFile = { ...current, ...caseFields(doc, wijkFor(db, doc, false).wijk), arrangements, escalations };
  if (same(next, current)) return { ...base, outcome: 'unchanged', status: stored?.status ?? doc.escalation.status };
  saveCase(db, next, 'replace', today);
  return { ...base, outcome: 'updated', status: doc.escalation.status };
}

function mergeAnswer(db: Db, doc: DossierFile): DossierImportResult {
  const { code } = doc.case;
  if (doc.originStore !== readStoreId(db) || !caseExists(db, code) || readReceivedFrom(db, code) !== null) {
    throw new UserError(
      'NOT_FOUND',
      `Dit is een antwoord op een escalatie van casus ${code}, maar die casus is niet door deze werkbank verstuurd. Importeer het antwoord op de werkbank die het dossier verstuurde. ${NOTHING}`,
    );
  }
  const current = readCase(db, code);
  const index = current.escalations.findIndex((e) => e.id === doc.escalation.id);
  const stored = current.escalations[index];
  if (stored === undefined) {
    throw new UserError('NOT_FOUND', `Casus ${code} heeft geen escalatie ${doc.escalation.id}; dit antwoord hoort bij een escalatie die deze werkbank niet (meer) heeft. ${NOTHING}`);
  }
  const base = { kind: doc.kind, code, escalationId: doc.escalation.id } as const;
  const order = compareHistories(stored, doc.escalation, code);
  if (order !== 'newer') return { ...base, outcome: 'unchanged', status: stored.status };
  const answered = checkedSteps(stored.statusHistory ?? [], doc.escalation, code);
  // The target's part: where the escalation stands, who handles it, and the besluit. The dossier
  // itself (question, deadline, …) stays as this store wrote it.
  const { besluit: _old, ...rest } = stored;
  const next: EscalationFile = {
    ...rest,
    status: answered.status,
    ...(answered.statusHistory !== undefined ? { statusHistory: answered.statusHistory } : {}),
    ...(answered.owner !== undefined ? { owner: answered.owner } : {}),
    ...(answered.besluit !== undefined ? { besluit: answered.besluit } : {}),
  };
  saveCase(db, { ...current, escalations: current.escalations.map((e, i) => (i === index ? next : e)) }, 'replace');
  return { ...base, outcome: 'updated', status: next.status };
}

/** The case fields a request carries, as the target's store keeps them. */
function caseFields(doc: DossierFile, wijk: string) {
  const c = doc.case;
  return {
    code: c.code,
    wijk,
    sporen: c.sporen,
    status: c.status,
    registeredOn: c.registeredOn,
    referenceDate: c.referenceDate,
    ...(c.isSignaal === true ? { isSignaal: true as const } : {}),
  };
}

/**
 * The wijk name the case is filed under here: the catalogue's spelling when it knows the wijk
 * (case-insensitively), else the file's — added to the catalogue with the code's prefix when that
 * prefix is free (a taken prefix belongs to another wijk: the case then keeps its wijk name only).
 */
function wijkFor(db: Db, doc: DossierFile, mayAdd: boolean): { wijk: string; addedWijk?: string } {
  const name = doc.case.wijk;
  const wijken = readWijken(db);
  const known = wijken.find((w) => w.name.toLowerCase() === name.toLowerCase());
  if (known !== undefined) return { wijk: known.name };
  const prefix = CASE_CODE.exec(doc.case.code)?.[1] ?? '';
  if (!mayAdd || wijken.some((w) => w.codePrefix === prefix)) return { wijk: name };
  const slug = name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || prefix.toLowerCase();
  let id = slug.slice(0, 60);
  for (let n = 2; wijken.some((w) => w.id === id); n++) id = `${slug.slice(0, 56)}-${String(n)}`;
  upsertWijk(db, { id, name, codePrefix: prefix });
  return { wijk: name, addedWijk: name };
}

const stepKey = (s: EscalationStatusChangeFile) => JSON.stringify([s.from, s.to, s.at, s.by ?? null, s.why ?? null]);

/** Is the file's escalation newer than, the same as, or older than the stored one? Apart is a CONFLICT. */
function compareHistories(stored: EscalationFile, file: DossierEscalationFile, code: string): 'newer' | 'same' | 'older' {
  const a = (stored.statusHistory ?? []).map(stepKey);
  const b = (file.statusHistory ?? []).map(stepKey);
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    if (a[i] !== b[i]) {
      throw new UserError(
        'CONFLICT',
        `Escalatie ${file.id} van ${code} is op beide werkbanken verder gegaan (hier: '${ESCALATION_STATUS_LABELS[stored.status]}', in het bestand: '${ESCALATION_STATUS_LABELS[file.status]}'). Overleg met de afzender welke stand geldt. ${NOTHING}`,
      );
    }
  }
  if (b.length > a.length) return 'newer';
  if (b.length < a.length) return 'older';
  // Without a longer history the status is the only sign of progress; an equal status is the same.
  return stored.status === file.status ? 'same' : 'newer';
}

/**
 * The file's escalation, after checking that every step it adds to the `known` history is a
 * whitelisted transition (§2.3) ending in the status it claims — a crafted file cannot jump states.
 */
function checkedSteps(known: readonly EscalationStatusChangeFile[], e: DossierEscalationFile, code: string): EscalationFile {
  const steps = e.statusHistory ?? [];
  for (let i = known.length; i < steps.length; i++) {
    const step = steps[i];
    const previous = i === 0 ? null : (steps[i - 1]?.to ?? null);
    // The first step may start anywhere (data from before the history was kept); every later one
    // follows on from the previous and is a whitelisted transition.
    const allowed =
      step !== undefined && (i === 0 || (step.from === previous && step.from !== null && canTransitionEscalation(step.from, step.to)));
    if (!allowed) {
      throw new UserError('BAD_INPUT', `escalation.statusHistory[${String(i)}]: escalatie ${e.id} van ${code} zet een stap die niet is toegestaan. ${NOTHING}`);
    }
  }
  const last = steps.at(-1);
  if (last !== undefined && last.to !== e.status) {
    throw new UserError('BAD_INPUT', `escalation.status: escalatie ${e.id} van ${code} heeft status '${e.status}' maar haar laatste stap gaat naar '${last.to}'. ${NOTHING}`);
  }
  return e;
}

/** The stored escalation without the fields a request replaces (it keeps what never travels). */
function withoutTravelling(e: EscalationFile): EscalationFile {
  const travelling = new Set<string>(TRAVELLING_ESCALATION_KEYS);
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (!travelling.has(k)) rest[k] = v;
  return { ...rest, target: e.target, status: e.status };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, canonical(x)]),
    );
  }
  return v;
}
