/**
 * A large but valid dataset file for the import's progress and chunking: the example dataset with
 * its first case copied under new codes (escalation ids made unique per copy) until the JSON text
 * reaches `minBytes`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Escalation {
  id: string;
}
interface CaseLike {
  code: string;
  note?: string;
  escalations: Escalation[];
}
interface DatasetLike {
  cases: CaseLike[];
}

export function largeDataset(minBytes: number): string {
  const file = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'dataset-voorbeeld.json'), 'utf8')) as DatasetLike;
  const template = file.cases[0]!;
  const templateBytes = Buffer.byteLength(JSON.stringify(template, null, 2));
  const copies = Math.ceil(minBytes / templateBytes);
  for (let i = 0; i < copies; i += 1) {
    const code = `BLO-2023-${String(100_000 + i)}`;
    const copy = JSON.parse(JSON.stringify(template)) as CaseLike;
    copy.code = code;
    copy.escalations = copy.escalations.map((e) => ({ ...e, id: `${e.id}-${code}` }));
    file.cases.push(copy);
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}
