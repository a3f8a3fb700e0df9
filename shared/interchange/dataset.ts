/** PRODUCT.md §4: the whole interchange file, and the one entry point that validates it. */
import { z } from 'zod';
import { firstIssueMessage } from '../ipc/zodMessage';
import {
  AfwegingCriterionSchema,
  EscalationTargetSchema,
  InterventionTypeSchema,
  PartnerSchema,
  PriceListSchema,
  RuleSchema,
  SocialeKaartEntrySchema,
  TafelTypeSchema,
  WijkSchema,
} from './catalogues';
import { CaseSchema } from './caseFile';
import { checkCrossReferences } from './crossReferences';
import { BaselineSchema, LessonSchema } from './evaluation';
import { KnelpuntSchema, MeetingSchema, TafelSchema } from './meetings';
import { isoDateTime } from './primitives';
import { FORMAT_V1 } from './vocabulary';

/**
 * Issue #11 item 3: the audit log's head when the file was exported — its last sequence number and
 * that entry's MAC (a keyed hash: it says nothing about the entry without the store's audit key).
 * `werkbank verify --against FILE` checks that a store still holds that entry as it was, which
 * catches an older copy of the database put back together with its own older anchor. An import
 * ignores it: it describes the store the file came from, not the data.
 */
export const AuditHeadSchema = z.strictObject({
  seq: z.number().int().min(0),
  mac: z.string().regex(/^[0-9a-f]{64}$/, 'auditHead.mac moet 64 hexadecimale tekens zijn.'),
});

const DatasetObject = z.strictObject({
  format: z.literal(FORMAT_V1, { message: `Onbekend bestandsformaat; verwacht '${FORMAT_V1}'.` }),
  exportedAt: isoDateTime.optional(),
  auditHead: AuditHeadSchema.optional(),
  /** The current price-list version; cases without `calculation` use it. */
  priceList: PriceListSchema,
  /** Older (frozen) versions, so cases fixed on them round-trip unchanged. */
  priceListHistory: z.array(PriceListSchema).optional(),
  interventionTypes: z.array(InterventionTypeSchema).optional(),
  rules: z.array(RuleSchema).optional(),
  escalationTargets: z.array(EscalationTargetSchema).optional(),
  wijken: z.array(WijkSchema).optional(),
  partners: z.array(PartnerSchema).optional(),
  tafelTypes: z.array(TafelTypeSchema).optional(),
  /** Issue #14 item 5: the hoog-weekbedragtafel's criteria, retired ones too (a besluit may name them). */
  afwegingskader: z.array(AfwegingCriterionSchema).optional(),
  tafels: z.array(TafelSchema).optional(),
  meetings: z.array(MeetingSchema).optional(),
  socialeKaart: z.array(SocialeKaartEntrySchema).optional(),
  knelpunten: z.array(KnelpuntSchema).optional(),
  /** Issue #14 item 3: dated baselines per wijk (the first is de nulmeting) and the lessenlog. */
  baselines: z.array(BaselineSchema).optional(),
  lessons: z.array(LessonSchema).optional(),
  /** Casussen and signalen (a signaal is a case with isSignaal: true). */
  cases: z.array(CaseSchema),
});

export type DatasetShape = z.infer<typeof DatasetObject>;

export const DatasetSchema = DatasetObject.superRefine(checkCrossReferences);

export type DatasetFile = z.infer<typeof DatasetSchema>;

export type ParseDatasetResult = { ok: true; data: DatasetFile } | { ok: false; message: string };

/**
 * Validates a whole file before anything is written. The message names the path of the first
 * offending field, e.g. `cases[3].reference[0].quantity: …`.
 */
export function parseDataset(raw: unknown): ParseDatasetResult {
  const parsed = DatasetSchema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, message: firstIssueMessage(new z.ZodError(parsed.error.issues.map(pointAtUnknownField))) };
}

/**
 * zod reports an unknown field at the object that holds it; a person needs the field itself
 * (`cases[0].foo`), so the first unknown key is moved into the path.
 */
function pointAtUnknownField(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'unrecognized_keys' || issue.keys.length === 0) return issue;
  const [key = ''] = issue.keys;
  return {
    ...issue,
    path: [...issue.path, key],
    message: `Onbekend veld '${key}'; formaat v1 kent dit veld niet. Verwijder het of controleer de spelling.`,
  };
}
