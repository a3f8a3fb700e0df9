/** `werkbank erase` (issue #11 item 5): the erasure of Beheer → Bewaartermijnen, from the command line. */
import { eraseCase } from '../core/data/caseErasure';
import type { Db } from '../core/store/openDatabase';
import type { CliCommand } from './args';
import { EXIT } from './errors';

type EraseCommand = Extract<CliCommand, { command: 'erase' }>;

export function runErase(db: Db, command: EraseCommand, io: { stdout: NodeJS.WritableStream; now: () => Date }): number {
  const r = eraseCase(db, { code: command.case, reason: command.reason }, { actor: 'cli', now: io.now() });
  const lines = [`Casus ${r.code} is gewist, met alles wat haar noemt. In het auditlog staat alleen: code, moment, wie en de reden.`];
  if (r.mentions.length > 0) {
    const where = r.mentions.map((m) => `${m.table}.${m.column} (${String(m.rows)}×)`).join(', ');
    lines.push(`Let op: de code staat nog in vrije tekst elders: ${where}. Pas die tekst zo nodig aan.`);
  }
  if (!r.walCleared) {
    lines.push('Let op: het logbestand (-wal) kon niet worden geleegd omdat de werkbank elders open is. Vergrendel of sluit de app daar: wie de werkbank als laatste sluit, verwerkt het logbestand en verwijdert het.');
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
