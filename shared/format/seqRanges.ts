/** Sequence numbers of the audit log as a person reads them: "3–5, 9" (ranges from auditVerify). */
export function seqRangesText(ranges: readonly { from: number; to: number }[]): string {
  return ranges.map((r) => (r.from === r.to ? String(r.from) : `${String(r.from)}–${String(r.to)}`)).join(', ');
}

/** How many numbers the ranges name (for "regel" or "regels"). */
export function seqRangesCount(ranges: readonly { from: number; to: number }[]): number {
  return ranges.reduce((n, r) => n + r.to - r.from + 1, 0);
}
