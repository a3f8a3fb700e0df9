import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parsePeriod, type Period } from '../../shared/calc/period';
import { BUSINESSCASE_VIEWS, SPOREN } from '../../shared/domain/enums';
import { CASE_CODE } from '../../shared/interchange/primitives';
import { erasureReason } from '../../shared/ipc/channels/retention';
import { firstIssueMessage } from '../../shared/ipc/zodMessage';
import { CliError, EXIT } from './errors';

const EXPORT_WHATS = ['dataset', 'businesscase', 'indicators', 'register', 'verslag', 'tussenevaluatie'] as const;
const EXPORT_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;

/** §3.3 `--period 2025 | 2025-T2 | 2025-Q3 | 2025-01-01..2025-06-30`; parsePeriod's Dutch message, naming the option. */
const periodOption = z.string().transform((text, ctx): Period => {
  const parsed = parsePeriod(text);
  if (parsed.ok) return parsed.period;
  ctx.addIssue({ code: 'custom', message: `--period: ${parsed.message}` });
  return z.NEVER;
});

const Common = z.object({
  db: z.string().min(1).optional(),
  'passphrase-file': z.string().min(1).optional(),
});

const Command = z.discriminatedUnion('command', [
  Common.extend({ command: z.literal('init') }),
  Common.extend({ command: z.literal('import'), file: z.string({ error: 'geef het bestand op: werkbank import BESTAND' }).min(1) }),
  Common.extend({
    command: z.literal('export'),
    what: z.enum(EXPORT_WHATS, { error: `--what moet een van ${EXPORT_WHATS.join(', ')} zijn` }),
    format: z.enum(EXPORT_FORMATS, { error: `--format moet een van ${EXPORT_FORMATS.join(', ')} zijn` }),
    out: z.string({ error: 'geef het doelbestand op met --out BESTAND' }).min(1),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    /** §3.3 a year, tertiaal, quarter or date range; --year JJJJ is shorthand for --period JJJJ. */
    period: periodOption.optional(),
    /** §3.8 the businesscase's view; cohort by default. */
    view: z.enum(BUSINESSCASE_VIEWS, { error: `--view moet cohort of kalenderjaar zijn` }).optional(),
    wijk: z.string().min(1).optional(),
    pseudonymised: z.boolean().default(false),
    /** The bijeenkomst whose verslag is exported (--what verslag only). */
    meeting: z.string().min(1).optional(),
    // Issue #14 item 10: the screens' other filters and the moment, so an export's recompute command is complete.
    spoor: z.enum(SPOREN, { error: `--spoor moet een van ${SPOREN.join(', ')} zijn` }).optional(),
    tafel: z.string().min(1).optional(),
    'only-vastgesteld': z.boolean().default(false),
    'year-only': z.boolean().default(false),
    'as-of': z.iso.datetime({ error: '--as-of is een moment als 2025-06-02T10:00:00.000Z' }).optional(),
  })
    .refine((c) => c.year === undefined || c.period === undefined, { message: 'geef --year of --period, niet allebei (--year 2025 is hetzelfde als --period 2025)', path: ['period'] })
    .refine((c) => c.view === undefined || c.what === 'businesscase', { message: '--view (cohort of kalenderjaar) hoort bij --what businesscase', path: ['view'] }),
  // Issue #14 item 10: recompute an evaluator export from its pseudonymised dataset and compare.
  Common.extend({
    command: z.literal('verify-export'),
    file: z.string({ error: 'geef de export op: werkbank verify-export BESTAND --dataset DATASET.json' }).min(1),
    dataset: z.string({ error: 'geef de dataset op met --dataset DATASET.json' }).min(1),
  }),
  // Issue #11 item 3: --against a dataset export compares the audit head it recorded.
  Common.extend({ command: z.literal('verify'), against: z.string().min(1).optional() }),
  // Issue #11 item 1: a new passphrase re-wraps the database key; rekey rotates the key itself.
  Common.extend({ command: z.literal('passphrase') }),
  Common.extend({ command: z.literal('rekey') }),
  // Issue #9 item 4: one escalation dossier between two werkbanken, as one encrypted file.
  Common.extend({
    command: z.literal('dossier export'),
    case: z.string({ error: 'geef de casus op met --case CODE' }).regex(CASE_CODE, 'casuscode heeft de vorm WIJK-JAAR-NUMMER, bijvoorbeeld BLO-2024-017'),
    escalation: z.string().min(1).optional(),
    out: z.string({ error: 'geef het doelbestand op met --out BESTAND' }).min(1),
  }),
  Common.extend({ command: z.literal('dossier import'), file: z.string({ error: 'geef het bestand op: werkbank dossier import BESTAND' }).min(1) }),
  // Issue #11 item 5: the same erasure as Beheer → Bewaartermijnen, with the same reason rule.
  Common.extend({
    command: z.literal('erase'),
    case: z.string({ error: 'geef de casus op met --case CODE' }).regex(CASE_CODE, 'casuscode heeft de vorm WIJK-JAAR-NUMMER, bijvoorbeeld BLO-2024-017'),
    reason: z.string({ error: "geef de reden op met --reason TEKST, bijvoorbeeld --reason 'bewaartermijn verlopen'" }).pipe(erasureReason),
  }),
  // Issue #11 item 4: the whole store as one backup file, and back.
  Common.extend({ command: z.literal('backup'), out: z.string({ error: 'geef het doelbestand op met --out BESTAND' }).min(1) }),
  Common.extend({
    command: z.literal('restore'),
    file: z.string({ error: 'geef de reservekopie op: werkbank restore BESTAND --out DB' }).min(1),
    out: z.string({ error: 'geef op waar de werkbank komt met --out DB' }).min(1),
    force: z.boolean().default(false),
  }),
  // Issue #13: a generated demo dataset into a store (made when missing), and the §7 benchmark.
  Common.extend({
    command: z.literal('demo'),
    cases: z.coerce.number({ error: '--cases is een aantal casussen, bijvoorbeeld --cases 300' }).int('--cases is een geheel aantal').min(1, '--cases is minstens 1').max(200_000, '--cases is hoogstens 200000').default(300),
    seed: z.coerce.number({ error: '--seed is een getal, bijvoorbeeld --seed 13' }).int('--seed is een geheel getal').min(0, '--seed is 0 of meer').max(4_294_967_295, '--seed past in 32 bits').default(13),
  }),
  Common.extend({
    command: z.literal('bench'),
    json: z.boolean().default(false),
    sizes: z
      .string()
      .regex(/^\d+(,\d+)*$/, '--sizes is een lijst aantallen casussen met komma\'s, bijvoorbeeld --sizes 1000,10000,50000')
      .transform((s) => s.split(',').map(Number))
      .pipe(z.array(z.number().int().min(1, '--sizes: elk aantal is minstens 1').max(100_000, '--sizes: elk aantal is hoogstens 100000')))
      .default([10_000]),
  }),
]);
export type CliCommand = z.infer<typeof Command>;

