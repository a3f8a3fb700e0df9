/**
 * The sheet "Toelichting": what the file is, when it was made, with which filters and kengetallen
 * versions, whether it is pseudonymised, and in one short paragraph per figure how it is computed
 * (PRODUCT.md §3), so an evaluator can read the file without the app.
 */
import type { ExportRequest } from '../buildExport';
import { contextLines, type ExportContext } from '../exportContext';
import { heading, moment, text } from './cells';
import type { XlsxSheet } from './sheet';

const METHOD: Record<ExportRequest['what'], readonly (readonly [string, string])[]> = {
  businesscase: [
    ['Selectie', 'Alle casussen met een peildatum (eerste tafelbespreking) in het jaar, behalve ingetrokken casussen; wijk, spoor en tafel beperken de selectie verder. De cijfers staan voor alle berekeningen en apart voor alleen de vastgestelde.'],
    ['Bedragen', 'Alle bedragen zijn in euro’s, berekend in hele centen. Elke kostenregel is eenheidsprijs × aantal × kans, één keer afgerond op hele centen.'],
    ['Referentiescenario', 'De zorg- en andere kosten die zonder de aanpak verwacht worden, over de horizon van de casus (standaard 52 weken vanaf de peildatum).'],
    ['Interventiescenario', 'De kosten die met de aanpak nog gemaakt worden, over dezelfde horizon.'],
    ['Vermeden kosten', 'Referentiescenario min interventiescenario.'],
    ['Vermeden kosten gecorrigeerd', 'Vermeden kosten × toerekeningspercentage van de casus (het deel dat aan de aanpak is toe te rekenen), afgerond op hele centen.'],
    ['Vermeden kosten zeker', 'Als gecorrigeerd, maar alleen over kostenregels met bewijsklasse A (gemeten of contracttarief).'],
    ['Investering', 'De kosten van interventies die zijn ingezet, afgerond of afgebroken, plus elk toegekend maatwerkbudget uit een escalatiebesluit.'],
    ['Netto rendement', 'Vermeden kosten gecorrigeerd min investering.'],
    ['Rendement per euro', 'Vermeden kosten gecorrigeerd gedeeld door investering, op 2 decimalen; n.v.t. zonder investering.'],
    ['Gemeente en totaal', 'De gemeente betaalt Wmo, Jeugd, Participatie, Schuldhulp en Gemeente overig; besparingen bij andere financiers staan in het totaal, nooit in het gemeentecijfer.'],
    ['Per financier', 'Vermeden kosten (vóór toerekening) en investering per financier.'],
    ['Per spoor', 'De gecorrigeerde vermeden kosten van een casus verdeeld over de sporen naar de kosten van de interventies per spoor (grootste-restmethode, tot op de cent); wat niet toe te rekenen is staat apart.'],
    ['Geboekt effect maatregel 19', 'Het in de begroting geboekte effect van het jaar, naast de gerealiseerde cijfers en er niet in opgeteld.'],
    ['Maatschappelijk', 'Indicatief: kosten van het interventietype × gepubliceerde multiplier, met de bron. Nooit opgeteld bij de besparing (dat zou dubbel tellen).'],
  ],
  indicators: [
    ['Periode', 'Het kalenderjaar; aanmeldingen en signalen tellen op de registratiedatum, besproken casussen op een bespreking in het jaar.'],
    ['Escalaties over de termijn', 'Escalaties die op de ontvanger wachten en op de exportdatum over hun termijn zijn.'],
    ['Mediaan', 'De mediaan van het aantal dagen, over de casussen waarvoor beide data bekend zijn.'],
    ['Zelfredzaamheid', 'Gemiddelde verandering van de score per leefgebied tussen intake en vervolgmeting, met het aantal casussen waarover het gemiddelde gaat.'],
  ],
  register: [
    ['Jeugd boven plafond', 'Elk jeugdarrangement met een weekbedrag boven het plafond, met de status van de toestemming.'],
    ['Meerkosten boven plafond', '(Weekbedrag − plafond) × aantal weken, per arrangement en in totaal.'],
    ['Herbeoordeling', 'De herbeoordelingsdatum uit het besluit; "ja" als die binnen 4 weken na de exportdatum valt.'],
    ['Wmo boven plafond', 'Elk extramuraal Wmo-arrangement boven het Wmo-plafond: voor heroverweging (bijvoorbeeld een Wlz-toets).'],
  ],
  dataset: [],
};

/** The export's context (exportContext.ts, as the CSV and the PDF name it), then the method. */
export function toelichtingSheet(req: ExportRequest, context: ExportContext): XlsxSheet {
  return {
    sheet: 'Toelichting',
    columns: [34, 110],
    data: [
      [heading('Onderwerp'), heading('Toelichting')],
      ...contextLines(context, moment).map(([k, v]) => [text(k), typeof v === 'string' ? text(v) : v]),
      [null, null],
      [heading('Methode'), null],
      ...METHOD[req.what].map(([k, v]) => [text(k), { ...text(v), wrap: true }]),
    ],
  };
}
