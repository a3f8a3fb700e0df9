/** The strings of the dossier exchange between werkbanken (merged into i18n/nl.ts under its own key). */
export const nlDossier = {
  export: {
    open_request: 'Dossier exporteren',
    open_answer: 'Antwoord exporteren',
    title_request: 'Dossier exporteren voor {{target}}',
    title_answer: 'Antwoord exporteren voor de aanmelder',
    intro_request:
      'De werkbank maakt één versleuteld bestand met alleen dit dossier en het minimum van de casus (code, wijk, sporen, status): geen naam of alias. Stuur het bestand naar {{target}} en spreek de wachtwoordzin apart af, bijvoorbeeld telefonisch — nooit in dezelfde mail.',
    intro_answer:
      'Het bestand bevat de stand van de escalatie en het besluit, versleuteld. Stuur het terug naar de werkbank die het dossier stuurde en spreek de wachtwoordzin apart af — nooit in dezelfde mail.',
    passphrase: 'Wachtwoordzin voor het dossierbestand',
    passphraseHelp: 'Minstens {{min}} tekens. Dit is niet de wachtwoordzin van uw werkbank.',
    confirmation: 'Herhaal de wachtwoordzin',
    mismatch: 'De twee wachtwoordzinnen zijn niet gelijk. Typ dezelfde wachtwoordzin twee keer.',
    submit: 'Versleuteld bestand opslaan',
    busy: 'Het bestand wordt versleuteld…',
    cancel: 'Annuleren',
    saved: 'Het dossierbestand {{name}} is opgeslagen. Stuur het naar {{target}}; geef de wachtwoordzin apart door.',
    savedAnswer: 'Het antwoord {{name}} is opgeslagen. Stuur het terug naar de aanmelder; geef de wachtwoordzin apart door.',
    cancelled: 'Opslaan is afgebroken; er is geen bestand gemaakt.',
  },
  import: {
    open: 'Dossier importeren',
    title: 'Dossier importeren',
    intro:
      'Een dossierbestand van een andere werkbank: een escalatie die bij u is ingediend, of het antwoord op een escalatie die u verstuurde. U hebt de wachtwoordzin nodig die de afzender apart doorgaf.',
    file: 'Dossierbestand',
    fileHelp: 'Tab naar "Bestand kiezen" en druk op Enter of spatie; of sleep het bestand hierheen. Het bestand is hooguit {{max}} MB.',
    chooseFile: 'Bestand kiezen',
    nothingChosen: 'Nog geen bestand gekozen.',
    chosen: 'Gekozen: {{name}} ({{size}})',
    noFile: 'Kies het dossierbestand dat u ontving.',
    emptyFile: 'Het gekozen bestand is leeg; kies het dossierbestand dat u ontving.',
    tooLarge: 'Het gekozen bestand is groter dan {{max}} MB en dus geen dossierbestand; kies het dossierbestand dat u ontving.',
    passphrase: 'Wachtwoordzin van het dossierbestand',
    submit: 'Importeren',
    busy: 'Het bestand wordt geopend en gecontroleerd…',
    cancel: 'Sluiten',
    readFailed: 'Het bestand kon niet worden gelezen. Kies het opnieuw; er is niets geïmporteerd.',
    done: {
      created: 'Nieuwe casus {{code}} ontvangen met escalatie {{id}} (status {{status}}). Ze staat in de lijst hieronder.',
      updated: 'Casus {{code}} bijgewerkt: escalatie {{id}} heeft nu status {{status}}.',
      merged: 'Het antwoord op escalatie {{id}} van casus {{code}} is verwerkt: status {{status}}.',
      unchanged: 'Niets gewijzigd: dit bestand van casus {{code}} (escalatie {{id}}) was al geïmporteerd, of deze werkbank is al verder.',
      addedWijk: 'Wijk {{wijk}} is aan de catalogus toegevoegd.',
    },
    openCase: 'Open casus {{code}}',
  },
  received: {
    label: 'Ontvangen dossier van een andere werkbank',
    body: 'Deze casus is een kopie van de casus van de werkbank die het dossier stuurde: hier staan alleen het dossier en het besluit. Ze telt niet mee in de businesscase, de kengetallen en het register van deze werkbank; de werkbank van de aanmelder telt haar, met het besluit.',
  },
} as const;
