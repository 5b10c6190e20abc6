// The content of "Oefening 2: B1 niveau" (seed document, principle Eenvoudig): the nine words with the
// facilitator's answers, the huurachterstand letter and the reflection questions.
// The answers are for the trainer only: they reach a participant only after the trainer reveals them.

export interface ExerciseWord {
  /** The hard word, as participants see it. */
  word: string;
  /** The facilitator's everyday alternatives. */
  answers: string[];
}

export const OEFENING2_WORDS: readonly ExerciseWord[] = [
  { word: "echter", answers: ["toch", "maar", "alleen"] },
  { word: "ter inzage", answers: ["om in te kijken"] },
  { word: "indicatie", answers: ["schatting", "tip", "situatie"] },
  { word: "voltooid", answers: ["af", "klaar"] },
  { word: "inlichten", answers: ["melden", "laten weten", "vertellen"] },
  { word: "sanctie", answers: ["gevolg", "straf", "boete"] },
  { word: "indien", answers: ["als", "wanneer"] },
  { word: "naheffing", answers: ["belasting achteraf"] },
  { word: "achterstallig", answers: ["moet nog gedaan worden"] },
];

export const HUURACHTERSTAND_TITLE = "De brief over huurachterstand";

export const HUURACHTERSTAND_LETTER = "Geachte heer/mevrouw ACHTERNAAM,\n\nUit hoofde van de huurovereenkomst d.d. DATUM ONDERTEKENING, maakt u als huurder gebruik van het pand dat is gelegen aan ADRES. Als tegenprestatie voor het gebruik van het pand, bent u maandelijks een huursom verschuldigd van € 850, welk bedrag steeds uiterlijk op de laatste dag van de maand bijgeschreven dient te zijn op ons (reeds bij u bekende) rekeningnummer.\n\nWij hebben u in het verleden reeds meermaals aangesproken op het feit dat u dient te voldoen aan uw betalingsverplichtingen die voortvloeien uit voornoemde overeenkomst. Desondanks stellen wij vast dat er momenteel nog steeds sprake is van een huurachterstand van in totaal € 2.550. Aangezien u weigerachtig blijft om voornoemd bedrag te voldoen, zien wij ons genoodzaakt om u thans, middels onderhavig schrijven, officieel in gebreke te stellen.\n\nIndien wij voornoemd totaalbedrag niet binnen 30 dagen zien bijgeschreven staan op ons rekeningnummer, zien wij ons genoodzaakt om juridische stappen tegen u te ondernemen. Voor zover wij vóór het verlopen van die termijn geen betaling van u hebben ontvangen, melden wij u nu reeds dat wij in dat geval ook aanspraak zullen maken op vergoeding van rente, kosten en overige opeisbare vorderingen. Alleen door tijdige betaling van voornoemd bedrag, kunt u een (kostelijke) gerechtelijke procedure in dezen nog vermijden.\n\nIn afwachting van uw tijdige betaling,\nMet vriendelijke groet,\n";

/** Stap 3 (Reflectie) and Stap 4 (Aan de slag) of the exercise. */
export const REFLECTION_QUESTIONS: readonly string[] = [
  "Hoe ging het om de brief uit te leggen? Wat lukte wel? Wat lukte niet?",
  "Hoe was de uitleg voor de ander? Welke woorden waren goed te begrijpen?",
  "Welke makkelijke woorden weet u voor de moeilijke woorden?",
  "Wat ik uit deze oefening mee wil nemen is …",
];
