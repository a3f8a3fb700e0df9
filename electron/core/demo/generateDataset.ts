/**
 * Issue #13 item 1: a seeded generator of realistic interchange-v1 datasets (PRODUCT.md §4), for
 * the tests, `werkbank demo` / `npm run demo` and `werkbank bench`. N cases over the shipped
 * catalogue's wijken, registered from January 2024 up to `today`, each first discussed at a
 * meeting of its wijk's tafel (that meeting's date is its reference date, §3.2) with about ten
 * interventions over the four sporen; about one meeting per ten cases, with agendas, decisions
 * and actions; knelpunten and signalen. Deterministic: the same options give the same object, and
 * so byte-identical JSON (mulberry32, prng.ts; no clock, no Math.random). The result goes through
 * the normal import (`importDataset`), which validates it like any file.
 */
import type { Spoor } from '../../../shared/domain/enums';
import { addDays, daysBetween } from '../../../shared/calc/dates';
import type { CaseFile } from '../../../shared/interchange/caseFile';
import type { InterventionTypeFile, WijkFile } from '../../../shared/interchange/catalogues';
import type { DatasetFile } from '../../../shared/interchange/dataset';
import type { AgendaItemFile, KnelpuntFile, MeetingFile, TafelFile } from '../../../shared/interchange/meetings';
import { FORMAT_V1 } from '../../../shared/interchange/vocabulary';
import { demoCatalogue } from './demoCatalogue';
import { generateCase, type CaseContext, type CaseSeed } from './generateCase';
import { mulberry32, type Rng } from './prng';

export interface GenerateOptions {
  cases: number;
  seed: number;
  /** The dataset's "today": nothing in it happens later. Default 2026-06-30 (so 2024–2026). */
  today?: string;
  /** Mean interventions of a discussed case; default 11, so about 10 a case over all cases. */
  interventionsPerCase?: number;
  /** Number of meetings; default one per ten cases (at least one per wijk). */
  meetings?: number;
}

const FIRST_DAY = '2024-01-08';
const DEFAULT_TODAY = '2026-06-30';

const PEOPLE = ['S. Yilmaz', 'M. de Vries', 'H. Koster', 'A. Smit', 'R. Peters', 'F. El Amrani', 'J. Bakker', 'L. Jansen', 'N. Visser', 'D. Mulder'];
const KNELPUNT_RULES = [
  ['Urgentieverordening', 'Geen urgentie bij huurachterstand, ook niet als dat ontruiming voorkomt.'],
  ['Kostendelersnorm', 'Inwonende volwassen zoon verlaagt de uitkering; de familie kan hem niet opvangen.'],
  ['Toegang schuldhulpverlening', 'Geen traject zolang er een fraudevordering openstaat.'],
  ['Wmo-indicatie zonder woonadres', 'Geen begeleiding zonder vaste woonplaats.'],
  ['Wachttijd beschermd wonen', 'Negen maanden wachttijd; intussen nachtopvang.'],
] as const;

function wijkTafel(w: WijkFile, rng: Rng): TafelFile {
  const [chair = 'H. Koster', ...others] = shuffled(rng, PEOPLE).slice(0, 5);
  return {
    id: `tafel-${w.id}`,
    type: 'wijktafel',
    name: `Casuïstiektafel ${w.name}`,
    wijk: w.name,
    members: [
      { name: chair, organisation: 'Gemeente Rotterdam', role: 'voorzitter' },
      ...others.map((name, i) => ({ name, organisation: [`Wijkteam ${w.name}`, 'Vraagwijzer', 'Werk en Inkomen', 'Woningcorporatie (fictief)'][i] ?? 'Welzijn (fictief)' })),
    ],
    cadence: 'tweewekelijks',
  };
}

/** Fisher–Yates on a copy, driven by the seeded generator. */
function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The meeting dates of each wijk, evenly spread from FIRST_DAY to today (Tuesdays or not: a demo). */
function meetingDates(count: number, today: string): string[] {
  const span = daysBetween(FIRST_DAY, today);
  return Array.from({ length: count }, (_, i) => addDays(FIRST_DAY, Math.floor(((i + 0.5) * span) / count)));
}

/** The first date on or after `from` (binary search over the sorted dates), or null. */
function firstOnOrAfter(dates: readonly string[], from: string): string | null {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] ?? '') < from) lo = mid + 1;
    else hi = mid;
  }
  return dates[lo] ?? null;
}

