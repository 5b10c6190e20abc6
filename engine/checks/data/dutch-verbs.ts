// Dutch verb data for the passive-voice check (engine/checks/passive.ts).
// Hand-made lists (no outside source). Each list says what it is for and gives examples.

/** Forms of "worden" that make a passive with a past participle: "wordt verstuurd", "werd besloten". */
export const WORDEN_FORMS = new Set(["word", "wordt", "worden", "werd", "werden", "geworden"]);

/** Forms of "zijn" that can make a passive with a past participle: "is vastgesteld", "bijgeschreven dient te zijn". */
export const ZIJN_FORMS = new Set(["ben", "bent", "is", "zijn", "was", "waren", "geweest", "wees"]);

/** Forms of "hebben": a participle next to these is an active perfect ("wij hebben ontvangen"). */
export const HEBBEN_FORMS = new Set(["heb", "hebt", "heeft", "hebben", "had", "hadden", "gehad"]);

/** Modal and other cluster verbs that may stand right next to the auxiliary: "moet worden betaald", "dient te zijn". */
export const CLUSTER_VERBS = new Set([
  "moet", "moeten", "moest", "moesten", "kan", "kunnen", "kon", "konden", "zal", "zult", "zullen", "zou", "zouden",
  "mag", "mogen", "mocht", "mochten", "wil", "wilt", "willen", "wilde", "wilden", "dient", "dienen", "diende", "dienden",
  "hoeft", "hoeven", "hoefde", "te",
]);

/**
 * Separable particles that come before "ge-" in a participle: "aan-ge-sproken", "bij-ge-schreven", "vast-ge-steld".
 * Sorted longest first when used.
 */
export const SEPARABLE_PARTICLES = [
  "aan", "achter", "af", "bekend", "bij", "binnen", "buiten", "dicht", "door", "goed", "in", "kapot", "klaar", "kwijt",
  "langs", "los", "mee", "na", "neer", "om", "onder", "op", "open", "over", "rond", "samen", "schoon", "stil",
  "tegen", "teleur", "terecht", "terug", "thuis", "toe", "uit", "vast", "veilig", "voor", "vooruit", "vrij", "weg",
  "weer", "tussen", "zeker", "gelijk", "bloot", "hoog", "plaats", "deel", "mis", "stop", "uiteen", "voort",
  "tegemoet", "teweeg", "dood", "leeg", "vol", "recht", "tekort", "groot", "fijn", "lief", "huis",
];

/**
 * Inseparable prefixes: these verbs make their participle without "ge-": be-taald, ver-stuurd, ont-vangen,
 * her-zien, er-kend, mis-bruikt, onder-tekend, over-wogen, door-zocht, voor-komen, vol-tooid.
 */
export const INSEPARABLE_PREFIXES = [
  "achter", "door", "onder", "over", "voor", "weer", "ver", "ont", "her", "mis", "vol", "om", "be", "er", "ge",
];

/**
 * Strong and irregular participles without their "ge-" (or other prefix): "gesproken" → "sproken",
 * so "aangesproken", "besproken" and "uitgesproken" are found too.
 */
export const STRONG_CORES = new Set([
  "bakken", "bannen", "barsten", "bedrogen", "beten", "bleven", "blazen", "bogen", "boden", "bonden", "borgen", "broken",
  "bracht", "daan", "dacht", "doken", "dragen", "dreven", "drongen", "dronken", "dolven", "dorven", "dwenen", "geten",
  "geven", "gleden", "golden", "goten", "gonnen", "graven", "grepen", "hangen", "heten", "heven", "holpen", "houden",
  "hesen", "keken", "kozen", "klommen", "klonken", "knepen", "komen", "kocht", "kregen", "kropen", "kweten", "laden",
  "lachen", "laten", "leden", "legen", "leken", "lezen", "logen", "lopen", "loren", "meden", "meten", "molken", "nomen",
  "noten", "prezen", "reden", "regen", "roepen", "roken", "schapen", "scheiden", "schenen", "schoten", "schoven",
  "schreven", "schreden", "schrokken", "scholden", "schonden", "schoren", "slagen", "slapen", "slepen", "slonken",
  "sloten", "smolten", "sneden", "sproken", "sprongen", "staan", "stoken", "stolen", "storven", "streden", "streken",
  "stegen", "stoten", "stoven", "stonken", "spleten", "spannen", "trokken", "treden", "troffen", "vallen", "vangen",
  "varen", "vochten", "vonden", "vlochten", "vlogen", "vloden", "volen", "vroren", "wassen", "weest", "weken", "weten",
  "wezen", "wogen", "wonnen", "worden", "worpen", "wreven", "zien", "zocht", "zogen", "zonden", "zongen", "zonken",
  "zwegen", "zwommen", "zworen", "zeten", "zonnen", "worven", "zwollen", "wonden", "had", "kund", "wild", "mogen",
  "vouwen", "houwen", "scheten", "weven", "zouten", "malen", "raden", "stoven", "sloten", "bleken", "zegd", "leid",
  "dwongen", "schonken", "krompen", "wrongen", "zwolgen", "smeten", "spogen", "sponnen",
]);

