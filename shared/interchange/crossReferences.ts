/**
 * The checks a single schema cannot make: references between parts of a file and uniqueness of
 * ids. Each problem names the exact path of the offending field so the person can find it.
 */
import type { z } from 'zod';
import { resolveCostLine } from '../calc/costLine';
import type { PriceListItem } from '../calc/types';
import type { PriceListFile } from './catalogues';
import { reportDuplicates } from './caseFile';
import type { DatasetShape } from './dataset';
import { SCENARIOS } from './vocabulary';

type Path = (string | number)[];

export function checkCrossReferences(file: DatasetShape, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const unique = (values: readonly (string | undefined)[], path: (i: number) => Path, what: string) =>
    reportDuplicates(values, (i) => issue(path(i), `${what} komt al eerder voor in dit bestand; elk id moet uniek zijn.`));

  const versions = new Map<string, PriceListFile>([[file.priceList.version, file.priceList]]);
  file.priceListHistory?.forEach((v, i) => {
    if (versions.has(v.version)) issue(['priceListHistory', i, 'version'], `Kengetallenversie '${v.version}' komt al eerder voor; elke versie één keer.`);
    else versions.set(v.version, v);
  });
  unique(file.priceList.items.map((it) => it.id), (i) => ['priceList', 'items', i, 'id'], 'Dit kengetal-id');
  file.priceListHistory?.forEach((v, h) =>
    unique(v.items.map((it) => it.id), (i) => ['priceListHistory', h, 'items', i, 'id'], 'Dit kengetal-id'),
  );
  unique(file.interventionTypes?.map((t) => t.id) ?? [], (i) => ['interventionTypes', i, 'id'], 'Dit interventietype-id');
  unique(file.rules?.map((r) => r.id) ?? [], (i) => ['rules', i, 'id'], 'Dit beleidsregel-id');
  unique(file.escalationTargets?.map((t) => t.id) ?? [], (i) => ['escalationTargets', i, 'id'], 'Dit escalatiedoel');
  unique(file.wijken?.map((w) => w.id) ?? [], (i) => ['wijken', i, 'id'], 'Dit wijk-id');
  unique(file.wijken?.map((w) => w.codePrefix) ?? [], (i) => ['wijken', i, 'codePrefix'], 'Dit codevoorvoegsel');
  unique(file.partners?.map((p) => p.id) ?? [], (i) => ['partners', i, 'id'], 'Dit partner-id');
  unique(file.tafelTypes?.map((t) => t.id) ?? [], (i) => ['tafelTypes', i, 'id'], 'Dit tafeltype-id');
  unique(file.afwegingskader?.map((c) => c.id) ?? [], (i) => ['afwegingskader', i, 'id'], 'Dit criterium-id');
  unique(file.tafels?.map((t) => t.id) ?? [], (i) => ['tafels', i, 'id'], 'Dit tafel-id');
  unique(file.meetings?.map((m) => m.id) ?? [], (i) => ['meetings', i, 'id'], 'Dit bijeenkomst-id');
  unique(file.socialeKaart?.map((s) => s.id) ?? [], (i) => ['socialeKaart', i, 'id'], 'Dit sociale-kaart-id');
  unique(file.knelpunten?.map((k) => k.id) ?? [], (i) => ['knelpunten', i, 'id'], 'Dit knelpunt-id');
  unique(file.baselines?.map((b) => b.id) ?? [], (i) => ['baselines', i, 'id'], 'Dit nulmeting-id');
  unique(file.lessons?.map((l) => l.id) ?? [], (i) => ['lessons', i, 'id'], 'Dit les-id');
  unique(file.cases.map((c) => c.code), (i) => ['cases', i, 'code'], 'Deze casuscode');

  const caseCodes = new Set(file.cases.map((c) => c.code));
  const socialeKaartIds = new Set(file.socialeKaart?.map((s) => s.id) ?? []);
  const criterionIds = file.afwegingskader ? new Set(file.afwegingskader.map((c) => c.id)) : null;
  file.cases.forEach((c, ci) => {
    const versionId = c.calculation?.priceListVersion ?? file.priceList.version;
    const version = versions.get(versionId);
    if (version === undefined) {
      issue(['cases', ci, 'calculation', 'priceListVersion'], `Kengetallenversie '${versionId}' staat niet in dit bestand; neem haar op in priceListHistory.`);
      return;
    }
    const items = new Map<string, PriceListItem>(version.items.map((it) => [it.id, it]));
    for (const scenario of SCENARIOS) {
      c[scenario].forEach((line, li) => {
        if (line.item !== undefined && !items.has(line.item)) {
          issue(['cases', ci, scenario, li, 'item'], `Kengetal '${line.item}' staat niet in kengetallenversie '${versionId}'; kies een bestaand kengetal of schrijf de regel uit met label, financier, eenheid, bedrag en bewijsgraad.`);
          return;
        }
        const resolved = resolveCostLine(line, items);
        if (!resolved.ok) issue(['cases', ci, scenario, li, line.item !== undefined ? 'item' : 'label'], resolved.error);
      });
    }
    c.interventions.forEach((v, vi) => {
      if (v.socialeKaartId !== undefined && !socialeKaartIds.has(v.socialeKaartId)) {
        issue(['cases', ci, 'interventions', vi, 'socialeKaartId'], `Sociale-kaartitem '${v.socialeKaartId}' staat niet in socialeKaart van dit bestand.`);
      }
    });
    // A file that brings its afwegingskader replaces the store's: a besluit must not name a criterion it lacks.
    if (criterionIds !== null) {
      c.escalations.forEach((e, ei) =>
        e.besluit?.afweging?.forEach((a, ai) => {
          if (!criterionIds.has(a.criterionId)) {
            issue(['cases', ci, 'escalations', ei, 'besluit', 'afweging', ai, 'criterionId'], `Criterium '${a.criterionId}' staat niet in afwegingskader van dit bestand; neem het op (ingetrokken mag: active false).`);
          }
        }),
      );
    }
  });

  const tafelIds = new Set(file.tafels?.map((t) => t.id) ?? []);
  const actionIds = new Set<string>();
  file.meetings?.forEach((m, mi) => {
    if (!tafelIds.has(m.tafel)) issue(['meetings', mi, 'tafel'], `Tafel '${m.tafel}' staat niet in tafels van dit bestand.`);
    m.agenda.forEach((a, ai) => {
      if (!caseCodes.has(a.caseCode)) {
        issue(['meetings', mi, 'agenda', ai, 'caseCode'], `Casus '${a.caseCode}' staat niet in cases van dit bestand; neem de casus op of haal haar van de agenda.`);
      }
      a.actions.forEach((act, xi) => {
        if (actionIds.has(act.id)) issue(['meetings', mi, 'agenda', ai, 'actions', xi, 'id'], `Actie-id '${act.id}' komt al eerder voor in dit bestand; elk id moet uniek zijn.`);
        actionIds.add(act.id);
      });
    });
  });
  file.knelpunten?.forEach((k, ki) => {
    if (k.caseCode !== null && !caseCodes.has(k.caseCode)) {
      issue(['knelpunten', ki, 'caseCode'], `Casus '${k.caseCode}' staat niet in cases van dit bestand.`);
    }
  });
}