export function generateDataset(opts: GenerateOptions): DatasetFile {
  const rng = mulberry32(opts.seed);
  const today = opts.today ?? DEFAULT_TODAY;
  const catalogue = demoCatalogue();
  const wijken = catalogue.wijken;
  const typesBySpoor = new Map<Spoor, InterventionTypeFile[]>();
  for (const t of catalogue.interventionTypes) typesBySpoor.set(t.spoor, [...(typesBySpoor.get(t.spoor) ?? []), t]);
  let escalations = 0;
  const ctx: CaseContext = {
    rng,
    today,
    pricedItems: catalogue.priceList.items.filter((it) => it.unitCostCents !== null),
    typesBySpoor,
    priceListVersion: catalogue.priceList.version,
    interventionsPerCase: opts.interventionsPerCase ?? 11,
    nextEscalationId: () => `esc-${String((escalations += 1))}`,
  };

  const tafels = wijken.map((w) => wijkTafel(w, rng));
  const meetingCount = Math.max(wijken.length, opts.meetings ?? Math.round(opts.cases / 10));
  const datesByWijk = wijken.map((_, wi) => meetingDates(Math.floor(meetingCount / wijken.length) + (wi < meetingCount % wijken.length ? 1 : 0), today));

  // Registration dates first, sorted, so case numbers follow the order of aanmelding per wijk and year.
  const span = daysBetween(FIRST_DAY, today);
  const registrations = Array.from({ length: opts.cases }, () => ({ wijk: rng.int(0, wijken.length - 1), on: addDays(FIRST_DAY, rng.int(0, span)) }));
  registrations.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.wijk - b.wijk));
  const numbers = new Map<string, number>();
  const cases: CaseFile[] = registrations.map(({ wijk: wi, on }) => {
    const w = wijken[wi]!;
    const key = `${w.codePrefix}-${on.slice(0, 4)}`;
    const n = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, n);
    const seed: CaseSeed = {
      code: `${key}-${String(n).padStart(3, '0')}`,
      wijk: w.name,
      registeredOn: on,
      // Discussed at the wijk's next meeting; about half of the last six weeks' aanmeldingen still wait.
      referenceDate: addDays(on, 42) > today && rng.chance(0.5) ? null : firstOnOrAfter(datesByWijk[wi]!, addDays(on, 3)),
      regisseur: { name: rng.pick(PEOPLE), organisation: `Wijkteam ${w.name}` },
    };
    return generateCase(ctx, seed, rng.chance(0.04));
  });

  const meetings = buildMeetings(rng, wijken, tafels, datesByWijk, cases, today);
  return {
    format: FORMAT_V1,
    priceList: catalogue.priceList,
    wijken: [...wijken],
    tafels,
    meetings,
    knelpunten: buildKnelpunten(rng, cases, today),
    cases: [...cases].sort((a, b) => (a.code < b.code ? -1 : 1)),
  };
}

/** Every meeting's agenda: the cases first discussed there, then (for an open action) none else. */
function buildMeetings(rng: Rng, wijken: readonly WijkFile[], tafels: readonly TafelFile[], datesByWijk: readonly string[][], cases: readonly CaseFile[], today: string): MeetingFile[] {
  const byDate = new Map<string, CaseFile[]>();
  for (const c of cases) {
    if (c.referenceDate === null || c.isSignaal === true) continue;
    const key = `${c.wijk}|${c.referenceDate}`;
    byDate.set(key, [...(byDate.get(key) ?? []), c]);
  }
  let actions = 0;
  const meetings: MeetingFile[] = [];
  wijken.forEach((w, wi) => {
    const tafel = tafels[wi]!;
    const dates = datesByWijk[wi]!;
    // More meetings than days (50.000 cases ask 2.500 a wijk in 2,5 years): a day's meetings share its cases.
    const perDay = new Map<string, number>();
    for (const date of dates) perDay.set(date, (perDay.get(date) ?? 0) + 1);
    const seenToday = new Map<string, number>();
    dates.forEach((date, n) => {
      const k = perDay.get(date) ?? 1;
      const j = seenToday.get(date) ?? 0;
      seenToday.set(date, j + 1);
      const mine = (byDate.get(`${w.name}|${date}`) ?? []).filter((_, i) => i % k === j);
      const agenda: AgendaItemFile[] = mine.map((c, i) => ({
        caseCode: c.code,
        order: i + 1,
        minutes: rng.pick([10, 15, 20, 30]),
        decisions: rng.chance(0.7) ? [{ text: 'Plan van aanpak opstellen met de casusregisseur (demo).' }] : [],
        actions: Array.from({ length: rng.int(0, 2) }, () => {
          const due = addDays(date, rng.int(7, 28));
          return {
            id: `act-demo-${String((actions += 1))}`,
            text: rng.pick(['Aanvraag indienen', 'Huisbezoek plannen', 'Schuldeisers benaderen', 'Mantelzorger uitnodigen']),
            owner: rng.pick(PEOPLE),
            due,
            status: due < today ? rng.weighted([['gedaan', 80], ['open', 12], ['vervallen', 8]] as const) : 'open',
          };
        }),
      }));
      meetings.push({
        id: `bijeenkomst-${w.id}-${date}-${String(n + 1)}`,
        tafel: tafel.id,
        date,
        place: `Wijkhuis ${w.name}`,
        chair: tafel.members[0]?.name ?? 'H. Koster',
        attendance: tafel.members.map((m) => ({ name: m.name, organisation: m.organisation, present: rng.chance(0.85) })),
        agenda,
      });
    });
  });
  return meetings;
}

/** About one knelpunt per 25 discussed cases, raised after the discussion. */
function buildKnelpunten(rng: Rng, cases: readonly CaseFile[], today: string): KnelpuntFile[] {
  const out: KnelpuntFile[] = [];
  for (const c of cases) {
    if (c.referenceDate === null || !rng.chance(0.04)) continue;
    const [rule, description] = rng.pick(KNELPUNT_RULES);
    const raisedOn = addDays(c.referenceDate, rng.int(0, 60));
    out.push({
      id: `kp-demo-${String(out.length + 1)}`,
      caseCode: c.code,
      wijk: c.wijk,
      rule,
      description,
      raisedOn: raisedOn > today ? today : raisedOn,
      status: rng.weighted([['open', 50], ['doorgezet', 35], ['opgelost', 15]] as const),
    });
  }
  return out;
}
