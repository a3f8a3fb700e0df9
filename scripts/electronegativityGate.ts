// The judging half of the Electron gate (issue #12 item 3), kept pure so it is unit-tested:
// scripts/electronegativity.mjs runs the scanner and hands its results here. Plain, erasable
// TypeScript: the .mjs imports it directly and Node 24 strips the types.
import { z } from 'zod';

/** The severities the gate fails on; LOW and INFORMATIONAL findings are printed only. */
const GATED = new Set(['HIGH', 'MEDIUM']);

/**
 * One issue as Electronegativity's `run()` returns it (`severity`/`confidence` are its attribute
 * objects; we only read their names). Parsed with zod because it is another package's output:
 * a changed shape must stop the gate, not let findings slip through as `undefined`.
 */
const ToolIssueSchema = z.object({
  id: z.string().min(1),
  severity: z.object({ name: z.string().min(1) }),
  confidence: z.object({ name: z.string().min(1) }),
  file: z.string().min(1),
  location: z.object({ line: z.number(), column: z.number() }),
  description: z.string(),
});

const ToolErrorSchema = z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() });

const ToolResultSchema = z.object({ issues: z.array(ToolIssueSchema), errors: z.array(ToolErrorSchema) });

export interface Finding {
  /** The scanned folder as named in the review file: `electron` or `out`. */
  readonly target: string;
  readonly check: string;
  readonly severity: string;
  /** Relative to the target, with '/' separators; `N/A` for a global check without a file. */
  readonly file: string;
  readonly line: number;
  readonly description: string;
}

export interface ScanError {
  readonly target: string;
  readonly file: string;
  readonly message: string;
}

export interface ScanResult {
  readonly findings: Finding[];
  /** Files the scanner could not analyse: none of its checks ran on them. */
  readonly errors: ScanError[];
}

/**
 * Turns one target's `run()` result into findings. The target was scanned as a staged copy in
 * `stagedRoot`; `originalName` maps a file name of that copy back to the real one (the scanner only
 * reads `.js`, so `.cjs`/`.mjs` were renamed for it). Findings come relative to the copy, but
 * errors name absolute paths, so those are made relative here.
 */
export function readScanResult(target: string, raw: unknown, stagedRoot: string, originalName: (file: string) => string): ScanResult {
  const result = ToolResultSchema.parse(raw);
  const prefix = `${stagedRoot.replaceAll('\\', '/').replace(/\/$/, '')}/`;
  const relative = (file: string): string => {
    const slashed = file.replaceAll('\\', '/');
    return originalName(slashed.startsWith(prefix) ? slashed.slice(prefix.length) : slashed);
  };
  const findings = result.issues.map((issue) => ({
    target,
    check: issue.id,
    severity: issue.severity.name,
    file: issue.file === 'N/A' ? 'N/A' : relative(issue.file),
    line: issue.location.line,
    description: issue.description,
  }));
  // Tolerable errors are parser warnings; the file was still analysed.
  const errors = result.errors.filter((e) => !e.tolerable).map((e) => ({ target, file: relative(e.file), message: e.message }));
  return { findings, errors };
}

const ProofSchema = z
  .object({
    file: z.string().regex(/^test\/.+\.(test|e2e)\.ts$/, 'a test file under test/'),
    test: z.string().min(10),
  })
  .strict();

const ReviewSchema = z
  .object({
    check: z.string().regex(/^[A-Z_]+$/, 'a check id such as CONTEXT_ISOLATION_JS_CHECK'),
    target: z.enum(['electron', 'out']),
    /** Relative to the target; `*` matches within one path segment (bundles have hashed names). */
    file: z.string().min(1),
    reason: z.string().min(40, 'a reason a reviewer can check, not a word'),
    provenBy: z.array(ProofSchema).min(1),
  })
  .strict();

const ReviewFileSchema = z.object({ $comment: z.string().optional(), reviewed: z.array(ReviewSchema) }).strict();

export type Review = z.infer<typeof ReviewSchema>;

/** The reviews, or an error whose message says which entry and field are wrong. */
export function parseReviewFile(text: string): Review[] {
  const parsed = ReviewFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data.reviewed;
}