export const USAGE = `Gebruik / usage:
  werkbank init                                   nieuwe versleutelde werkbank
  werkbank import BESTAND                         dataset (formaat v1) importeren
  werkbank export --what dataset|businesscase|indicators|register
                  --format json|csv|xlsx|pdf --out BESTAND [--year JJJJ | --period PERIODE] [--wijk NAAM] [--pseudonymised]
                  (PERIODE: 2025, 2025-T2 (tertiaal), 2025-Q3 (kwartaal) of 2025-01-01..2025-06-30)
                  [--view cohort|kalenderjaar] (businesscase; cohort is standaard)
                  (xlsx en pdf voor businesscase, indicators en register)
                  [--spoor SPOOR] [--tafel ID] [--only-vastgesteld] [--year-only] [--as-of MOMENT]
                  (--year-only: het register alleen met arrangementen die in --year beginnen;
                  --as-of: het moment van de export, zoals de herberekenopdracht in een export het noemt)
  werkbank verify-export BESTAND --dataset DATASET.json
                                                  een export (json of csv) herberekenen uit de dataset die zij
                                                  noemt en vergelijken: 0 gelijk, 1 verschilt, 2 onleesbaar bestand
  werkbank export --what verslag --meeting ID --format pdf|json --out BESTAND [--pseudonymised]
                                                  verslag van een bijeenkomst (geanonimiseerd met --pseudonymised)
  werkbank export --what tussenevaluatie --format pdf|xlsx|json --out BESTAND [--year JJJJ] [--pseudonymised]
                                                  de wijken naast elkaar: nulmeting en nu, casussen, rendement,
                                                  indicatoren, knelpunten en lessen
  werkbank verify [--against EXPORT]              integriteit, auditketen, MAC's en anker controleren;
                                                  met --against ook de auditkop uit een dataset-export
  werkbank passphrase                             wachtwoordzin wijzigen (nieuwe uit WERKBANK_NEW_PASSPHRASE
                                                  of tweemaal gevraagd); het databasebestand blijft zoals het is
  werkbank rekey                                  nieuwe databasesleutel: het hele bestand opnieuw versleuteld
  werkbank dossier export --case CODE [--escalation ID] --out BESTAND
                                                  escalatiedossier (of het antwoord) versleuteld wegschrijven
  werkbank dossier import BESTAND                 versleuteld escalatiedossier (of antwoord) inlezen
  werkbank erase --case CODE --reason TEKST       een afgesloten of ingetrokken casus wissen (AVG); in het
                                                  auditlog blijft alleen: code, moment, wie en de reden
  werkbank backup --out BESTAND                   reservekopie: de versleutelde werkbank met haar sleutelbestand in
                                                  één bestand; mag terwijl de app de werkbank open heeft
  werkbank restore BESTAND --out DB [--force]     reservekopie eerst helemaal controleren, dan terugzetten als DB;
                                                  een bestaande werkbank alleen met --force (die blijft bewaard
                                                  als DB.before-restore-…); de wachtwoordzin is die van de kopie
  werkbank demo --db BESTAND [--cases N] [--seed S]
                                                  een gegenereerde demodataset (fictief) in de werkbank zetten;
                                                  maakt de werkbank als die er nog niet is (standaard 300 casussen)
  werkbank bench [--json] [--sizes N,N,…]         benchmark van PRODUCT.md §7 op tijdelijke werkbanken
                                                  (standaard 10000 casussen); --json: één JSON-regel per grootte
Opties voor elke opdracht: --db BESTAND, --passphrase-file BESTAND (of WERKBANK_PASSPHRASE).
De wachtwoordzin van een dossierbestand: WERKBANK_DOSSIER_PASSPHRASE, of de vraag in de terminal.`;

