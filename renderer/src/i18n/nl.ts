import { CALCULATION_STATUS_LABELS, LEEFGEBIED_LABELS, OUTCOME_LABELS, PAYER_LABELS, SPOOR_LABELS, TARGET_LABELS } from '../../../shared/format/domainLabels';
import { nlAudit } from '../features/audit/nl';
import { nlBeheer } from '../features/beheer/nl';
import { nlBusinesscase } from '../features/businesscase/nl';
import { nlCaseDetail } from '../features/caseDetail/nl';
import { nlDossier } from '../features/dossier/nl';
import { nlEscalations } from '../features/escalations/nl';
import { nlKnelpunten } from '../features/knelpunten/nl';
import { nlTafels } from '../features/tafels/nl';
import { nlKengetallen } from '../features/kengetallen/nl';
import { nlForm } from '../components/form/nl';
import { nlExports } from '../features/exports/nl';
import { nlRetention } from '../features/retention/nl';
import { nlWijken } from '../features/wijken/nl';

/**
 * Every string a person reads in the app. Dutch is the only language for now (PRODUCT.md §1).
 * Each feature keeps its own strings in features/<feature>/nl.ts; the labels of the domain's
 * enumerations, which every feature shows, live here once.
 */
export const nl = {
  audit: nlAudit,
  beheer: nlBeheer,
  caseDetail: nlCaseDetail,
  escalations: nlEscalations,
  businesscase: nlBusinesscase,
  tafels: nlTafels,
  knelpunten: nlKnelpunten,
  kengetallen: nlKengetallen,
  form: nlForm,
  dossier: nlDossier,
  exports: nlExports,
  retention: nlRetention,
  wijken: nlWijken,
  app: {
    title: 'Casuïstiek Werkbank',
    subtitle: 'Pilots Bestaanszekerheid — Rotterdam',
    skipToContent: 'Direct naar de inhoud',
    lock: 'Vergrendelen',
    mainNav: 'Hoofdmenu',
    storeLabel: 'Opslag: {{path}}',
  },
  nav: {
    casussen: 'Casussen',
    tafels: 'Tafels',
    escalaties: 'Escalaties',
    knelpunten: 'Knelpunten',
    businesscase: 'Businesscase',
    beheer: 'Beheer',
    wijken: 'Wijken',
  },
  session: {
    loading: 'Werkbank wordt geopend…',
    createTitle: 'Nieuwe werkbank',
    createIntro:
      'Alle gegevens blijven versleuteld op deze computer. Kies een wachtwoordzin van minstens {{min}} tekens; zonder deze wachtwoordzin kan niemand de gegevens lezen, ook u niet. Bewaar hem dus goed.',
    passphrase: 'Wachtwoordzin',
    confirmation: 'Herhaal de wachtwoordzin',
    create: 'Werkbank aanmaken',
    creating: 'Bezig met aanmaken…',
    unlockTitle: 'Werkbank ontgrendelen',
    unlockIntro: 'Vul uw wachtwoordzin in om de versleutelde gegevens te openen.',
    unlock: 'Ontgrendelen',
    unlocking: 'Bezig met ontgrendelen…',
    autoLockNote: 'De werkbank vergrendelt zichzelf na {{minutes}} minuten zonder activiteit.',
    restored:
      'De reservekopie van {{madeAt}} is teruggezet. De vervangen werkbank is met zijn sleutelbestand bewaard als {{keptAs}}. Ontgrendel nu met de wachtwoordzin van de reservekopie.',
    osUnlock: 'Ontgrendelen met uw computeraccount',
    osUnlocking: 'Bezig met ontgrendelen…',
    osUnlockOr: 'Of gebruik de sleutelbos van uw computeraccount; Beheer heeft dit voor deze computer aangezet.',
  },
  cases: {
    title: 'Casussen',
    intro: 'Alle aangemelde casussen en signalen, nieuwste eerst.',
    filters: 'Filters',
    search: 'Zoek op casuscode of alias',
    wijk: 'Wijk',
    status: 'Status',
    spoor: 'Spoor',
    regisseur: 'Casusregisseur',
    followUpDue: 'Alleen casussen op of over hun opvolgdatum',
    all: 'Alle',
    emptyTitle: 'Nog geen casussen',
    emptyBody:
      'Er zijn nog geen casussen aangemeld. Kies "Nieuwe aanmelding" om een casus of signaal aan te melden, of importeer een bestand met de opdrachtregel (werkbank import).',
    noMatch: 'Geen casussen gevonden met deze filters.',
    count_one: '{{count}} casus',
    count_other: '{{count}} casussen',
    col: {
      code: 'Casuscode',
      alias: 'Alias',
      wijk: 'Wijk',
      status: 'Status',
      sporen: 'Sporen',
      registeredOn: 'Aangemeld op',
      regisseur: 'Casusregisseur',
      followUpOn: 'Opvolgdatum',
    },
    signaal: 'Signaal',
  },
  status: {
    aangemeld: 'Aangemeld',
    geagendeerd: 'Geagendeerd',
    in_behandeling: 'In behandeling',
    plan_vastgesteld: 'Plan vastgesteld',
    in_uitvoering: 'In uitvoering',
    afgesloten: 'Afgesloten',
    vastgelopen: 'Vastgelopen',
    geescaleerd: 'Geëscaleerd',
    ingetrokken: 'Ingetrokken',
  },
  spoor: SPOOR_LABELS,
  calculationStatus: CALCULATION_STATUS_LABELS,
  payer: PAYER_LABELS,
  unit: { dag: 'dag', nacht: 'nacht', week: 'week', maand: 'maand', jaar: 'jaar', uur: 'uur', eenmalig: 'eenmalig' },
  evidence: { A: 'A — gemeten/contracttarief', B: 'B — gepubliceerde schatting', C: 'C — ruwe schatting' },
  interventionStatus: { voorgesteld: 'Voorgesteld', ingezet: 'Ingezet', afgerond: 'Afgerond', afgebroken: 'Afgebroken' },
  escalationStatus: {
    concept: 'Concept',
    ingediend: 'Ingediend',
    in_behandeling: 'In behandeling',
    besluit: 'Besluit',
    afgerond: 'Afgerond',
    teruggelegd: 'Teruggelegd',
    ingetrokken: 'Ingetrokken',
  },
  target: TARGET_LABELS,
  outcome: OUTCOME_LABELS,
  instrument: {
    sparren_verbinden: 'Sparren en verbinden',
    breed_casusoverleg: 'Breed casusoverleg',
    afwijken_regels: 'Afwijken van regels',
    maatwerkbudget: 'Maatwerkbudget',
  },
  urgency: { laag: 'Laag', normaal: 'Normaal', hoog: 'Hoog', acuut: 'Acuut' },
  leefgebied: LEEFGEBIED_LABELS,
  household: {
    alleenstaand: 'Alleenstaand',
    alleenstaand_met_kinderen: 'Alleenstaand met kinderen',
    paar: 'Paar',
    paar_met_kinderen: 'Paar met kinderen',
    overig: 'Overig',
  },
  domain: { wmo: 'Wmo', jeugd: 'Jeugd' },
  setting: { extramuraal: 'Extramuraal', intramuraal: 'Intramuraal', semimuraal: 'Semimuraal' },
  errors: {
    generic: 'Er ging iets mis. Probeer het opnieuw.',
  },
  /** components/DataTable: the empty state when a table names none, and the sort announcement. */
  table: {
    empty: 'Nog niets om te tonen.',
    sortAsc: 'oplopend gesorteerd',
    sortDesc: 'aflopend gesorteerd',
  },
  /** Issue #14 items 7–9: the Wmo-kader's arrangement taxonomy, the care-cost band, the referral follow-up. */
  resultaatgebied: {
    sociaal_persoonlijk_functioneren: 'Sociaal en persoonlijk functioneren',
    huishouden: 'Ondersteuning en regie bij het voeren van een huishouden',
    financien: 'Financiën',
    dagbesteding: 'Dagbesteding',
    zelfzorg_gezondheid: 'Ondersteuning bij zelfzorg en gezondheid',
    huisvesting: 'Huisvesting',
    mantelzorgondersteuning: 'Mantelzorgondersteuning (met verblijf)',
  },
  clientgroep: {
    ouderen: 'Ouderen',
    lichamelijk_beperkten: 'Lichamelijk beperkten',
    verstandelijk_beperkten: 'Verstandelijk beperkten',
    ggz_mo_extramuraal: 'GGZ en MO extramuraal',
    ggz_mo_intramuraal: 'GGZ en MO intramuraal',
    zintuiglijk_beperkten: 'Zintuiglijk beperkten',
  },
  careCostBand: {
    tot_10k: 'minder dan € 10.000 per jaar',
    van_10k_tot_50k: '€ 10.000 tot € 50.000 per jaar',
    van_50k_tot_100k: '€ 50.000 tot € 100.000 per jaar',
    boven_100k: '€ 100.000 of meer per jaar',
  },
  referralArrived: { aangekomen: 'Ja', niet_aangekomen: 'Nee', onbekend: 'Onbekend' },
} as const;
