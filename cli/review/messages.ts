// Everything `helder review` says to a user, in B1 Dutch (tests/review-messages.test.ts checks them with Helder).
export const reviewMessages = {
  notFound: "Dit bestand of deze map is er niet.",
  noAccess: "Helder mag dit bestand niet openen. Vraag toegang of kopieer het bestand naar een andere map.",
  unreadable: "Helder kan dit bestand niet lezen.",
  brokenWord: "Helder kan dit Word-bestand niet openen. Het bestand is misschien kapot. Sla het opnieuw op in Word en probeer het nog een keer.",
  brokenOdt: "Helder kan dit bestand niet openen. Het bestand is misschien kapot. Sla het opnieuw op en probeer het nog een keer.",
  oldWord: "Dit is een oud Word-bestand (.doc). Sla het in Word op als .docx en probeer het nog een keer.",
  binary: "Dit bestand is geen tekst. Helder kan het niet lezen.",
  tooLarge: "Dit bestand is groter dan 10 MB. Helder leest het niet. Maak het bestand kleiner of splits het.",
  unsupported: "Helder kan dit soort bestand niet lezen.",
  noFiles: "Helder vond geen bestanden om te controleren.",
  progress: "Sjablonen controleren",
  keepExplain: "Uw organisatie gebruikt dit woord. Leg het de eerste keer uit, zo:",
} as const;

/** The sentences of the HTML report. */
export const reportTexts = {
  intro: "Helder heeft deze sjablonen nagekeken op taalniveau B1. Hier ziet u welke sjablonen al goed zijn en welke woorden vaak terugkomen.",
  sortHint: "Klik op de naam van een kolom om de tabel op die kolom te sorteren.",
  noFindings: "Helder vond niets in dit sjabloon.",
  showText: "Tekst met de gemarkeerde woorden en zinnen",
  configUsed: "Met de instellingen van uw organisatie uit",
  skippedIntro: "Deze bestanden heeft Helder niet gelezen. Helder leest .txt, .md, .html, .docx en .odt.",
  termsExplained: "Klik op een woord. U ziet dan in welke sjablonen het staat. Verander het woord in al die sjablonen tegelijk.",
  levelsExplained:
    "Helder bepaalt het niveau uit de lengte van de zinnen, zeldzame en lange woorden, de lijdende vorm en ambtelijke taal. Klik op een balk voor de tabel.",
  footer: "Gemaakt met Helder. Helder bewaart geen teksten en stuurt ze nergens heen.",
};
