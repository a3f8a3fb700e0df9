/**
 * Every react-query key of the renderer, in one place, so a write can see what it refreshes.
 *
 * react-query invalidates by prefix: `invalidateQueries({ queryKey: ['cases'] })` refreshes every
 * key that starts with 'cases'. The first element of each key below is therefore a family, and the
 * comment on each family says what one invalidation of it refreshes. Add a key here, never inline in
 * a screen, and put it under the family whose invalidation must refresh it.
 *
 * The keys are those the screens used before this module (values unchanged), so every
 * invalidation refreshes exactly what it did.
 */
import type { ChannelInput } from '../../../shared/ipc/contract';
import { SESSION_KEY } from '../app/useSession';

export const queryKeys = {
  /**
   * ['session'] — the store's lock state (app/useSession.ts owns it). Never invalidated with the
   * data: a case write refreshes "everything but the session" (see allButSession).
   */
  session: SESSION_KEY,
  /**
   * ['session', 'osUnlock'] — session:osUnlockStatus, read by the unlock screen and Beveiliging.
   * In the session family, so it survives a lock (the unlock screen needs it) and data writes.
   */
  osUnlock: [SESSION_KEY[0], 'osUnlock'] as const,

  /** ['catalogue'] — catalogue:get (interventions, escalation targets, wijken …). One entry. */
  catalogue: ['catalogue'] as const,

  /** ['priceList', version] — priceList:get; '(huidig)' is the current list. ['priceList'] refreshes every version. */
  priceList: (version: string | undefined) => ['priceList', version ?? '(huidig)'] as const,

  /**
   * ['cases', …] — the case list (cases:list per filter) and the meeting mode's case details.
   * Invalidating ['cases'] refreshes every list filter and the meeting mode's details, but not the
   * case screen's ['case', code].
   */
  cases: {
    all: ['cases'] as const,
    list: (query: ChannelInput<'cases:list'>) => ['cases', query] as const,
    /**
     * cases:get as meeting mode reads it. Kept under 'cases' (not 'case') so a meeting write that
     * moves case statuses (which invalidates ['cases']) refreshes it too.
     */
    inMeeting: (code: string) => ['cases', 'detail', code] as const,
  },

  /**
   * ['case', code] — one case as stored (cases:get), shared by the case screen and the escalation
   * dossier panel. ['case'] refreshes every case held.
   */
  case: {
    all: ['case'] as const,
    detail: (code: string) => ['case', code] as const,
  },

  /** ['rendement', code] — cases:rendement, the case's §3 figures. */
  rendement: (code: string) => ['rendement', code] as const,

  /**
   * ['escalations', …] — the PRIO inbox (per filter) and the overdue banner's count, so one
   * invalidation after an escalation write refreshes both.
   */
  escalations: {
    all: ['escalations'] as const,
    overdueCount: ['escalations', 'overdueCount'] as const,
    inbox: (query: ChannelInput<'escalations:inbox'>) => ['escalations', 'inbox', query] as const,
  },

  /** ['tafels'] — tafels:list. */
  tafels: ['tafels'] as const,

  /** ['socialeKaart', query] — socialeKaart:list per filter; ['socialeKaart'] refreshes every list. */
  socialeKaart: {
    all: ['socialeKaart'] as const,
    list: (query: ChannelInput<'socialeKaart:list'>) => ['socialeKaart', query] as const,
  },

  /** ['meetings', …] — meetings:list per filter; ['meetings'] refreshes every list. */
  meetings: {
    all: ['meetings'] as const,
    list: (query: ChannelInput<'meetings:list'>) => ['meetings', query] as const,
  },

  /**
   * ['meeting', id, …] — one meeting (meetings:get) and its agenda proposal below it:
   * ['meeting', id] refreshes both, ['meeting'] every meeting held; the proposal alone is
   * refreshed with `exact: true`.
   */
  meeting: {
    all: ['meeting'] as const,
    detail: (id: string) => ['meeting', id] as const,
    proposal: (id: string) => ['meeting', id, 'proposal'] as const,
  },

  /** ['openActions', …] — actions:listOpen per filter; ['openActions'] refreshes every list. */
  openActions: {
    all: ['openActions'] as const,
    list: (query: ChannelInput<'actions:listOpen'>) => ['openActions', query] as const,
  },

  /** ['businesscase', query] — businesscase:get per filter. */
  businesscase: (query: ChannelInput<'businesscase:get'>) => ['businesscase', query] as const,
  /** ['indicators', query] — indicators:get per filter. */
  indicators: (query: ChannelInput<'indicators:get'>) => ['indicators', query] as const,
  /** ['register', query] — register:get (the weekbedrag register) per filter. */
  register: (query: ChannelInput<'register:get'>) => ['register', query] as const,
  /** ['businesscase', 'years', query] — businesscase:years (the figures per year) per filter. */
  businesscaseYears: (query: ChannelInput<'businesscase:years'>) => ['businesscase', 'years', query] as const,

  /**
   * ['knelpunten', query] — knelpunten:list per filter: the register and the case screen's
   * knelpunten ({} is every knelpunt). ['knelpunten'] refreshes every filter.
   */
  knelpunten: {
    all: ['knelpunten'] as const,
    list: (query: ChannelInput<'knelpunten:list'>) => ['knelpunten', query] as const,
  },

  /**
   * ['audit', …] — the audit screen: audit:list per filter and page, and audit:status. ['audit']
   * refreshes both (after the screen's own export, which adds an entry).
   */
  audit: {
    all: ['audit'] as const,
    list: (query: ChannelInput<'audit:list'>) => ['audit', 'list', query] as const,
    status: ['audit', 'status'] as const,
  },
  /** ['retention', query] — retention:list (Beheer → Bewaartermijnen) per filter; ['retention'] refreshes every list. */
  retention: {
    all: ['retention'] as const,
    list: (query: ChannelInput<'retention:list'>) => ['retention', query] as const,
  },

  /**
   * ['wijkbase', …] — the Wijken screen (issue #14 item 3): baselines:list and lessons:list per
   * wijk and tussenevaluatie:get per year. ['wijkbase'] refreshes all three after a write.
   */
  wijkbase: {
    all: ['wijkbase'] as const,
    baselines: (query: ChannelInput<'baselines:list'>) => ['wijkbase', 'baselines', query] as const,
    lessons: (query: ChannelInput<'lessons:list'>) => ['wijkbase', 'lessons', query] as const,
    tussenevaluatie: (query: ChannelInput<'tussenevaluatie:get'>) => ['wijkbase', 'tussenevaluatie', query] as const,
  },

  /** ['verslag', id, pseudonymised] — meetings:verslag (json); ['verslag', id] follows every change of the meeting. */
  verslag: {
    ofMeeting: (id: string) => ['verslag', id] as const,
    version: (id: string, pseudonymised: boolean) => ['verslag', id, pseudonymised] as const,
  },
};

/**
 * The filter for "every query but the session and this case": what a case write refreshes, since a
 * status or an intervention changes every list and figure (the case itself the write answered).
 */
export function allButSessionAndCase(code: string) {
  return (query: { queryKey: readonly unknown[] }): boolean => {
    const [family, id] = query.queryKey;
    if (family === queryKeys.session[0]) return false;
    return !(family === queryKeys.case.all[0] && id === code);
  };
}

/**
 * The filter for what a knelpunt write refreshes: every knelpunten list and the monitoring's
 * indicators (their count per rule, §3.6). Cases and figures do not depend on knelpunten.
 */
export function afterKnelpuntWrite(query: { queryKey: readonly unknown[] }): boolean {
  const [family] = query.queryKey;
  return family === queryKeys.knelpunten.all[0] || family === queryKeys.indicators({ year: 0 })[0];
}

/**
 * The filter for what an imported dataset refreshes: every query but the session, since a file can
 * bring cases, catalogues, tafels, meetings and prices at once.
 */
export function allButSession(query: { queryKey: readonly unknown[] }): boolean {
  return query.queryKey[0] !== queryKeys.session[0];
}
