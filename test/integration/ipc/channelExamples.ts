/**
 * One valid payload per channel, against the example dataset (test/fixtures/dataset-voorbeeld.json).
 * Typed by the contract, so a channel added later does not compile until it has an example here;
 * everyChannel.test.ts checks each one against its own input schema, so none can quietly go stale.
 */
import type { Channel, ChannelInput } from '../../../shared/ipc/contract';
import { voorbeeld } from '../data/helpers';

interface Voorbeeld {
  tafels: ChannelInput<'tafels:save'>['tafel'][];
  knelpunten: ChannelInput<'knelpunten:save'>['knelpunt'][];
  socialeKaart: ChannelInput<'socialeKaart:save'>['entry'][];
  lessons: ChannelInput<'lessons:save'>['lesson'][];
  rules: ChannelInput<'rules:save'>['rule'][];
  interventionTypes: ChannelInput<'interventionTypes:save'>['type'][];
  escalationTargets: ChannelInput<'escalationTargets:save'>['target'][];
  wijken: ChannelInput<'wijken:save'>['wijk'][];
  partners: ChannelInput<'partners:save'>['partner'][];
  tafelTypes: ChannelInput<'tafelTypes:save'>['tafelType'][];
  priceList: { items: ChannelInput<'priceList:saveItem'>['item'][] };
  cases: { interventions: ChannelInput<'interventions:add'>['intervention'][]; arrangements: ChannelInput<'arrangements:save'>['arrangement'][] }[];
}

