/**
 * Issue #14 item 11: a rendementsberekening is no indication decision. The sources keep every Wmo
 * and Jeugd provision "individueel beoordeeld … door een indicatiesteller" (DOMAIN.md, seeds [002]
 * [003]); one sentence says so wherever a rendement is shown: the case's Rendement section, the
 * Businesscase screen and the PDF reports. One source, so the screen and the PDF say the same.
 */
export const NO_INDICATION_DECISION =
  'Een rendementsberekening is geen indicatiebesluit: welke zorg of ondersteuning een inwoner krijgt, beslist de indicatiesteller.';

/** The label of that line in a PDF's title block. */
export const INDICATION_LABEL = 'Let op';
