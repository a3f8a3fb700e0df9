/**
 * Helpers for checking catalogue sources against the seed documents. Convention (see
 * resources/catalogues/README.md): text between “curly double quotes” is verbatim from a seed
 * file named in the same text (e.g. 002_fa875ef10c3b6ebb.txt); titles and paraphrases use
 * ‘single quotes’ and are not checked.
 */

const QUOTE = /“([^”]*)”/g;
const SEED_FILE = /\b\d{3}_[0-9a-f]{16}\.txt\b/g;

export function extractQuotes(text: string): string[] {
  return [...text.matchAll(QUOTE)].map((m) => m[1] ?? '');
}

export function namedSeedFiles(text: string): string[] {
  return [...new Set(text.match(SEED_FILE) ?? [])];
}

/** The seeds are hard-wrapped with blank lines in between; compare on collapsed whitespace. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cents in Dutch notation as the seeds write them: 259500 → "2.595", 2060 → "20,60". */
export function dutchAmount(cents: number): string {
  const euros = Math.trunc(cents / 100);
  const rest = cents % 100;
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return rest === 0 ? grouped : `${grouped},${String(rest).padStart(2, '0')}`;
}

/** Whether the figure occurs as a whole number in the text ("800" in "€ 800,-", not in "1.800"). */
export function containsFigure(text: string, figure: string): boolean {
  const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(text);
}

/** Every string anywhere inside a parsed JSON value, with its path. */
export function stringsIn(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stringsIn(v, path === '' ? k : `${path}.${k}`));
  }
  return [];
}

/**
 * Markdown split into the units a quote and its seed file must share: a paragraph, a list item or
 * a table row (a quote may wrap over lines inside one of them). Returns [first line, text] pairs.
 */
export function markdownBlocks(markdown: string): { line: number; text: string }[] {
  const blocks: { line: number; lines: string[] }[] = [];
  let open = false;
  markdown.split('\n').forEach((line, index) => {
    if (line.trim() === '') {
      open = false;
      return;
    }
    const last = blocks[blocks.length - 1];
    if (open && last && !/^\s*(?:[-*] |\| |\d+\. |#)/.test(line)) last.lines.push(line);
    else blocks.push({ line: index + 1, lines: [line] });
    open = true;
  });
  return blocks.map((b) => ({ line: b.line, text: b.lines.join('\n') }));
}

export interface QuoteProblem {
  where: string;
  problem: string;
}

/**
 * Checks one text: each “quote” must occur in at least one of the seed files the text names, and
 * a text with quotes must name a seed file. `seeds` maps file name → whitespace-normalised text.
 */
export function checkQuotes(where: string, text: string, seeds: ReadonlyMap<string, string>): QuoteProblem[] {
  const quotes = extractQuotes(text);
  if (quotes.length === 0) return [];
  const files = namedSeedFiles(text);
  if (files.length === 0) return [{ where, problem: 'citeert maar noemt geen seedbestand' }];
  const problems: QuoteProblem[] = [];
  for (const file of files) {
    if (!seeds.has(file)) problems.push({ where, problem: `noemt ${file}, dat niet in de seeds staat` });
  }
  for (const quote of quotes) {
    const needle = normalizeWhitespace(quote);
    if (!files.some((f) => seeds.get(f)?.includes(needle))) {
      problems.push({ where, problem: `citaat niet gevonden in ${files.join(', ')}: “${quote}”` });
    }
  }
  return problems;
}
