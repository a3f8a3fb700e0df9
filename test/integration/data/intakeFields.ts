/**
 * The example dataset with every field of issue #14 items 7–9 set somewhere, for the round trip
 * and the pseudonymised export: a care-cost band and sporen considered on cases, a referral
 * follow-up on interventions, and an arrangement with resultaatgebied, trede, cliëntgroep and an
 * amount per four weeks.
 */
import type { DatasetFile } from '../../../shared/interchange';
import { voorbeeld } from './helpers';

export function voorbeeldWithIntakeFields(): DatasetFile {
  const file = voorbeeld();
  const [c0, c1, , c3, c4] = file.cases;
  if (c0 === undefined || c1 === undefined || c3 === undefined || c4 === undefined) throw new Error('voorbeeld changed');
  c0.careCostBand = 'van_50k_tot_100k';
  c0.sporenConsidered = ['samenredzaamheid', 'wonen', 'werk_dagbesteding', 'financiele_zekerheid'];
  c1.careCostBand = 'boven_100k';
  c1.sporenConsidered = ['wonen'];
  c1.interventions[0] = { ...c1.interventions[0]!, referralArrived: 'aangekomen', referralCheckedOn: '2024-05-02' };
  c3.interventions[0] = { ...c3.interventions[0]!, referralArrived: 'onbekend' };
  // € 3.800,00 per four weeks is € 950,00 per week: the weekbedrag the Wmo arrangement already had.
  c4.arrangements[0] = { ...c4.arrangements[0]!, resultaatgebied: 'huishouden', trede: 7, clientgroep: 'ouderen', fourWeeklyCents: 380000 };
  return file;
}
