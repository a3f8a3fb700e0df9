/** The form kit's own strings: what every form says the same way. */
export const nlForm = {
  summaryTitle: 'Controleer het formulier',
  summaryIntro: 'Er is iets niet goed ingevuld. Kies een melding om naar het veld te gaan.',
  euro: {
    hint: 'In euro, bijvoorbeeld 1.234,56',
    format: 'Vul een bedrag in euro in, zoals 1.234,56.',
    decimals: 'Maximaal twee cijfers achter de komma (centen).',
    negative: 'Een bedrag kan niet negatief zijn.',
    tooLarge: 'Dit bedrag is te groot; controleer het aantal cijfers.',
    decimalPoint: 'Gebruik een komma voor de centen, bijvoorbeeld 12,50 (een punt scheidt duizendtallen).',
  },
  quantity: {
    invalid: 'Vul een aantal in, zoals 4 of 2,5 (niet negatief).',
  },
  date: {
    hint: 'Als dd-mm-jjjj, bijvoorbeeld 05-03-2026.',
    invalid: 'Dit is geen bestaande datum. Vul de datum in als dd-mm-jjjj, bijvoorbeeld 05-03-2026.',
  },
} as const;
