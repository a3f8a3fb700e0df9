/**
 * Issue #14 item 5: the hoog-weekbedragtafel's besluit walks an afwegingskader (set 2 of the
 * measures asks for "een concreet afwegingskader voor arrangementen met een hoog weekbedrag",
 * [002]). The default criteria come from the sources; each gets a ja/nee and a reason in the
 * besluit (BesluitSchema.afweging). And the conflict of interest: the requesting provider sitting
 * at the table as the zorgaanbieder that decides.
 */
import type { TafelParty } from './enums';

export interface AfwegingCriterion {
  id: string;
  text: string;
  source: string;
}

export const DEFAULT_AFWEGINGSKADER: readonly AfwegingCriterion[] = Object.freeze([
  {
    id: 'arrangementenmodel-voldoet-niet',
    text: 'Het arrangementenmodel voldoet niet (1-op-1 begeleiding zit er al in)',
    source: '003: “Uitgangspunt moet namelijk altijd zijn dat het arrangementenmodel voldoet, want 1-op-1 begeleiding zit al in ons arrangementenmodel.”',
  },
  {
    id: 'veiligheid',
    text: 'De veiligheid van de jongere of de omgeving vraagt deze inzet',
    source: '003: “Om veiligheid te waarborgen beiden we dure 1-op-1 begeleiding en soms zelfs 2-op-1 begeleiding.”',
  },
  {
    id: 'wlz-onderzocht',
    text: 'Onderzocht is of de jongere onder de Wlz hoort',
    source: '003, maatregel 6: jongeren die in de Wlz horen gaan van kosten gemeente naar kosten landelijke overheid.',
  },
  {
    id: 'voldoende-is-goed-genoeg',
    text: 'Er is geen goedkopere passende voorziening (voldoende is goed genoeg)',
    source: '004: “Bij meerdere vormen van ondersteuning wordt altijd de goedkoopste en adequate (maatwerk)voorziening toegekend.” 003: “voldoende is goed genoeg”.',
  },
  {
    id: 'afbouw-afgesproken',
    text: 'De afbouw en de herbeoordeling zijn vooraf afgesproken',
    source: '003, maatregel 3: “Scherper herindiceren … vooraf afspraken maken over afschalen.”',
  },
  {
    id: 'geen-onderaannemersopslag',
    text: 'Het weekbedrag bevat geen onderaannemersopslag',
    source: '003, maatregel 7: 6 tot 8% administratiekosten bij onderaannemerschap is volgens de contracten niet toegestaan.',
  },
]);

/** Trimmed, case- and space-insensitive: "Jeugdzorg  BV" is "jeugdzorg bv" (also how two criteria's wordings are compared). */
export const sameText = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A conflict of interest: the provider that asks for the higher weekbedrag is one of the parties
 * that decide (as the zorgaanbieder at the table).
 */
export function hasProviderConflict(parties: readonly { party: TafelParty; organisation?: string | undefined }[] | undefined, provider: string): boolean {
  return (parties ?? []).some((p) => p.party === 'zorgaanbieder' && p.organisation !== undefined && sameText(p.organisation, provider));
}