/**
 * Words that look like participles but are (almost) always a noun, adjective, adverb, preposition or conjunction.
 * Examples: "het gebied", "een bericht", "twee weken geleden", "aangezien u", "gezien de situatie" (handled in
 * context), "u bent verschuldigd", "het verleden".
 */
export const NOT_PARTICIPLES = new Set([
  // nouns
  "gebied", "gebit", "gebed", "gebod", "bericht", "gezicht", "gerecht", "gerucht", "gedicht", "gevecht", "geluid",
  "gewicht", "geld", "geduld", "gemoed", "genot", "gewaad", "geest", "gezond", "gezag", "gehalt", "verband", "beleid",
  "bezit", "bestand", "verstand", "verbod", "verzet", "besluit", "beroep", "verleden", "bedrag", "bedragen", "verlof",
  "verdriet", "verschil", "verhaal", "verkeer", "verlangen", "vermogen", "vertrouwen", "geweten",
  "gebouw", "geheugen", "verzoek", "overleg", "onderzoek", "bezoek", "verslag", "verbruik", "gebruik", "begrip",
  "ontwerp", "overschot", "voorschot", "onderdeel", "voordeel", "nadeel", "oordeel", "voorstel", "overzicht",
  "toezicht", "uitzicht", "inzicht", "opzicht", "gewest", "voorwerp", "onderwerp", "overwicht", "verlet",
  "bestek", "verdict", "gericht", "beding", "gesprek", "geschrift", "verzuim", "vervolg", "verloop", "verkoop",
  "onderhoud", "bezwaard", "gewricht", "gestalte", "gebrek", "gevolg", "geval", "gezin", "gedrag",
  "betreft", "ontbijt", "onderscheid", "bewijs", "verwijt", "overwegend", "gehucht", "gedeelte",
  // adjectives and adverbs that are not read as a passive
  "verschuldigd", "bevoegd", "beroemd", "berucht", "gemiddeld", "geleden", "gewoon", "gerust", "gereed", "geschikt",
  "verliefd", "verkeerd", "verslaafd", "bewust", "verlegen", "tevreden", "ontevreden", "gespannen", "bereid",
  "bekwaam", "verwant", "gezamenlijk", "ongerust", "overstuur", "voornoemd", "bovengenoemd", "beleefd", "geliefd",
  "bedreven", "verwend", "verschillend",
  // found by running the shape rules over the 50,000 most frequent Dutch words (wordfreq)
  "bijvoorbeeld", "voorbeeld", "achtergrond", "geweld", "uiteraard", "overeenkomst", "volwassen", "erfgoed",
  "misdaad", "gemeenteraad", "voorraad", "weerstand", "omzet", "herkomst", "nabijgelegen", "bewind", "omstreden",
  "overlast", "beest", "achterstand", "afgelegen", "verraad", "volkslied", "overeind", "voorhoofd", "ondergoed",
  "onderuit", "overvloed", "ondergrond", "onterecht", "vooruitzicht", "veruit", "vooruit", "achteruit", "volstrekt",
  "voorgoed", "volkomen", "bevriend", "benieuwd", "geslacht", "genaamd", "ingewikkeld", "verbazingwekkend", "gepast",
  "beschaafd", "bescheiden", "ernaast", "overdracht", "opdracht", "voorstand", "tegenstand", "bestuurslid",
  "overgewicht", "achternaam", "gezondheid", "verstandig", "gerede", "voorwaarde", "bevolking", "geheid",
  "geniet", "gelooft", "belooft", "verbaast", "overleeft", "verhuist", "behoud", "ontvangst", "onthoud", "voorraden",
  // conjunctions and prepositions
  "omdat", "voordat", "doordat", "nadat", "aangezien", "betreffende", "gedurende", "ondanks", "behalve",
]);