/** Parses argv into one validated command; anything off is a user error naming the option. */
export function parseCommand(argv: readonly string[]): CliCommand | 'help' {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        'passphrase-file': { type: 'string' },
        what: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        year: { type: 'string' },
        period: { type: 'string' },
        view: { type: 'string' },
        wijk: { type: 'string' },
        pseudonymised: { type: 'boolean' },
        case: { type: 'string' },
        escalation: { type: 'string' },
        meeting: { type: 'string' },
        against: { type: 'string' },
        spoor: { type: 'string' },
        tafel: { type: 'string' },
        'only-vastgesteld': { type: 'boolean' },
        'year-only': { type: 'boolean' },
        'as-of': { type: 'string' },
        dataset: { type: 'string' },
        reason: { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
        sizes: { type: 'string' },
        cases: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new CliError(EXIT.user, `Onbekende of onvolledige optie (${msg}).\n${USAGE}`, `Unknown or incomplete option (${msg}).`);
  }
  const [first, ...more] = parsed.positionals;
  if (parsed.values.help || !first || first === 'help') return 'help';
  // `dossier export` / `dossier import` are two words; the file comes after them.
  const [command, rest] = first === 'dossier' ? [`dossier ${more[0] ?? ''}`.trim(), more.slice(1)] : [first, more];
  const candidate = { command, ...parsed.values, ...(rest[0] !== undefined ? { file: rest[0] } : {}) };
  const result = Command.safeParse(candidate);
  if (!result.success) {
    const unknownCommand = !['init', 'import', 'export', 'verify', 'passphrase', 'rekey', 'dossier export', 'dossier import', 'erase', 'backup', 'restore', 'verify-export', 'demo', 'bench'].includes(command);
    const nl = unknownCommand ? `Onbekende opdracht '${command}'.` : firstIssueMessage(result.error);
    throw new CliError(EXIT.user, `${nl}\n${USAGE}`, unknownCommand ? `Unknown command '${command}'.` : `Invalid arguments: ${nl}`);
  }
  return result.data;
}
