/**
 * JSON text as the interchange and dossier files read it (issue #12 item 1): JSON.parse, and then
 * two refusals JSON.parse does not make. A **duplicate key** (`{"code": "A", "code": "B"}`) is
 * legal JSON, but parsers disagree which one wins, so a file could show one value to a reviewer's
 * tool and another to the werkbank: refused. **Nesting deeper than MAX_DEPTH** has no meaning in
 * our formats (the deepest is about 8) and only serves to exhaust a recursive validator: refused.
 */
const MAX_DEPTH = 64;

export type StrictJsonResult = { ok: true; value: unknown } | { ok: false; reason: string };

export function parseStrictJson(text: string): StrictJsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  const problem = structureProblem(text);
  return problem === null ? { ok: true, value } : { ok: false, reason: problem };
}

/**
 * One pass over text that JSON.parse accepted: a stack with the keys seen per open object (null
 * for an array). In an object a string is a key when it comes first or after a comma.
 */
function structureProblem(text: string): string | null {
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const keys = stack.at(-1);
      if (expectKey && keys) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (keys.has(key)) return `de sleutel "${key.slice(0, 40)}" staat twee keer in hetzelfde object`;
        keys.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      stack.push(c === '{' ? new Set() : null);
      if (stack.length > MAX_DEPTH) return `de gegevens zijn dieper genest dan ${String(MAX_DEPTH)} niveaus`;
      expectKey = c === '{';
    } else if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
    } else if (c === ',') {
      expectKey = stack.at(-1) instanceof Set;
    }
  }
  return null;
}