export function channelExamples(): { [K in Channel]: ChannelInput<K> } {
  const v = voorbeeld() as Voorbeeld;
  const code = 'BLO-2024-002';
  const meeting = 'bijeenkomst-blo-2024-03-05';
  return {
    'session:status': {},
    'session:create': { passphrase: 'een lange wachtwoordzin', confirmation: 'een lange wachtwoordzin' },
    'session:unlock': { passphrase: 'een lange wachtwoordzin' },
    'session:lock': {},
    'session:changePassphrase': { current: 'oude wachtwoordzin', next: 'nieuwe wachtwoordzin 2027', confirmation: 'nieuwe wachtwoordzin 2027' },
    'session:rekey': { passphrase: 'oude wachtwoordzin' },
    'session:setAutoLock': { minutes: 15 },
    'session:osUnlockStatus': {},
    'session:enableOsUnlock': { passphrase: 'oude wachtwoordzin' },
    'session:disableOsUnlock': {},
    'session:unlockWithOs': {},
    'cases:list': {},
    'cases:get': { code },
    'cases:create': { wijk: 'Bloemhof', sporen: ['wonen'] },
    'cases:update': { code, changes: { doel: 'Een eigen woning houden' } },
    'cases:transition': { code, to: 'vastgelopen', why: 'Geen passend aanbod' },
    'cases:setCostLines': { code, scenario: 'actual', lines: [] },
    'interventions:add': { code, intervention: v.cases[1]!.interventions[0]! },
    'interventions:update': { code, index: 0, intervention: v.cases[1]!.interventions[0]! },
    'interventions:remove': { code, index: 0 },
    'arrangements:save': { code, arrangement: v.cases[1]!.arrangements[0]! },
    'arrangements:remove': { code, id: 'arr-1' },
    'calculation:fix': { code },
    'calculation:recalculate': { code, why: 'Nieuwe kengetallen' },
    'escalations:create': { code, target: 'prio' },
    'escalations:updateDossier': { code, index: 0, question: 'Welke doorbraak is nodig?' },
    'escalations:transition': { code, index: 0, to: 'ingetrokken', why: 'Niet meer nodig' },
    'escalations:decide': { code, index: 0, besluit: { outcome: 'afgewezen', decidedOn: '2025-06-02' } },
    'escalations:inbox': {},
    'escalations:overdueCount': {},
    'tafels:list': {},
    'tafels:save': { tafel: v.tafels[0]! },
    'meetings:list': {},
    'meetings:get': { id: meeting },
    'meetings:create': { tafelId: 'tafel-blo', date: '2025-06-10' },
    'meetings:update': { id: meeting, place: 'Wijkhuis' },
    'meetings:setAgenda': { id: meeting, items: [] },
    'meetings:proposeAgenda': { id: meeting },
    'meetings:saveNotes': { id: meeting, caseCode: 'BLO-2024-001', notes: 'Besproken' },
    'meetings:addDecision': { id: meeting, caseCode: 'BLO-2024-001', text: 'Doorgaan' },
    'meetings:removeDecision': { id: meeting, caseCode: 'BLO-2024-001', index: 0 },
    'meetings:addAction': { id: meeting, caseCode: 'BLO-2024-001', text: 'Bellen', owner: 'M. de Vries', due: '2025-06-20' },
    'actions:setStatus': { actionId: 'act-1', status: 'gedaan' },
    'actions:listOpen': {},
    'catalogue:get': {},
    'priceList:get': {},
    'priceList:createVersion': { version: '2026-1' },
    'priceList:setCurrent': { version: '2024-1' },
    'priceList:saveItem': { version: '2024-1', item: v.priceList.items[0]! },
    'priceList:removeItem': { version: '2024-1', itemId: 'bw-ggz' },
    'interventionTypes:save': { type: v.interventionTypes[0]! },
    'rules:save': { rule: v.rules[0]! },
    'escalationTargets:save': { target: v.escalationTargets[0]! },
    'wijken:save': { wijk: v.wijken[0]! },
    'partners:save': { partner: v.partners[0]! },
    'tafelTypes:save': { tafelType: v.tafelTypes[0]! },
    'afwegingskader:save': { criterion: { id: 'gezin-betrokken', text: 'Het gezin is betrokken bij de afweging', active: true } },
    'knelpunten:list': {},
    'knelpunten:save': { knelpunt: v.knelpunten[0]! },
    'knelpunten:setStatus': { id: 'kp-1', status: 'opgelost' },
    'socialeKaart:list': {},
    'socialeKaart:save': { entry: v.socialeKaart[0]! },
    'businesscase:get': { year: 2024 },
    'businesscase:years': {},
    'indicators:get': { year: 2024 },
    'register:get': {},
    'cases:rendement': { code },
    'escalations:handle': { code, index: 0, owner: 'PRIO-adviseur', notes: 'Gebeld met de aanmelder.' },
    'backup:create': { passphrase: 'een lange wachtwoordzin' },
    'backup:download': { downloadId: 'download-1', index: 0 },
    'backup:uploadBegin': { totalBytes: 4096 },
    'backup:uploadChunk': { uploadId: 'upload-1', index: 0, data: 'e30=' },
    'backup:inspect': { uploadId: 'upload-1', passphrase: 'een lange wachtwoordzin' },
    'backup:restore': { uploadId: 'upload-1', confirmed: true },
    'backup:abort': { uploadId: 'upload-1' },
    'dataset:importBegin': { totalBytes: 1024 },
    'dataset:importChunk': { uploadId: 'upload-1', index: 0, data: 'e30=' },
    'dataset:importCommit': { uploadId: 'upload-1' },
    'dataset:importAbort': { uploadId: 'upload-1' },
    'dataset:export': { pseudonymised: false },
    'dossier:export': { code: 'BLO-2025-002', escalationId: 'esc-1', passphrase: 'een lange dossierzin' },
    'dossier:import': { base64: 'Q1dCRE9TU0lFUg==', passphrase: 'een lange dossierzin' },
    'meetings:verslag': { id: meeting, pseudonymised: true, format: 'pdf' },
    'exports:file': { what: 'businesscase', format: 'csv', year: 2024, pseudonymised: true },
    'audit:list': { subject: code, from: '2025-01-01', to: '2025-12-31', page: 1 },
    'audit:export': { actor: 'gebruiker' },
    'audit:status': {},
    'retention:list': {},
    'retention:setYears': { years: 3 },
    'retention:erase': { code: 'BLO-2024-001', reason: 'Bewaartermijn verlopen' },
    'baselines:list': { wijk: 'Bloemhof' },
    'baselines:save': { baseline: { wijk: 'Bloemhof', measuredOn: '2025-01-15', households: 140, socialeKaartIds: ['sk-blo-schuld', 'sk-blo-netwerk'] } },
    'baselines:remove': { id: 'nm-blo-1' },
    'lessons:list': { wijk: 'Bloemhof', spoor: 'algemeen' },
    'lessons:save': { lesson: v.lessons[0]! },
    'lessons:remove': { id: 'les-blo-1' },
    'tussenevaluatie:get': { year: 2024 },
    'tussenevaluatie:file': { year: 2024, format: 'json', pseudonymised: true },
  };
}
