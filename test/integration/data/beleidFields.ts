/**
 * The example dataset with every field of issue #14 items 4–6 set somewhere, for the round trip and
 * the pseudonymised export: the setting of a reference line (item 4), a besluit's parties and
 * afweging (item 5) and the term of an escalation target (item 6).
 */
import type { DatasetFile } from '../../../shared/interchange';
import { voorbeeld } from './helpers';

export function voorbeeldWithBeleidFields(): DatasetFile {
  const file = voorbeeld();
  const targets = file.escalationTargets ?? [];
  const prio = targets.findIndex((t) => t.id === 'prio');
  const wijkMt = targets.findIndex((t) => t.id === 'wijk_mt');
  if (prio < 0 || wijkMt < 0) throw new Error('voorbeeld changed');
  targets[prio] = { ...targets[prio]!, validFrom: '2022-03-01', validTo: '2024-12-31' };
  targets[wijkMt] = { ...targets[wijkMt]!, validFrom: '2024-01-01' };
  // SCH-2024-001's free reference line, and BLO-2024-001's first (a kengetal line) get a setting.
  const [c0, , , , c4] = file.cases;
  if (c0?.reference[0] === undefined || c4?.reference[0] === undefined) throw new Error('voorbeeld changed');
  c0.reference[0] = { ...c0.reference[0], setting: 'intramuraal' };
  c4.reference[0] = { ...c4.reference[0], setting: 'extramuraal' };
  // BLO-2024-002's first hoog-weekbedrag besluit gets its parties and afweging (item 5).
  const c1 = file.cases[1];
  const b = c1?.escalations[0]?.besluit;
  if (c1 === undefined || b === undefined) throw new Error('voorbeeld changed');
  c1.escalations[0] = {
    ...c1.escalations[0]!,
    besluit: {
      ...b,
      parties: [{ party: 'gemeente', organisation: 'Gemeente Rotterdam' }, { party: 'zorgaanbieder' }, { party: 'gecertificeerde_instelling', organisation: 'JBRR' }],
      afweging: [{ criterionId: 'veiligheid', answer: true, reason: 'Twee begeleiders nodig.' }, { criterionId: 'wlz-onderzocht', answer: false }],
    },
  };
  return file;
}
