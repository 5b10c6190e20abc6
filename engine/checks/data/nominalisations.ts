// Data for the naamwoordstijl (nominal style) check (engine/checks/nominal-style.ts). Hand-made; no outside source.

export interface Nominalisation {
  /** The noun made from a verb, lower case: "betaling". */
  noun: string;
  /** The verb to use instead: "betalen". */
  verb: string;
  /** A B1 rewrite with the verb, shown in the note. */
  example: string;
  /**
   * Everyday nouns that are fine on their own in B1 ("de aanvraag van uw uitkering", "de opvoeding van de kinderen").
   * They only count towards a sentence with two or more nominalisations.
   */
  weak?: true;
}

/** Flagged as "[de/het/een/uw/na/bij/door …] (adjective) NOUN van": "na ontvangst van", "tijdige betaling van". */
export const NOMINALISATIONS: Nominalisation[] = [
  { noun: "betaling", verb: "betalen", example: "als u op tijd betaalt" },
  { noun: "terugbetaling", verb: "terugbetalen", example: "u betaalt het geld terug" },
  { noun: "uitbetaling", verb: "uitbetalen", example: "wij betalen het bedrag uit" },
  { noun: "beoordeling", verb: "beoordelen", example: "wij beoordelen uw aanvraag" },
  { noun: "behandeling", verb: "behandelen", example: "wij behandelen uw bezwaar" },
  { noun: "ontvangst", verb: "ontvangen", example: "als wij uw brief hebben ontvangen" },
  { noun: "afhandeling", verb: "afhandelen", example: "wij handelen uw klacht af" },
  { noun: "verstrekking", verb: "verstrekken", example: "wij geven u de gegevens" },
  { noun: "beëindiging", verb: "beëindigen", example: "wij stoppen de hulp" },
  { noun: "toekenning", verb: "toekennen", example: "u krijgt de toeslag" },
  { noun: "verwerking", verb: "verwerken", example: "wij verwerken uw gegevens" },
  { noun: "vaststelling", verb: "vaststellen", example: "wij stellen het bedrag vast" },
  { noun: "indiening", verb: "indienen", example: "als u het bezwaar indient" },
  { noun: "verkrijging", verb: "verkrijgen", example: "om een vergunning te krijgen" },
  { noun: "voorkoming", verb: "voorkomen", example: "om problemen te voorkomen" },
  { noun: "uitvoering", verb: "uitvoeren", example: "wij voeren het plan uit" },
  { noun: "inschakeling", verb: "inschakelen", example: "wij vragen hulp aan" },
  { noun: "verlenging", verb: "verlengen", example: "de rechter verlengt de maatregel" },
  { noun: "opzegging", verb: "opzeggen", example: "als u de huur opzegt" },
  { noun: "ondertekening", verb: "ondertekenen", example: "als u het formulier tekent" },
  { noun: "overlegging", verb: "overleggen", example: "als u de papieren laat zien" },
  { noun: "toezending", verb: "toezenden", example: "wij sturen u de brief" },
  { noun: "verzending", verb: "verzenden", example: "wij sturen de brief" },
  { noun: "inzending", verb: "inzenden", example: "als u het formulier opstuurt" },
  { noun: "beantwoording", verb: "beantwoorden", example: "wij beantwoorden uw vraag" },
  { noun: "bespreking", verb: "bespreken", example: "wij bespreken het plan" },
  { noun: "goedkeuring", verb: "goedkeuren", example: "als de rechter het goedkeurt" },
  { noun: "afwijzing", verb: "afwijzen", example: "wij wijzen uw aanvraag af" },
  { noun: "inwilliging", verb: "inwilligen", example: "wij zeggen ja tegen uw verzoek" },
  { noun: "intrekking", verb: "intrekken", example: "wij trekken het besluit in" },
  { noun: "herziening", verb: "herzien", example: "wij kijken opnieuw naar het besluit" },
  { noun: "nakoming", verb: "nakomen", example: "als u de afspraken nakomt" },
  { noun: "naleving", verb: "naleven", example: "als u zich aan de regels houdt" },
  { noun: "overschrijding", verb: "overschrijden", example: "als u te laat bent" },
  { noun: "verrekening", verb: "verrekenen", example: "wij trekken het bedrag af" },
  { noun: "inning", verb: "innen", example: "wij halen het geld op" },
  { noun: "invordering", verb: "invorderen", example: "wij vragen het geld terug" },
  { noun: "verhoging", verb: "verhogen", example: "wij verhogen de huur" },
  { noun: "verlaging", verb: "verlagen", example: "wij verlagen het bedrag" },
  { noun: "vermindering", verb: "verminderen", example: "het bedrag wordt lager" },
  { noun: "aanvaarding", verb: "aanvaarden", example: "als u het aanbod aanneemt" },
  { noun: "verlening", verb: "verlenen", example: "wij geven u toestemming" },
  { noun: "afweging", verb: "afwegen", example: "wij kijken wat het beste is" },
  { noun: "overweging", verb: "overwegen", example: "wij denken erover na" },
  { noun: "kennisname", verb: "kennisnemen", example: "lees de brief" },
  { noun: "inzage", verb: "inzien", example: "u mag het dossier lezen" },
  { noun: "afronding", verb: "afronden", example: "als wij het onderzoek afronden" },
  { noun: "voorbereiding", verb: "voorbereiden", example: "wij bereiden het gesprek voor" },
  { noun: "oplevering", verb: "opleveren", example: "als de woning klaar is" },
  { noun: "ontruiming", verb: "ontruimen", example: "u moet de woning leeg opleveren" },
  { noun: "teruggave", verb: "teruggeven", example: "u krijgt het geld terug" },
  { noun: "afgifte", verb: "afgeven", example: "wij geven u het bewijs" },
  { noun: "overdracht", verb: "overdragen", example: "wij dragen het dossier over" },
  { noun: "inschrijving", verb: "inschrijven", example: "als u zich inschrijft" },
  { noun: "uitschrijving", verb: "uitschrijven", example: "als u zich uitschrijft" },
  { noun: "aanvulling", verb: "aanvullen", example: "vul het formulier aan" },
  { noun: "onderbouwing", verb: "onderbouwen", example: "leg uit waarom" },
  { noun: "verduidelijking", verb: "verduidelijken", example: "wij leggen het uit" },
  { noun: "verificatie", verb: "controleren", example: "wij controleren uw gegevens" },
  { noun: "registratie", verb: "registreren", example: "wij schrijven uw gegevens op" },
  { noun: "realisatie", verb: "realiseren", example: "wij maken het plan waar" },
  { noun: "implementatie", verb: "invoeren", example: "wij voeren de regel in" },
  { noun: "evaluatie", verb: "evalueren", example: "wij bespreken hoe het ging" },
  { noun: "tenuitvoerlegging", verb: "uitvoeren", example: "wij voeren het vonnis uit" },
  { noun: "instandhouding", verb: "in stand houden", example: "wij houden de regeling in stand" },
  { noun: "totstandkoming", verb: "tot stand komen", example: "hoe het plan tot stand kwam" },
  { noun: "inachtneming", verb: "rekening houden met", example: "wij houden rekening met de regels" },
  { noun: "ingebrekestelling", verb: "in gebreke stellen", example: "wij geven u een officiële waarschuwing" },
  { noun: "vergoeding", verb: "vergoeden", example: "wij betalen de kosten", weak: true },
  { noun: "aanvraag", verb: "aanvragen", example: "als u de toeslag aanvraagt", weak: true },
  { noun: "beslissing", verb: "beslissen", example: "de rechter beslist", weak: true },
  { noun: "gebruik", verb: "gebruiken", example: "u gebruikt de woning", weak: true },
  { noun: "begeleiding", verb: "begeleiden", example: "wij begeleiden het gezin", weak: true },
  { noun: "ondersteuning", verb: "ondersteunen", example: "wij helpen u", weak: true },
  { noun: "opvoeding", verb: "opvoeden", example: "hoe u de kinderen opvoedt", weak: true },
  { noun: "ontwikkeling", verb: "ontwikkelen", example: "hoe het kind zich ontwikkelt", weak: true },
  { noun: "verzorging", verb: "verzorgen", example: "wie het kind verzorgt", weak: true },
  { noun: "melding", verb: "melden", example: "iemand meldt zorgen", weak: true },
  { noun: "wijziging", verb: "wijzigen", example: "als wij het plan veranderen", weak: true },
  { noun: "aanpassing", verb: "aanpassen", example: "wij passen het plan aan", weak: true },
  { noun: "bevestiging", verb: "bevestigen", example: "wij laten u weten dat het goed is", weak: true },
  { noun: "toelichting", verb: "toelichten", example: "wij leggen het uit", weak: true },
  { noun: "verhuizing", verb: "verhuizen", example: "als u verhuist", weak: true },
  { noun: "regeling", verb: "regelen", example: "wij regelen het", weak: true },
  { noun: "inzet", verb: "inzetten", example: "wij zetten hulp in", weak: true },
  { noun: "aanmelding", verb: "aanmelden", example: "als u zich aanmeldt", weak: true },
  { noun: "controle", verb: "controleren", example: "wij controleren", weak: true },
];