/**
 * Participles that after "zijn" read as an adjective (a feeling or a quality), so the check stays quiet:
 * "zij is betrokken bij", "ik ben teleurgesteld", "hij is gemotiveerd". After "worden" they are a passive:
 * "de ouders worden betrokken bij het plan".
 */
export const ADJECTIVAL_PARTICIPLES = new Set([
  "betrokken", "geïnteresseerd", "teleurgesteld", "verbaasd", "verrast", "opgelucht", "overtuigd", "gemotiveerd",
  "bezorgd", "gehandicapt", "verward", "ontroerd", "gekwetst", "gestrest", "geschokt", "gespannen", "verdeeld",
  "gehecht", "verbouwereerd", "gefrustreerd", "geïrriteerd", "opgewonden", "gedeprimeerd", "gehaast", "verzwakt",
  "vermoeid", "uitgeput", "gekleed", "gewapend", "gelovig", "verstandelijk", "opgegroeid", "tegengesteld",
  // family states, said plainly: "mijn ouders zijn gescheiden", "zij is getrouwd"
  "getrouwd", "gescheiden",
  // "als u verhinderd bent": not able to come
  "verhinderd",
  // "uw zicht is beperkt", "de ruimte is beperkt": limited, a quality
  "beperkt",
]);

/**
 * Participles of verbs that take "zijn" in the perfect: "is gebeurd" is an active sentence, not a passive.
 * Matched on the whole word and on the end of the word ("teruggekomen", "uitgevallen", "opgegroeid").
 * "geboren" is here on purpose: "is geboren" is grammatically a passive, but there is no better active sentence.
 */
export const ZIJN_VERB_PARTICIPLES = new Set([
  "gebeurd", "gekomen", "gegaan", "geworden", "gebleven", "ontstaan", "gelukt", "mislukt", "gestopt", "begonnen",
  "verhuisd", "overleden", "vertrokken", "verdwenen", "verschenen", "geboren", "gestorven", "gevallen", "gegroeid",
  "gestegen", "gedaald", "gezakt", "geslaagd", "gezakt", "gevlucht", "ontsnapt", "gebleken", "geweest", "gelopen",
  "gereden", "gevlogen", "gevaren", "gezwommen", "gesprongen", "geschrokken", "opgehouden", "geëindigd", "verlopen",
  "afgelopen", "toegenomen", "afgenomen", "verbeterd", "verslechterd", "veranderd", "geraakt", "ontwaakt",
  "ingeslapen", "opgestaan", "gewend", "gezwicht", "verongelukt", "verdronken", "gestruikeld", "ontploft", "geland",
  "gearriveerd", "gestart", "gebeurd", "tegengevallen", "meegevallen", "bevallen", "ontsprongen", "gegroeid",
  "gerezen", "geslonken", "gekrompen", "verouderd", "verdwaald", "ontspoord", "ingetrokken", "meegegaan", "gegleden", "ontkomen", "ontvlucht", "gezonken", "uitgegroeid", "overkomen",
  // time running out or ending: "de termijn is verstreken", "uw recht is vervallen", "de schuld is verjaard"
  "verstreken", "vervallen", "verjaard", "vergaan", "geëxpireerd", "geschied", "voorgevallen", "overgegaan",
  // change of state: "het conflict is geëscaleerd", "de klachten zijn verergerd", "hij is genezen"
  "verergerd", "geëscaleerd", "gestagneerd", "genezen", "bedaard", "bekomen", "bezweken", "gefaald", "ontaard",
  "ontbrand", "ontdooid", "bevroren", "gesmolten", "bedorven", "verrot", "verroest", "verwelkt", "verzuurd",
  "verarmd", "vergrijsd", "verwilderd", "verzand", "verjongd", "verbleekt", "opgedroogd", "uitgedroogd",
  "ingestort", "gebarsten", "gestikt", "verhongerd", "gesneuveld", "omgekomen", "doodgegaan", "verdronken",
  "ontslapen", "ingedommeld", "opgeknapt", "aangesterkt", "opgeschoten", "uitgebleven", "opgedoken",
  "ondergedoken", "gedoken", "ingeslopen", "geslopen", "gekropen", "gerend", "gesneld", "gevlucht", "gestrand",
  "gecrasht", "geland", "gestegen", "opgestegen", "geklommen", "gedoken",
  // moving and settling: "zij is teruggekeerd", "hij is overgestapt", "wij zijn geëmigreerd"
  "geëmigreerd", "geïmmigreerd", "verkast", "afgereisd", "gereisd", "teruggereisd", "doorgereisd", "uitgeweken",
  "geweken", "ingeburgerd", "geïntegreerd", "afgestudeerd", "gepensioneerd", "hertrouwd", "samengewoond",
  "gefietst", "gewandeld", "gezeild", "geroeid", "afgehaakt", "afgeknapt", "opgeraakt", "leeggelopen",
  // forgetting and slipping the mind: "Misschien bent u het vergeten", "het is mij ontgaan"
  "vergeten", "ontgaan", "ontschoten",
]);
/**
 * Zijn-verb participles (classified as such too) that can also be a real passive when a "door"-agent is there:
 * "De situatie is veranderd" (active) ↔ "Het plan is door de rechter veranderd" (passive).
 */
