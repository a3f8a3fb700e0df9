/**
 * `werkbank demo` and `werkbank bench` (issue #13 items 2 and 3). `demo` fills a store with a
 * generated, wholly fictitious dataset through the normal import (the store is created when it
 * does not exist yet); `bench` needs no store of its own: it builds temporary ones.
 */
import { existsSync } from 'node:fs';
import { generateDataset } from '../core/demo/generateDataset';
import { importDataset } from '../core/data/importDataset';
import { closeStore, createStore, openStore } from '../core/store/store';
import { benchSize, benchTable, type BenchLine } from './bench';
import { EXIT } from './errors';
import type { CliCommand } from './args';
import type { CliIo } from './run';

export async function runDemo(opts: { dbFile: string; cases: number; seed: number }, passphrase: () => Promise<string>, io: CliIo): Promise<number> {
  const secret = await passphrase();
  const made = !existsSync(opts.dbFile);
  const db = made ? await createStore(opts.dbFile, secret) : await openStore(opts.dbFile, secret, io.now());
  try {
    const dataset = generateDataset({ cases: opts.cases, seed: opts.seed });
    // Through JSON, as a file arrives: the import validates exactly what a person's file would be.
    const counts = importDataset(db, JSON.parse(JSON.stringify(dataset)), { actor: 'cli', now: io.now() });
    io.stdout.write(
      `${made ? 'Nieuwe werkbank' : 'Werkbank'} ${opts.dbFile} gevuld met demogegevens (fictief, seed ${String(opts.seed)}): ` +
        `${String(counts.cases)} casussen, ${String(counts.interventions)} interventies, ${String(counts.meetings)} bijeenkomsten, ${String(counts.knelpunten)} knelpunten.\n`,
    );
    return EXIT.ok;
  } finally {
    closeStore(db);
  }
}

export async function runBench(command: Extract<CliCommand, { command: 'bench' }>, io: CliIo): Promise<number> {
  const lines: BenchLine[] = [];
  for (const size of command.sizes) {
    if (!command.json) io.stderr.write(`Benchmark met ${size.toLocaleString('nl-NL')} casussen …\n`);
    const line = await benchSize(size, io.now());
    lines.push(line);
    if (command.json) io.stdout.write(`${JSON.stringify(line)}\n`);
  }
  if (!command.json) io.stdout.write(`${benchTable(lines)}\n`);
  return EXIT.ok;
}
