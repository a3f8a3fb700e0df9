/**
 * Walks an interchange schema together with a value and visits every *free-text* string field: a
 * string the schema would accept any words in (a name, a note, a reason), as opposed to an id, a
 * code, a date or an enum, which the schema constrains. Pseudonymisation decides each such field by
 * a whitelist (pseudonymise.ts), and its test puts a canary name into every one of them — both found
 * from the schema, so a field added later is covered without anyone remembering to list it.
 */
import { z } from 'zod';

/** A field path without indices, as a reviewer reads it: `cases[].escalations[].question`. */
export type FieldPath = string;

/** Words no constrained field (id, code, date, enum) accepts, but every free-text field does. */
const PROBE = 'Probe Tekst met spaties';

function isFreeText(schema: z.ZodType): boolean {
  return schema instanceof z.ZodString && schema.safeParse(PROBE).success;
}

/**
 * One object schema's fields as the walk needs them, worked out once per schema rather than once
 * per value: a pseudonymised export walks every case, line and intervention of the store (issue #13:
 * at 10.000 cases the per-value unwrap and PROBE parse were 3,7 s of a 6 s XLSX export).
 */
interface FieldPlan {
  key: string;
  field: z.ZodType;
  freeText: boolean;
  optional: boolean;
  /** Whether anything below this field is free text; when not, the walk leaves its value as it is. */
  holdsFreeText: boolean;
}

const plans = new WeakMap<z.ZodObject, FieldPlan[]>();

function planOf(schema: z.ZodObject): FieldPlan[] {
  let plan = plans.get(schema);
  if (plan === undefined) {
    plan = Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => {
      const { inner: leaf, optional } = unwrap(field);
      const freeText = isFreeText(leaf);
      return { key, field, freeText, optional, holdsFreeText: !freeText && freeTextPaths(field).length > 0 };
    });
    plans.set(schema, plan);
  }
  return plan;
}

const unwrapped = new WeakMap<z.ZodType, { inner: z.ZodType; optional: boolean }>();

/** unwrap, remembered per schema object (schemas are immutable). */
function unwrapOnce(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let u = unwrapped.get(schema);
  if (u === undefined) {
    u = unwrap(schema);
    unwrapped.set(schema, u);
  }
  return u;
}

interface FreeTextField {
  path: FieldPath;
  /** Present in the value (undefined when the optional field is absent). */
  value: string | undefined;
  /** May be left out of the object (the schema marks it optional). */
  optional: boolean;
}

/** What to do with a visited field: keep it, drop it (optional fields only), or write this text. */
type FreeTextDecision = { keep: true } | { drop: true } | { text: string };

type Visitor = (field: FreeTextField) => FreeTextDecision;

function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) optional = true;
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault || inner instanceof z.ZodReadonly) {
      inner = inner.unwrap() as z.ZodType;
    } else if (inner instanceof z.ZodPipe) {
      inner = inner.in as z.ZodType;
    } else {
      return { inner, optional };
    }
  }
}

/** Every free-text field path the schema has, wherever it is nested. */
export function freeTextPaths(schema: z.ZodType, path: FieldPath = ''): FieldPath[] {
  const { inner } = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
      const { inner: leaf } = unwrap(field);
      const here = path ? `${path}.${key}` : key;
      return isFreeText(leaf) ? [here] : freeTextPaths(field, here);
    });
  }
  if (inner instanceof z.ZodArray) return freeTextPaths(inner.element as z.ZodType, `${path}[]`);
  if (inner instanceof z.ZodUnion) return [...new Set((inner.options as z.ZodType[]).flatMap((o) => freeTextPaths(o, path)))];
  return [];
}

/**
 * A copy of `value` with every free-text field decided by the visitor. Only the schema's own fields
 * are visited; absent optional fields are visited too (value undefined), so a visitor can fill them.
 */
export function mapFreeText<T>(schema: z.ZodType, value: T, visit: Visitor): T {
  return walk(schema, value, '', visit) as T;
}

function walk(schema: z.ZodType, value: unknown, path: FieldPath, visit: Visitor): unknown {
  const { inner } = unwrapOnce(schema);
  if (value === undefined || value === null) return value;
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    const element = inner.element as z.ZodType;
    const here = `${path}[]`;
    return value.map((v: unknown) => walk(element, v, here, visit));
  }
  if (inner instanceof z.ZodUnion) {
    const option = (inner.options as z.ZodType[]).find((o) => o.safeParse(value).success);
    return option ? walk(option, value, path, visit) : value;
  }
  if (!(inner instanceof z.ZodObject) || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = { ...source };
  for (const { key, field, freeText, optional, holdsFreeText } of planOf(inner)) {
    if (!freeText) {
      if (holdsFreeText && key in source) out[key] = walk(field, source[key], path ? `${path}.${key}` : key, visit);
      continue;
    }
    const here = path ? `${path}.${key}` : key;
    const current = source[key];
    const decision = visit({ path: here, value: typeof current === 'string' ? current : undefined, optional });
    if ('text' in decision) out[key] = decision.text;
    else if ('drop' in decision) {
      if (!optional) throw new Error(`${here} is required and cannot be dropped`);
      delete out[key];
    }
  }
  return out;
}