/** Words that may stand before the nominalisation: articles, possessives and prepositions ("na ontvangst van"). */
export const NOMINAL_LEFT = new Set([
  "de", "het", "een", "geen", "uw", "onze", "ons", "hun", "zijn", "haar", "jouw", "je", "mijn", "deze", "die", "dit",
  "dat", "na", "bij", "voor", "tot", "ter", "in", "door", "zonder", "met", "op", "om", "over", "tijdens", "wegens",
  "vanwege", "middels", "inzake", "ná", "vóór", "aan", "naar", "via",
]);

/**
 * Words ending in -en that are nouns, not infinitives, after "het": "het leven van", "in het midden van",
 * "het welzijn van het kind", "het verleden".
 */
export const NOUNS_ENDING_IN_EN = new Set([
  "leven", "verleden", "wapen", "teken", "examen", "laken", "kussen", "vertrouwen", "geweten", "verlangen", "wezen",
  "bestaan", "welzijn", "midden", "noorden", "zuiden", "oosten", "westen", "vermogen", "aanzien", "eten", "gebeuren",
  "welbevinden", "voornemen", "onvermogen", "wantrouwen", "zelfvertrouwen", "open", "eigen", "deken", "molen", "zijn", "allen", "kunnen", "willen",
  "moeten", "mogen", "zullen", "hebben", "worden", "gouden", "houten", "ijzeren", "zilveren", "wollen", "katoenen",
]);

/**
 * The first of the words between "het" and the infinitive must be one of these: "het in behandeling nemen van",
 * "het op tijd betalen van", "het niet nakomen van". A noun there is an object: "hij wil het huis kopen van zijn oom".
 */
export const NOMINAL_INFIX_START = new Set([
  "in", "op", "niet", "tijdig", "weer", "opnieuw", "goed", "zelf", "volledig", "te", "uit", "aan", "bij", "voor", "met",
  "na", "door", "over", "naar", "snel", "correct", "juist", "zo", "ook", "nog", "al", "verder", "tijdelijk", "direct",
  "onmiddellijk", "alsnog", "eerst", "samen", "vroegtijdig",
]);
