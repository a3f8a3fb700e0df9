/**
 * The glossary (shared/domain/glossary.ts, PRODUCT.md §1) is the one map from Dutch domain words to
 * identifiers. These tests hold the code to it: every Dutch enum value is in it, one identifier
 * means one word (and one word one identifier), its identifiers exist in the code, and names
 * retired for a glossary identifier do not come back.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RULE_KINDS } from '../../../shared/calc/beleidsregels';
import * as enums from '../../../shared/domain/enums';
import { GLOSSARY, GLOSSARY_CONCEPTS, GLOSSARY_VALUES, RETIRED_IDENTIFIERS } from '../../../shared/domain/glossary';
import { CONSENT_BASES, KNELPUNT_STATUSES } from '../../../shared/interchange/vocabulary';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const GLOSSARY_FILE = path.join(REPO_ROOT, 'shared', 'domain', 'glossary.ts');

/**
 * Subsets of a vocabulary (typed `readonly X[]`, not vocabularies themselves): their values must be
 * in the glossary, under the vocabulary they come from.
 */
const SUBSETS = ['GEMEENTE_PAYERS', 'COUNTED_INTERVENTION_STATUSES', 'GRANTING_OUTCOMES'];

/** Every tuple of Dutch words the code uses as enum values. */
const DUTCH_TUPLES: Record<string, readonly string[]> = {
  ...Object.fromEntries(
    Object.entries(enums).filter(
      // The evidence grades are letters (A, B, C), not words: nothing to translate.
      ([name, v]) => Array.isArray(v) && name !== 'EVIDENCE_GRADES' && !SUBSETS.includes(name),
    ) as [string, readonly string[]][],
  ),
  RULE_KINDS,
  CONSENT_BASES,
  KNELPUNT_STATUSES,
};

/**
 * The identifiers (never strings, comments or JSX text) of every TypeScript file under the
 * folders, from the parsed syntax tree. The glossary itself is left out: it names retired names.
 */
function identifiersIn(...folders: string[]): Set<string> {
  const found = new Set<string>();
  let file = '';
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) {
      found.add(node.text);
      IDENTIFIER_FILES.set(node.text, (IDENTIFIER_FILES.get(node.text) ?? new Set()).add(file));
    }
    ts.forEachChild(node, visit);
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.tsx?$/.test(name) && full !== GLOSSARY_FILE) {
        file = path.relative(REPO_ROOT, full);
        const kind = name.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
        visit(ts.createSourceFile(full, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, false, kind));
      }
    }
  };
  for (const folder of folders) walk(path.join(REPO_ROOT, folder));
  return found;
}
/** Identifier → the files (relative to the repository) that use it. */
const IDENTIFIER_FILES = new Map<string, Set<string>>();
const CODE_IDENTIFIERS = identifiersIn('shared', 'electron', 'renderer/src', 'test');

describe('Every Dutch enum value in the code has a glossary entry', () => {
  it('the tuples checked include the domain vocabularies (a guard against checking nothing)', () => {
    expect(Object.keys(DUTCH_TUPLES)).toEqual(expect.arrayContaining(['SPOREN', 'CASE_STATUSES', 'ESCALATION_STATUSES', 'LEEFGEBIEDEN', 'PAYERS']));
  });

  it.each(Object.entries(DUTCH_TUPLES))('every value of %s is in the glossary, listed under that tuple', (tuple, values) => {
    const missing = values.filter((v) => !GLOSSARY_VALUES.some((e) => e.identifier === v && e.enums?.includes(tuple as never)));
    expect(missing).toEqual([]);
  });

  it.each(SUBSETS)('every value of the subset %s is in the glossary', (subset) => {
    const values = (enums as Record<string, unknown>)[subset] as readonly string[];
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((v) => !GLOSSARY_VALUES.some((e) => e.identifier === v))).toEqual([]);
  });

  it('the glossary lists no enum value that its tuple does not hold', () => {
    const stale = GLOSSARY_VALUES.flatMap((e) =>
      (e.enums ?? []).filter((tuple) => !(DUTCH_TUPLES[tuple] ?? []).includes(e.identifier)).map((tuple) => `${e.identifier} in ${tuple}`),
    );
    expect(stale).toEqual([]);
  });
});

describe('One concept, one name', () => {
  it('no identifier appears twice for different words', () => {
    const byIdentifier = new Map<string, Set<string>>();
    for (const e of GLOSSARY) byIdentifier.set(e.identifier, (byIdentifier.get(e.identifier) ?? new Set()).add(e.word));
    const clashes = [...byIdentifier].filter(([, words]) => words.size > 1).map(([id, words]) => `${id}: ${[...words].join(' / ')}`);
    expect(clashes).toEqual([]);
  });

  it('no identifier has two entries, and no word two identifiers', () => {
    const ids = GLOSSARY.map((e) => e.identifier);
    const words = GLOSSARY.map((e) => e.word);
    expect(ids.filter((v, i) => ids.indexOf(v) !== i)).toEqual([]);
    expect(words.filter((v, i) => words.indexOf(v) !== i)).toEqual([]);
  });

  it('every entry has a one-line meaning', () => {
    const bad = GLOSSARY.filter((e) => e.meaning.trim() === '' || e.meaning.includes('\n')).map((e) => e.word);
    expect(bad).toEqual([]);
  });
});

describe("A meeting's besluit is a `decision`, an escalation's besluit is a `Besluit`", () => {
  it('no identifier about an escalation besluit uses the word "decision"', () => {
    const wrong = [...IDENTIFIER_FILES]
      .filter(([id, files]) => /Decision/i.test(id) && [...files].some((f) => /escalation/i.test(f)))
      .map(([id]) => id);
    expect(wrong).toEqual([]);
  });

  it('no identifier about a meeting decision uses the word "besluit"', () => {
    const wrong = [...IDENTIFIER_FILES]
      .filter(([id, files]) => /besluit/i.test(id) && [...files].some((f) => /meeting|tafel/i.test(f)))
      .map(([id]) => id);
    expect(wrong).toEqual([]);
  });
});

describe('The glossary tells the truth about the code', () => {
  it('every concept identifier is the stem of an identifier in the code', () => {
    const tokens = [...CODE_IDENTIFIERS];
    const stem = (id: string) => new RegExp(`(^|[a-z_])${id[0]!.toUpperCase()}${id.slice(1)}|^${id}`);
    const absent = GLOSSARY_CONCEPTS.filter((e) => !tokens.some((t) => stem(e.identifier).test(t))).map((e) => e.identifier);
    expect(absent).toEqual([]);
  });

  it('no retired name for a glossary concept is used as an identifier again', () => {
    const back = Object.keys(RETIRED_IDENTIFIERS).filter((old) => CODE_IDENTIFIERS.has(old));
    expect(back).toEqual([]);
  });

  it('the check sees identifiers, not words in strings or comments (a guard against a vacuous pass)', () => {
    expect(CODE_IDENTIFIERS.has('RuleSchema')).toBe(true);
    expect(CODE_IDENTIFIERS.has('Rule')).toBe(true);
    // "Aanwezigheid" is only Dutch UI text (renderer/src/features/tafels/nl.ts), never an identifier.
    expect(CODE_IDENTIFIERS.has('Aanwezigheid')).toBe(false);
    // The glossary's own list of retired names does not count as their use.
    expect(CODE_IDENTIFIERS.has('RETIRED_IDENTIFIERS')).toBe(true);
    expect(CODE_IDENTIFIERS.has('RuleFile')).toBe(false);
  });
});