export const ZIJN_VERB_UNLESS_AGENT = new Set([
  "veranderd", "verbeterd", "verslechterd", "afgenomen", "gestopt", "gestart", "ingetrokken", "geraakt", "begonnen",
  // "de prijs is verdubbeld" ↔ "de prijs is door de verhuurder verdubbeld"; "hij is hersteld" ↔ "de fout is hersteld door …"
  "verdubbeld", "gehalveerd", "verdrievoudigd", "vertraagd", "versneld", "hersteld", "verminderd", "vermeerderd",
  "gestabiliseerd", "verhard", "afgebrand", "verbrand", "gescheurd", "gebroken", "gepromoveerd", "gedegradeerd",
  // "u bent het vergeten" ↔ "de afspraak is door de school vergeten"
  "vergeten",
]);
/** Word endings that always belong to a zijn-verb: "teruggekomen", "meegegaan", "thuisgebleven". */
export const ZIJN_VERB_ENDINGS = [
  "gekomen", "gegaan", "gebleven", "gevallen", "gegroeid", "gestegen", "gelopen", "gereden", "gestapt", "gekeerd",
  "getreden", "gereisd", "gevlucht", "gevaren", "gevlogen", "gesprongen", "geklommen", "gedaald", "gezakt",
  "gestorven", "gezonken", "gedoken", "geslopen", "gekropen", "gerend", "gegleden",
];

/**
 * Participles that after "zijn" mostly describe a state, not an action: "het pand is gelegen aan", "de deur is
 * gesloten", "dat is bedoeld voor". The check gives these a milder severity (info) and, where there is one,
 * names a shorter everyday word.
 */
export const STATE_PARTICIPLES = new Map<string, string | undefined>([
  ["gelegen", "ligt"],
  ["bedoeld", "is voor"],
  ["gesloten", "is dicht"],
  ["geopend", "is open"],
  ["bekend", "weet"],
  ["verplicht", "moet"],
  ["gevestigd", "zit"],
  ["gehuisvest", "woont"],
  ["bestemd", "is voor"],
  ["vereist", "is nodig"],
  ["toegestaan", "mag"],
  ["verboden", "mag niet"],
  ["gebaseerd", undefined],
  ["gericht", undefined],
  ["geregeld", undefined],
  ["inbegrepen", "zit erbij"],
  ["gewenst", undefined],
  ["gehouden", "moet"],
  ["genoodzaakt", "moet"],
  ["gedwongen", "moet"],
  ["gemachtigd", "mag"],
  ["gerechtigd", "mag"],
  ["belast", undefined],
  ["gebonden", undefined],
  ["verbonden", undefined],
  ["gelegen", "ligt"],
  ["ingeschreven", "staat ingeschreven"],
  ["opgeleid", undefined],
  ["gespecialiseerd", undefined],
  ["verzekerd", undefined],
  ["uitgesloten", "kan niet"],
  ["gekoppeld", undefined],
  ["voorzien", undefined],
  ["gevuld", "is vol"],
  ["bezet", undefined],
  ["verweven", undefined],
  // "uw huis is aangepast" is a state, "de huur is aangepast" hides who changed it: a tip either way
  ["aangepast", undefined],
  // "Amira is aangenomen op Het Baken College": admitted, how things stand now
  ["aangenomen", undefined],
]);

