// Plain paraphrases for long compounds that letters in youth care and housing use often.
// Each entry carries an example: `wrong` must give a finding on exactly the span in [ ], `right` none
// (tests/check-hard-words.test.ts walks them all). A paraphrase is `safe` only when replacing the word
// alone leaves correct Dutch; most need the sentence to change, so they are not.

export interface Paraphrase {
  /** Lower-case word forms this entry covers. */
  forms: string[];
  replacement: string;
  safe: boolean;
  note?: string;
  /** `wrong` marks the span in [ ]; `fixed` is `wrong` with a safe replacement applied; `right` must give no finding. */
  example: { wrong: string; fixed?: string; right: string };
}

export const paraphrases: Paraphrase[] = [
  {
    forms: ["betalingsverplichting", "betalingsverplichtingen"],
    replacement: "wat u moet betalen",
    safe: false,
    note: "Schrijf de zin anders, bijvoorbeeld: 'U moet nog € 200 betalen.'",
    example: {
      wrong: "U moet voldoen aan uw [betalingsverplichtingen].",
      right: "U moet betalen wat u nog niet betaald heeft.",
    },
  },
  {
    forms: ["betalingsachterstand", "betalingsachterstanden"],
    replacement: "het bedrag dat u nog moet betalen",
    safe: false,
    note: "Of schrijf: 'U heeft nog niet alles betaald.'",
    example: {
      wrong: "Er is een [betalingsachterstand] ontstaan.",
      right: "U heeft nog niet alles betaald.",
    },
  },
  {
    forms: ["betalingsregeling", "betalingsregelingen"],
    replacement: "afspraak om in delen te betalen",
    safe: false,
    note: "Bijvoorbeeld: 'We kunnen afspreken dat u elke maand een deel betaalt.'",
    example: {
      wrong: "U kunt een [betalingsregeling] aanvragen.",
      right: "U kunt vragen of u in delen mag betalen.",
    },
  },
  {
    forms: ["huurovereenkomst", "huurovereenkomsten"],
    replacement: "huurcontract",
    safe: false,
    note: "Let op het lidwoord: 'het huurcontract'.",
    example: {
      wrong: "Dit staat in de [huurovereenkomst].",
      right: "Dit staat in het huurcontract.",
    },
  },
  {
    forms: ["arbeidsovereenkomst", "arbeidsovereenkomsten"],
    replacement: "contract met uw werkgever",
    safe: false,
    note: "Let op het lidwoord: 'het contract'.",
    example: {
      wrong: "Stuur ons een kopie van uw [arbeidsovereenkomst].",
      right: "Stuur ons een kopie van het contract met uw werkgever.",
    },
  },
  {
    forms: ["samenwerkingsovereenkomst", "samenwerkingsovereenkomsten"],
    replacement: "afspraken over samenwerken",
    safe: false,
    example: {
      wrong: "De gemeente tekent een [samenwerkingsovereenkomst] met het wijkteam.",
      right: "De gemeente maakt afspraken met het wijkteam over samenwerken.",
    },
  },
  {
    forms: ["klachtenprocedure", "klachtprocedure"],
    replacement: "hoe u een klacht indient",
    safe: false,
    note: "Zeg welke stappen de lezer moet zetten.",
    example: {
      wrong: "Lees de [klachtenprocedure] op onze website.",
      right: "Op onze website leest u hoe u een klacht indient.",
    },
  },
  {
    forms: ["bezwaarprocedure", "bezwaarschriftprocedure"],
    replacement: "hoe u bezwaar maakt",
    safe: false,
    note: "Zeg welke stappen de lezer moet zetten.",
    example: {
      wrong: "De [bezwaarprocedure] staat op de achterkant.",
      right: "Op de achterkant staat hoe u bezwaar maakt.",
    },
  },
  {
    forms: ["ontwikkelingsachterstand", "ontwikkelingsachterstanden"],
    replacement: "achterstand in de ontwikkeling",
    safe: true,
    example: {
      wrong: "Uw zoon heeft een [ontwikkelingsachterstand].",
      fixed: "Uw zoon heeft een achterstand in de ontwikkeling.",
      right: "Uw zoon loopt achter in zijn ontwikkeling.",
    },
  },
  {
    forms: ["geheimhoudingsplicht"],
    replacement: "plicht om geheim te houden wat u ons vertelt",
    safe: false,
    note: "Of schrijf: 'Wij vertellen niemand wat u ons vertelt.'",
    example: {
      wrong: "Wij hebben een [geheimhoudingsplicht].",
      right: "Wij vertellen niemand wat u ons vertelt.",
    },
  },
  {
    forms: ["gezinsomstandigheden", "thuisomstandigheden"],
    replacement: "hoe het thuis gaat",
    safe: false,
    example: {
      wrong: "Wij kijken naar de [gezinsomstandigheden].",
      right: "Wij kijken hoe het thuis gaat.",
    },
  },
  {
    forms: ["informatieverstrekking"],
    replacement: "informatie geven",
    safe: false,
    note: "Gebruik een werkwoord: 'wij geven u informatie'.",
    example: {
      wrong: "Dit gaat over [informatieverstrekking] aan ouders.",
      right: "Wij geven ouders informatie.",
    },
  },
  {
    forms: ["hulpverleningstraject", "hulpverleningstrajecten"],
    replacement: "hulp",
    safe: false,
    note: "Zeg welke hulp: 'hulp van het wijkteam'.",
    example: {
      wrong: "Het [hulpverleningstraject] start in mei.",
      right: "De hulp begint in mei.",
    },
  },
  {
    forms: ["inkomensafhankelijk", "inkomensafhankelijke"],
    replacement: "die afhangt van uw inkomen",
    safe: false,
    example: {
      wrong: "U betaalt een [inkomensafhankelijke] bijdrage.",
      right: "Hoeveel u betaalt, hangt af van uw inkomen.",
    },
  },
];

/** Advice by the last part of a long compound, for words without their own paraphrase. */
export const headAdvice: { heads: string[]; note: string }[] = [
  { heads: ["verplichting", "verplichtingen"], note: "Zeg wat de lezer moet doen: 'u moet …'." },
  { heads: ["overeenkomst", "overeenkomsten"], note: "Schrijf 'contract' of 'afspraken'." },
  { heads: ["procedure", "procedures"], note: "Zeg welke stappen de lezer moet zetten." },
  { heads: ["achterstand", "achterstanden"], note: "Zeg wat de lezer nog moet doen of betalen." },
  { heads: ["omstandigheden"], note: "Zeg wat er aan de hand is." },
  { heads: ["verstrekking"], note: "Gebruik een werkwoord: 'geven'." },
  { heads: ["stelling"], note: "Gebruik een werkwoord." },
];
