import fc from 'fast-check';

/**
 * Issue #12 item 1: hostile payloads derived from a valid one. Each mutation takes a valid payload
 * (a channel's example, checked against its own input schema; or a valid dataset), picks one place
 * in it and does to it what an attacker or a broken client would: the wrong type, a number out of
 * range, a huge string, deep nesting, a prototype key, an enum value nobody knows, a field left out
 * or added. Deterministic for a given seed, so a failure replays.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every place in a value: the root, each object field and each array element, depth first. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const here: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => here.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) here.push(...pathsOf(v, [...prefix, k]));
  return here;
}

const WRONG_TYPES: Json[] = [0, -1, 1.5, '', 'x', true, false, null, [], {}, [null], { a: 1 }];
const OUT_OF_RANGE: Json[] = [-1, -(2 ** 31), 2 ** 31, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 0.000001, -0];
const HOSTILE_STRINGS: Json[] = [
  '',
  ' ',
  'x'.repeat(1 << 20), // 1 MiB
  '\u0000',
  '\ud800', // a lone surrogate
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  "'; DROP TABLE cases; --",
  '=HYPERLINK("http://evil.example")',
  '9999-99-99',
  '2025-02-30',
  'BLO-2025-999',
  'onbekende-waarde',
];

function deep(depth: number, kind: 'array' | 'object'): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}

export type Mutation =
  | { kind: 'keep' }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'drop'; at: number }
  | { kind: 'extra'; at: number; key: string }
  | { kind: 'prototypeKey'; at: number; key: '__proto__' | 'constructor' | 'prototype' };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'keep' }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.constantFrom(...WRONG_TYPES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.constantFrom(...OUT_OF_RANGE) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.constantFrom(...HOSTILE_STRINGS) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(),
      value: fc.constantFrom(deep(2000, 'array'), deep(2000, 'object')),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.json({ maxDepth: 3 }).map((t) => JSON.parse(t) as Json) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('extra' as const), at: fc.nat(), key: fc.constantFrom('onbekendVeld', 'id', 'code', '') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('prototypeKey' as const), at: fc.nat(), key: fc.constantFrom('__proto__' as const, 'constructor' as const, 'prototype' as const) }) },
);

/**
 * The mutated payload as it would arrive over the wire: JSON text parsed by JSON.parse, so a
 * `__proto__` key is an own property, as an attacker's request body would make it.
 */
export function mutate(valid: Json, m: Mutation): unknown {
  if (m.kind === 'keep') return structuredClone(valid);
  const paths = pathsOf(valid);
  const path = paths[m.at % paths.length] ?? [];
  const text = JSON.stringify(apply(structuredClone(valid), path, m));
  return JSON.parse(text) as unknown;
}

function apply(root: Json, path: Path, m: Exclude<Mutation, { kind: 'keep' }>): Json {
  if (path.length === 0) {
    if (m.kind === 'replace') return m.value;
    if (m.kind === 'drop') return null;
    return withKey(root, m);
  }
  const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string, Json>)[k] as Json, root) as Record<string, Json> | Json[];
  const last = path[path.length - 1] as string | number;
  const target = (parent as Record<string, Json>)[last] as Json;
  if (m.kind === 'replace') (parent as Record<string, Json>)[last] = m.value;
  else if (m.kind === 'drop') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else (parent as Record<string, Json>)[last] = withKey(target, m);
  return root;
}

/** An extra or prototype key on an object (the value itself when it is not one); JSON text keeps `__proto__` as a plain key. */
function withKey(value: Json, m: { kind: 'extra' | 'prototypeKey'; key: string }): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const text = JSON.stringify(value);
  const injected = m.kind === 'prototypeKey' ? '{"polluted":true,"isAdmin":true}' : '1';
  const inner = text === '{}' ? '' : `,${text.slice(1, -1)}`;
  return JSON.parse(`{${JSON.stringify(m.key)}:${injected}${inner}}`) as Json;
}