/**
 * Participles that after "zijn" describe how a home or a paper looks now, not who did something: "het huis was
 * opgeruimd", "de tuin is bijgehouden", "het formulier is ingevuld". Quiet after "zijn"; a real passive with a
 * "door"-agent ("het huis is door de buren opgeruimd") and after "worden" ("de kamer wordt opgeruimd").
 * Not here: participles that after "zijn" often hide who acted ("afgesloten", "aangepast", "ingediend", "opgemaakt":
 * "er is een rapport opgemaakt").
 */
export const RESULT_STATE_PARTICIPLES = new Set([
  // tidy and clean
  "opgeruimd", "schoongemaakt", "schoongehouden", "gepoetst", "gestofzuigd", "gedweild", "gelucht", "verschoond",
  "gewassen", "gestreken", "opgevouwen", "ingepakt", "uitgepakt", "opgeladen", "aangekleed", "verzorgd",
  // furnished and kept up
  "ingericht", "heringericht", "gemeubileerd", "onderhouden", "bijgehouden", "geverfd", "geschilderd", "behangen",
  "betegeld", "geïsoleerd", "versierd",
  // a form that is done ("ondertekend" is formal and flagged by the lexicon as such)
  "ingevuld", "getekend",
]);
/** Endings of compounds of the same verbs: "overgeverfd", "leeggeruimd", "bijgeschilderd". */
export const RESULT_STATE_ENDINGS = ["geverfd", "geruimd", "geschilderd", "gepoetst"];
/**
 * Adverbs that judge a result: after "zijn", "goed" + participle says how it turned out ("het is goed geschreven",
 * "het huis is netjes onderhouden"), not who did it. Not "zorgvuldig" or "uitgebreid": "de beslissing is
 * zorgvuldig genomen" still hides who decided.
 */
export const RESULT_QUALITY_ADVERBS = new Set(["goed", "slecht", "netjes", "keurig", "mooi", "prima", "helemaal"]);

/** Adjectives that look like participles and never form a passive, also not with "worden": "hij wordt bekend". */
export const ADJECTIVE_ONLY_WITH_WORDEN = new Set(["bekend", "gelegen", "geboren", "geworden", "geweest"]);

/**
 * Words before a participle that make it part of a noun group: "een gemaakt plan", "de gestolen fiets".
 * Not "haar", "ons", "hun": they are often an object ("door haar gedaan", "heeft ons geholpen").
 */
export const DETERMINERS = new Set([
  "de", "een", "geen", "uw", "mijn", "jouw", "onze", "elk", "elke", "ieder", "iedere", "alle",
  "welk", "welke", "zo'n", "zulk", "zulke", "dezelfde", "hetzelfde",
]);

/**
 * Nouns of cause or means after "door": "uitgesteld door ziekte", "betaald door middel van", "gedwongen door alle
 * middelen rechtens". They say why or how, not who acts, so the sentence has no actor to put first.
 */
export const CAUSE_NOUNS = new Set([
  "middel", "middelen", "ziekte", "ziektes", "omstandigheden", "omstandigheid", "fout", "fouten", "vergissing",
  "misverstand", "storing", "storingen", "drukte", "weer", "ongeluk", "ongeval", "brand", "lekkage", "overmacht",
  "toeval", "tijdgebrek", "gebrek", "tekort", "personeelstekort", "oorzaak", "oorzaken", "stress", "vertraging",
  "wateroverlast", "staking", "verhuizing", "zwangerschap", "opname", "overlijden", "wetswijziging",
]);

/**
 * A participle before an infinitive used as a noun, together the name of a service or rule: "waar betaald parkeren
 * geldt", "zij krijgt beschermd wonen". The participle describes the noun; nobody does anything to anyone.
 */
export const PARTICIPLE_NOUNS = new Map<string, Set<string>>([
  ["betaald", new Set(["parkeren"])],
  ["begeleid", new Set(["wonen", "werken", "zelfstandig"])],
  ["beschermd", new Set(["wonen"])],
  ["beschut", new Set(["werken"])],
  ["gescheiden", new Set(["wonen"])],
  ["geclusterd", new Set(["wonen"])],
]);

/** Personal pronouns for turning a door-agent into a subject: "door ons" → "wij". */
export const AGENT_TO_SUBJECT = new Map([
  ["ons", "wij"], ["mij", "ik"], ["me", "ik"], ["u", "u"], ["jou", "jij"], ["je", "jij"], ["hem", "hij"],
  ["haar", "zij"], ["hen", "zij"], ["hun", "zij"], ["jullie", "jullie"], ["iedereen", "iedereen"],
]);