function filePattern(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*');
  return new RegExp(`^${escaped}$`);
}

function covers(review: Review, finding: Finding): boolean {
  return review.check === finding.check && review.target === finding.target && filePattern(review.file).test(finding.file);
}

export interface Verdict {
  readonly ok: boolean;
  readonly reviewed: Finding[];
  readonly unreviewed: Finding[];
  /** Reviews that cover no HIGH/MEDIUM finding any more: the review list must not rot. */
  readonly stale: Review[];
  /** Reviews whose named test file or test name cannot be found: the reason lost its proof. */
  readonly unproven: { review: Review; proof: z.infer<typeof ProofSchema> }[];
  readonly notGated: Finding[];
  readonly errors: ScanError[];
}

/**
 * The gate's rule: every HIGH or MEDIUM finding is covered by a review, every review covers a
 * finding and names a test that exists, and the scanner could read every file.
 * `readTest` returns a test file's text, or null when it does not exist.
 */
export function judge(scan: ScanResult, reviews: readonly Review[], readTest: (file: string) => string | null): Verdict {
  const gated = scan.findings.filter((f) => GATED.has(f.severity));
  const reviewed = gated.filter((f) => reviews.some((r) => covers(r, f)));
  const unreviewed = gated.filter((f) => !reviews.some((r) => covers(r, f)));
  const stale = reviews.filter((r) => !gated.some((f) => covers(r, f)));
  const unproven = reviews.flatMap((review) =>
    review.provenBy.filter((proof) => !(readTest(proof.file)?.includes(proof.test) ?? false)).map((proof) => ({ review, proof })),
  );
  const notGated = scan.findings.filter((f) => !GATED.has(f.severity));
  const ok = unreviewed.length === 0 && stale.length === 0 && unproven.length === 0 && scan.errors.length === 0;
  return { ok, reviewed, unreviewed, stale, unproven, notGated, errors: scan.errors };
}

function named(target: string, file: string): string {
  return file === 'N/A' ? `${target}/ (global check)` : `${target}/${file}`;
}

function where(f: Finding): string {
  return f.file === 'N/A' ? named(f.target, f.file) : `${f.target}/${f.file}:${f.line}`;
}

/** The report the gate prints: a summary line, then one line per problem with what to do. */
export function describeVerdict(v: Verdict): string[] {
  const lines = [
    `${v.reviewed.length + v.unreviewed.length} HIGH/MEDIUM findings: ${v.reviewed.length} reviewed, ${v.unreviewed.length} not reviewed; ${v.stale.length} stale reviews; ${v.errors.length} files not scanned`,
  ];
  for (const f of v.reviewed) lines.push(`  reviewed      ${f.severity} ${f.check} in ${where(f)}`);
  for (const f of v.notGated) lines.push(`  not gated     ${f.severity} ${f.check} in ${where(f)}: ${f.description}`);
  for (const f of v.unreviewed) {
    lines.push(`NOT REVIEWED: ${f.severity} ${f.check} in ${where(f)}: ${f.description}`);
    lines.push('  fix the code, or add it to security/electronegativity-reviewed.json with the reason it is safe and the test that proves it');
  }
  for (const r of v.stale) lines.push(`STALE REVIEW: ${r.check} in ${named(r.target, r.file)} is no longer found: remove it from security/electronegativity-reviewed.json`);
  for (const { review, proof } of v.unproven) {
    lines.push(`UNPROVEN REVIEW: ${review.check} in ${named(review.target, review.file)} names "${proof.test}" in ${proof.file}, which does not exist`);
  }
  for (const e of v.errors) lines.push(`NOT SCANNED: ${e.target}/${e.file}: ${e.message} (no check ran on this file)`);
  return lines;
}

/**
 * The scanner only reads `.js/.jsx/.ts/.tsx/.html/.htm` files, so the CommonJS preload bundle
 * (`index.cjs`) would be skipped without a word. The staged copy renames `.cjs`/`.mjs` to `.js`;
 * this gives that name (or null when a file keeps its name).
 */
export function stagedName(file: string): string | null {
  return /\.[cm]js$/.test(file) ? file.replace(/\.[cm]js$/, '.js') : null;
}
