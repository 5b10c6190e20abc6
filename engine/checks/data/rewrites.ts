// Sentence rewrites: patterns a word swap cannot fix. Each rule is a regex over one sentence and a replacement.
// The rules run in this order on the same sentence, each on the result of the one before. Every rule has
// examples; tests/sentence-rewrites.test.ts checks that each example sentence becomes exactly `after`.
//
// Regexes: only bounded quantifiers ({0,60} …), and the check skips sentences over 400 characters, so the cost
// per sentence has a fixed ceiling and the whole check stays linear in the length of the text.

export interface RewriteExample {
  before: string;
  after: string;
}

export interface RewriteRule {
  id: string;
  /** B1 Dutch: what the rewrite does, shown as the suggestion's note. */
  note: string;
  pattern: RegExp;
  /** The replacement for the match; undefined means "no rewrite here". */
  replace: (m: RegExpExecArray) => string | undefined;
  /** Safe: the result is correct Dutch without a human look. A function decides per match. */
  safe: boolean | ((m: RegExpExecArray) => boolean);
  examples: RewriteExample[];
  /** Only for sentences of at least this many words (splits of long sentences). */
  minWords?: number;
}

const FILLER = "(?:(?:thans|nu|hierbij|bij deze|middels (?:onderhavig|dit) schrijven|met deze brief|officieel|formeel)[ ,]{1,3}){0,6}";
const PARTICLES = "(?:op|af|aan|in|uit|mee|terug|door|over|toe|na|bij|vast|weg|voor|samen)";
/** Nouns after "er is sprake van een …" where "u heeft een …" says the same: the reader has the debt. */
const DEBT = /^(?:\p{L}{0,20}achterstand|\p{L}{0,20}schuld|schulden|openstaand bedrag)\b/u;

const warning = "een officiële waarschuwing (een ingebrekestelling)";

/** Finite forms of auxiliary and modal verbs: the verb that moves to second place when a subclause becomes a main clause. */
const FINITE_AUX = new Set([
  "is", "zijn", "bent", "ben", "was", "waren", "heeft", "hebben", "hebt", "heb", "had", "hadden", "wordt", "worden", "werd", "werden",
  "kan", "kunt", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten", "mag", "mogen", "mocht", "mochten",
  "zal", "zult", "zullen", "zou", "zouden", "wil", "wilt", "willen", "wilde", "wilden",
]);

/**
 * A subclause in main-clause order after an adverb: "u te laat bent" → "bent u te laat", "wij u niet konden
 * bereiken" → "konden wij u niet bereiken". Only when the finite verb is an auxiliary or modal at the very end,
 * or just before a last infinitive or participle; otherwise undefined.
 */
function mainClauseAfterAdverb(clause: string): string | undefined {
  const words = clause.split(" ");
  // "… beter begrijpt en daarom neutraal kan benaderen": two verbs joined; which one moves is a guess
  if (words.length < 3 || words.some((w) => /^(?:en|of|maar|want|dus|terwijl|noch)$/u.test(w))) return undefined;
  const last = words.length - 1;
  let at = -1;
  if (FINITE_AUX.has(words[last]!)) at = last;
  else if (FINITE_AUX.has(words[last - 1]!) && /(?:en|d|t)$/u.test(words[last]!) && !FINITE_AUX.has(words[last]!)) at = last - 1;
  if (at < 1) return undefined;
  const finite = words[at]!;
  return [finite, ...words.slice(0, at), ...words.slice(at + 1)].join(" ");
}

/** The third person singular of a weak verb from its participle, for "wordt … door X" → "X …t": "gestuurd" → "stuurt". */
function presentFromWeakParticiple(participle: string): { verb: string; particle: string } | undefined {
  const m = /^(aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|vast|weg)?(ge)?(\p{L}{2,30}?)(d|t)$/u.exec(participle);
  if (!m) return undefined;
  const [, particle = "", ge, stem] = m;
  if (!ge && !/^(?:be|ver|ont|her|er)/u.test(stem!)) return undefined;
  // geleid, gedood, gezet: is the stem "lei" or "leid", "zet" or "ze"? Too unsure.
  if (/(?:d|t|[aeiouy])$/u.test(stem!)) return undefined;
  return { verb: `${stem}t`, particle };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** "op te halen" → "ophalen", "te ondernemen" → "ondernemen". */
function infinitive(particle: string | undefined, verb: string): string {
  return particle ? `${particle.trim()}${verb}` : verb;
}

const AGENTS: Record<string, { subject: string; aux: string }> = {
  ons: { subject: "Wij", aux: "hebben" },
  mij: { subject: "Ik", aux: "heb" },
  u: { subject: "U", aux: "heeft" },
  hem: { subject: "Hij", aux: "heeft" },
  haar: { subject: "Zij", aux: "heeft" },
  hen: { subject: "Zij", aux: "hebben" },
  jullie: { subject: "Jullie", aux: "hebben" },
};
const OBJECT_PRONOUNS: Record<string, string> = { U: "u", Wij: "ons", We: "ons", Ik: "mij", Hij: "hem" };
const PARTICIPLE = new RegExp(`^(?:(?:${PARTICLES}|goed|vrij|vast|kwijt|stop)?ge\\p{L}{2,25}(?:d|t|en)|(?:be|ver|ont|her|er)\\p{L}{2,25}(?:d|t|en))$`, "u");

export const rewriteRules: RewriteRule[] = [
  {
    id: "ingebrekestelling",
    note: "Zeg gewoon wat de brief doet: een officiële waarschuwing geven.",
    pattern: new RegExp(`^(?:Wij|We) zien ons genoodzaakt om u ${FILLER}in gebreke te stellen\\.$`, "u"),
    replace: () => `Met deze brief geven wij u ${warning}.`,
    safe: true,
    examples: [{ before: "Wij zien ons genoodzaakt om u thans officieel in gebreke te stellen.", after: `Met deze brief geven wij u ${warning}.` }],
  },
  {
    id: "ingebrekestelling-hierbij",
    note: "Zeg gewoon wat de brief doet: een officiële waarschuwing geven.",
    pattern: /^(?:Hierbij|Bij deze|Middels deze brief|Met deze brief) stellen wij u (?:officieel |formeel )?in gebreke\.$/u,
    replace: () => `Met deze brief geven wij u ${warning}.`,
    safe: true,
    examples: [{ before: "Hierbij stellen wij u officieel in gebreke.", after: `Met deze brief geven wij u ${warning}.` }],
  },
  {
    id: "ingebrekestelling-na-bijzin",
    note: "Zeg gewoon wat de brief doet: een officiële waarschuwing geven.",
    pattern: new RegExp(`zien wij ons genoodzaakt om u ${FILLER}in gebreke te stellen(?=\\.$)`, "u"),
    replace: () => `geven wij u met deze brief ${warning}`,
    safe: true,
    examples: [
      {
        before: "Daarom zien wij ons genoodzaakt om u thans, middels onderhavig schrijven, officieel in gebreke te stellen.",
        after: `Daarom geven wij u met deze brief ${warning}.`,
      },
    ],
  },
  {
    id: "weigerachtig",
    note: "Beschrijf wat er gebeurt, zonder verwijt. Maak er twee zinnen van.",
    pattern: /^(?:Aangezien|Omdat|Nu) u weigerachtig blijft om ([^,;?!]{1,60}?) te (?:voldoen|betalen), (?=\p{Ll})/u,
    replace: (m) => `U heeft ${m[1]} nog niet betaald. Daarom `,
    safe: true,
    examples: [
      {
        before: "Aangezien u weigerachtig blijft om voornoemd bedrag te voldoen, zien wij ons genoodzaakt om u thans, middels onderhavig schrijven, officieel in gebreke te stellen.",
        after: `U heeft voornoemd bedrag nog niet betaald. Daarom geven wij u met deze brief ${warning}.`,
      },
    ],
  },
  {
    id: "betaalt-u-niet-binnen",
    note: "Begin met een vraag: 'Betaalt u niet binnen … ? Dan …'. Zo ziet de lezer meteen wat hij moet doen.",
    pattern:
      /^(?:Indien|Als|Wanneer) wij ([^,;?!]{1,60}?) niet (binnen|vóór|voor|uiterlijk op|op) ([^,;?!]{1,40}?) (?:zien bijgeschreven staan|bijgeschreven zien|hebben ontvangen|ontvangen hebben|ontvangen)(?: op (?:ons|onze) (?:rekeningnummer|rekening|bankrekening))?, (?=\p{Ll})/u,
    replace: (m) => `Betaalt u ${m[1]} niet ${m[2]} ${m[3]}? Dan `,
    safe: true,
    examples: [
      {
        before: "Indien wij voornoemd totaalbedrag niet binnen 30 dagen zien bijgeschreven staan op ons rekeningnummer, zien wij ons genoodzaakt om juridische stappen tegen u te ondernemen.",
        after: "Betaalt u voornoemd totaalbedrag niet binnen 30 dagen? Dan moeten wij naar de rechter gaan.",
      },
      {
        before: "Als wij het bedrag niet vóór 1 maart hebben ontvangen, sturen wij een deurwaarder.",
        after: "Betaalt u het bedrag niet vóór 1 maart? Dan sturen wij een deurwaarder.",
      },
    ],
  },
  {
    id: "geen-betaling-ontvangen",
    note: "Begin met een vraag: 'Betaalt u niet op tijd? Dan …'.",
    pattern:
      /^(?:Voor zover|Indien|Als|Wanneer) wij ((?:vóór|voor|binnen) (?:het verlopen van |het einde van )?(?:die|deze) (?:termijn|periode) )?geen betaling (?:van u )?(?:hebben ontvangen|ontvangen hebben|ontvangen), (?=\p{Ll})/u,
    replace: (m) => (m[1] ? "Betaalt u niet op tijd? Dan " : "Betaalt u niet? Dan "),
    safe: true,
    examples: [
      { before: "Als wij geen betaling ontvangen, bellen wij u.", after: "Betaalt u niet? Dan bellen wij u." },
      {
        before: "Voor zover wij vóór het verlopen van die termijn geen betaling van u hebben ontvangen, melden wij u nu reeds dat wij in dat geval ook aanspraak zullen maken op vergoeding van rente, kosten en overige opeisbare vorderingen.",
        after: "Betaalt u niet op tijd? Dan moet u ook rente, kosten en andere bedragen betalen die u ons nog schuldig bent.",
      },
    ],
  },
  {
    id: "aanspraak-op-vergoeding",
    note: "Zeg wie wat moet betalen: 'U moet ook … betalen.'",
    pattern:
      /(?<=^|[?.] )(Dan|Daarom|Ook) (?:melden|vertellen) wij u (?:nu )?(?:reeds |al )?dat wij in dat geval (ook )?aanspraak (?:zullen )?maken op (?:vergoeding|betaling) van ([^.;?!]{1,120}?)\.$/u,
    replace: (m) => {
      const list = m[3]!;
      const tail = /^(.{1,100}?)(?:,| en) (?:overige|andere) opeisbare vorderingen$/u.exec(list);
      const what = tail ? `${tail[1]} en andere bedragen betalen die u ons nog schuldig bent` : `${list} betalen`;
      return `${m[1]} moet u ${m[2] ?? ""}${what}.`;
    },
    safe: true,
    examples: [{ before: "Dan melden wij u dat wij in dat geval aanspraak maken op vergoeding van de kosten.", after: "Dan moet u de kosten betalen." }],
  },
  {
    id: "genoodzaakt",
    note: "'Genoodzaakt' is streng en ambtelijk. Schrijf 'moeten'.",
    pattern: new RegExp(`(^(?:Wij|We) zien ons|zien wij ons) genoodzaakt om ([^,;?!]{1,80}?) (${PARTICLES} )?te (\\p{L}{2,30})(?=[.,;?!]$|[.,;?!] )`, "u"),
    replace: (m) => `${m[1]!.startsWith("zien") ? "moeten wij" : "Wij moeten"} ${m[2]} ${infinitive(m[3], m[4]!)}`,
    safe: true,
    examples: [
      { before: "Wij zien ons genoodzaakt om de sleutels op te halen.", after: "Wij moeten de sleutels ophalen." },
      { before: "Daarom zien wij ons genoodzaakt om de huur te verhogen.", after: "Daarom moeten wij de huur verhogen." },
    ],
  },
  {
    id: "juridische-stappen",
    note: "Zeg wat er gebeurt: 'naar de rechter gaan'.",
    pattern: /\bjuridische stappen tegen u (te )?ondernemen\b/u,
    replace: (m) => `naar de rechter ${m[1] ?? ""}gaan`,
    safe: true,
    examples: [{ before: "Wij moeten juridische stappen tegen u ondernemen.", after: "Wij moeten naar de rechter gaan." }],
  },
  {
    id: "sprake-van-bijzin",
    note: "Zeg wie wat heeft: 'dat u een achterstand heeft'.",
    pattern: /\b(dat|omdat|als|of|zodat) er ((?:\p{L}{1,20} ){0,4}?)sprake is van (een|uw) ([^,;?!]{1,80}?)(?=[,.;?!]$|[,.;?!] )/u,
    replace: (m) => `${m[1]} u ${m[2]}${m[3]} ${m[4]} heeft`,
    safe: (m) => DEBT.test(m[4]!),
    examples: [
      {
        before: "Desondanks stellen wij vast dat er momenteel nog steeds sprake is van een huurachterstand van in totaal € 2.550.",
        after: "Desondanks stellen wij vast dat u momenteel nog steeds een huurachterstand van in totaal € 2.550 heeft.",
      },
    ],
  },
  {
    id: "sprake-van",
    note: "Zeg wie wat heeft: 'U heeft een achterstand.'",
    pattern: /^Er is ((?:\p{L}{1,20} ){0,4}?)sprake van (een|uw) ([^,;?!]{1,80}?)(?=[,.;?!]$|[,.;?!] )/u,
    replace: (m) => `U heeft ${m[1]}${m[2]} ${m[3]}`,
    safe: (m) => DEBT.test(m[3]!),
    examples: [
      { before: "Er is sprake van een betalingsachterstand.", after: "U heeft een betalingsachterstand." },
      { before: "Er is nu sprake van een misverstand.", after: "U heeft nu een misverstand." },
    ],
  },
  {
    id: "verschuldigd",
    note: "Zeg het met een werkwoord: 'u moet … betalen'.",
    pattern: /(\bbent u|^U bent) ([^,;?!]{1,60}?) verschuldigd(?: van ([^,;?!]{1,30}?))?(?=[,.;?!]$|[,.;?!] )/u,
    replace: (m) => `${m[1] === "U bent" ? "U moet" : "moet u"} ${m[2]}${m[3] ? ` van ${m[3]}` : ""} betalen`,
    safe: true,
    examples: [
      { before: "U bent ons € 200 verschuldigd.", after: "U moet ons € 200 betalen." },
      {
        before: "Als tegenprestatie bent u maandelijks een huursom verschuldigd van € 850, te betalen per bank.",
        after: "Als tegenprestatie moet u maandelijks een huursom van € 850 betalen, te betalen per bank.",
      },
    ],
  },
  {
    id: "welk-bedrag",
    note: "Maak van de bijzin met 'welk bedrag' een nieuwe zin: 'Dit bedrag moet …'.",
    pattern:
      /, welk bedrag ([^,.;?!()]{1,100}?) (?:bijgeschreven|overgemaakt|betaald) (?:dient|moet) te (?:zijn|worden) op (ons|onze) (?:\([^()]{1,40}\) )?(rekeningnummer|rekening|bankrekening)\.$/u,
    replace: (m) => `. Dit bedrag moet ${m[1]} op ${m[2]} ${m[3]} staan.`,
    safe: true,
    examples: [
      {
        before: "U betaalt € 850, welk bedrag steeds uiterlijk op de laatste dag van de maand bijgeschreven dient te zijn op ons (reeds bij u bekende) rekeningnummer.",
        after: "U betaalt € 850. Dit bedrag moet steeds uiterlijk op de laatste dag van de maand op ons rekeningnummer staan.",
      },
    ],
  },
  {
    id: "betalingsverplichtingen",
    note: "Zeg het met gewone woorden: 'gevraagd om te betalen'.",
    pattern: /\baangesproken op het feit dat u (?:dient te|moet) voldoen aan uw (?:betalings)?verplichtingen(?: (?:die|welke) voortvloeien uit ([^,;?!]{1,60}?))?(?=[,.;?!]$|[,.;?!] )/u,
    replace: (m) => `gevraagd om te betalen wat u ${m[1] ? `volgens ${m[1]} ` : ""}moet betalen`,
    safe: true,
    examples: [
      {
        before: "Wij hebben u in het verleden reeds meermaals aangesproken op het feit dat u dient te voldoen aan uw betalingsverplichtingen die voortvloeien uit voornoemde overeenkomst.",
        after: "Wij hebben u in het verleden reeds meermaals gevraagd om te betalen wat u volgens voornoemde overeenkomst moet betalen.",
      },
    ],
  },
  {
    id: "tijdige-betaling",
    note: "Gebruik het werkwoord: 'als u … op tijd betaalt'.",
    pattern: /^(Alleen )?door (tijdige )?betaling van ([^,;?!]{1,60}?),? (kunt|kan) u /u,
    replace: (m) => `${m[1] ? "Alleen als" : "Als"} u ${m[3]} ${m[2] ? "op tijd " : ""}betaalt, kunt u `,
    safe: true,
    examples: [
      {
        before: "Alleen door tijdige betaling van voornoemd bedrag, kunt u een (kostelijke) gerechtelijke procedure in dezen nog vermijden.",
        after: "Alleen als u voornoemd bedrag op tijd betaalt, kunt u een dure rechtszaak nog vermijden.",
      },
    ],
  },
  {
    id: "door-betaling",
    note: "Gebruik het werkwoord: 'door … te betalen'.",
    pattern: /\bdoor (tijdige )?betaling van ([^,;?!]{1,60}?)(?=[,.;?!]$|[,.;?!] )/u,
    replace: (m) => `door ${m[2]} ${m[1] ? "op tijd " : ""}te betalen`,
    // the one who pays is the subject of the sentence: only safe when that is "u"
    safe: (m) => /(?:^U |\bu )(?:kunt|kan|voorkomt|vermijdt)\b|\b(?:kunt|kan) u\b/u.test(m.input),
    examples: [{ before: "U kunt dit voorkomen door tijdige betaling van het bedrag.", after: "U kunt dit voorkomen door het bedrag op tijd te betalen." }],
  },
  {
    id: "na-ontvangst",
    note: "Gebruik het werkwoord: 'Als wij … hebben ontvangen'.",
    pattern: /^Na ontvangst van (uw|de|het|dit|deze) ([^,;?!]{1,50}?), (\p{Ll}{2,20}) (wij|we|ik) /u,
    replace: (m) => `Als ${m[4] === "ik" ? "ik" : "wij"} ${m[1]} ${m[2]} ${m[4] === "ik" ? "heb" : "hebben"} ontvangen, ${m[3]} ${m[4]} `,
    safe: true,
    examples: [{ before: "Na ontvangst van uw betaling, sturen wij u een bevestiging.", after: "Als wij uw betaling hebben ontvangen, sturen wij u een bevestiging." }],
  },
  {
    id: "ter-voorkoming",
    note: "Gebruik het werkwoord: 'om … te voorkomen'.",
    pattern: /\bter voorkoming van ([^,;?!]{1,60}?)(?=[,.;?!]$|[,.;?!] )/u,
    replace: (m) => `om ${m[1]} te voorkomen`,
    safe: true,
    examples: [{ before: "Betaal op tijd ter voorkoming van extra kosten.", after: "Betaal op tijd om extra kosten te voorkomen." }],
  },
  {
    id: "gerechtelijke-procedure",
    note: "Schrijf 'rechtszaak'. 'Kostelijk' betekent 'heerlijk'; u bedoelt 'duur'.",
    pattern: /(?:\((kostelijke|kostbare)\) |(kostelijke|kostbare) )?gerechtelijke procedure(?: in dezen| in casu)?/u,
    replace: (m) => (m[1] || m[2] ? "dure rechtszaak" : "rechtszaak"),
    safe: true,
    examples: [{ before: "Zo voorkomt u een kostbare gerechtelijke procedure.", after: "Zo voorkomt u een dure rechtszaak." }],
  },
  {
    id: "in-afwachting",
    note: "Schrijf het als gewone zin: 'Wij wachten op …'.",
    pattern: /^In afwachting van uw (?:tijdige |spoedige )?(betaling|reactie|antwoord),?$/u,
    replace: (m) => `Wij wachten op uw ${m[1]}.`,
    safe: true,
    examples: [{ before: "In afwachting van uw tijdige betaling,", after: "Wij wachten op uw betaling." }],
  },
  {
    id: "komma-voor-werkwoord",
    note: "Na een korte bepaling aan het begin van de zin komt geen komma voor het werkwoord.",
    pattern:
      /^((?:Volgens|In ruil voor|Als tegenprestatie voor|Uit hoofde van|Op grond van|Naar aanleiding van|Op basis van) [^,;?!]{1,80}), (?=(?:ben|bent|is|zijn|heeft|hebben|heb|maakt|moet|moeten|kunt|kan|kunnen|mag|mogen|zal|zult|zullen|krijgt|krijgen|betaalt|betalen|gebruikt|woont|huurt) (?:u|wij|we|ik|hij|zij|ze)\b)/u,
    replace: (m) => `${m[1]} `,
    safe: true,
    examples: [
      { before: "Volgens het huurcontract, betaalt u elke maand.", after: "Volgens het huurcontract betaalt u elke maand." },
      {
        before: "Als tegenprestatie voor het gebruik van het pand, bent u maandelijks een huursom verschuldigd van € 850.",
        after: "Als tegenprestatie voor het gebruik van het pand moet u maandelijks een huursom van € 850 betalen.",
      },
    ],
  },
  {
    id: "lijdende-vorm-door",
    note: "Maak van wie het doet het onderwerp van de zin.",
    pattern:
      /^(De|Het|Deze|Dit|Uw|Onze|Een|U|Wij|We|Ik|Hij) ((?:[\p{L}-]{1,30} ){0,2}?)(is|zijn|ben|bent) ((?:\p{L}{1,20} ){0,3}?)door (ons|mij|u|hem|haar|hen|jullie|(?:de|het|een) [\p{L}-]{1,30}) ((?:\p{L}{1,20} ){0,4}?)(\p{L}{2,40})\.$/u,
    replace: (m) => {
      if (!PARTICIPLE.test(m[7]!) || m[7] === "geweest" || m[7] === "geworden") return undefined;
      const pronoun = OBJECT_PRONOUNS[m[1]!];
      if (pronoun !== undefined && m[2] !== "") return undefined;
      if (pronoun === undefined && m[2] === "") return undefined;
      const object = pronoun ?? `${lowerFirst(m[1]!)} ${m[2]!.trim()}`;
      const known = AGENTS[m[5]!];
      const agent = known ?? { subject: m[5]!.charAt(0).toUpperCase() + m[5]!.slice(1), aux: /(?:en|s)$/u.test(m[5]!) ? "hebben" : "heeft" };
      return `${agent.subject} ${agent.aux} ${object} ${m[4]}${m[6]}${m[7]}.`;
    },
    // a noun agent ending in -en or -s may be plural ("de ouders"): then a human checks "heeft" or "hebben"
    safe: (m) => AGENTS[m[5]!] !== undefined || !/(?:en|s)$/u.test(m[5]!),
    examples: [
      { before: "Uw aanvraag is gisteren door ons goedgekeurd.", after: "Wij hebben uw aanvraag gisteren goedgekeurd." },
      { before: "Het besluit is door de rechter genomen.", after: "De rechter heeft het besluit genomen." },
      { before: "U bent door de wijkagent gebeld.", after: "De wijkagent heeft u gebeld." },
    ],
  },
  {
    id: "lijdende-vorm-door-nu",
    note: "Maak van wie het doet het onderwerp van de zin. Kijk of het werkwoord goed is.",
    pattern:
      /^(De|Het|Deze|Dit|Uw|Onze|Een) ((?:[\p{L}-]{1,30} ){1,2}?)wordt ((?:\p{L}{1,20} ){0,3}?)door (u|hem|haar|(?:de|het|een) [\p{L}-]{1,30}) ((?:\p{L}{1,20} ){0,4}?)(\p{L}{2,40})\.$/u,
    replace: (m) => {
      const v = presentFromWeakParticiple(m[6]!);
      if (!v || /(?:en|s)$/u.test(m[4]!)) return undefined;
      const subject = AGENTS[m[4]!]?.subject ?? m[4]!.charAt(0).toUpperCase() + m[4]!.slice(1);
      return `${subject} ${v.verb} ${lowerFirst(m[1]!)} ${m[2]}${m[3]}${m[5]}${v.particle}`.trimEnd() + ".";
    },
    // the verb is made from the participle by a rule of thumb; a human checks it
    safe: false,
    examples: [
      { before: "De brief wordt door de gemeente verstuurd.", after: "De gemeente verstuurt de brief." },
      { before: "Het formulier wordt morgen door de consulent opgestuurd.", after: "De consulent stuurt het formulier morgen op." },
    ],
  },
  {
    id: "lijdende-vorm-zonder-door",
    note: "Schrijf wie het doet. Klopt 'wij'? Zet anders de goede naam neer.",
    pattern: /^(De|Het|Deze|Dit|Uw|Onze) ((?:[\p{L}-]{1,30} ){1,2}?)(is|zijn) ((?:\p{L}{1,20} ){0,4}?)(\p{L}{2,40})\.$/u,
    replace: (m) => {
      if (!PARTICIPLE.test(m[5]!) || m[5] === "geweest" || m[5] === "geworden") return undefined;
      return `Wij hebben ${lowerFirst(m[1]!)} ${m[2]}${m[4]}${m[5]}.`;
    },
    safe: false,
    examples: [{ before: "Uw brief is gisteren ontvangen.", after: "Wij hebben uw brief gisteren ontvangen." }],
  },
  {
    id: "splits-waardoor",
    note: "Zo wordt het twee zinnen: 'Daardoor …' of 'Daarna …'.",
    pattern: /^([^,;?!]{30,250}?), (waardoor|waarna) ([^,.;:?!()]{5,200})\.$/u,
    replace: (m) => {
      const main = mainClauseAfterAdverb(m[3]!);
      return main && `${m[1]}. ${m[2] === "waardoor" ? "Daardoor" : "Daarna"} ${main}.`;
    },
    safe: true,
    minWords: 21,
    examples: [
      {
        before: "Wij hebben in onze administratie een fout gemaakt bij het verwerken van uw adres, waardoor u de brief van vorige maand te laat heeft gekregen.",
        after: "Wij hebben in onze administratie een fout gemaakt bij het verwerken van uw adres. Daardoor heeft u de brief van vorige maand te laat gekregen.",
      },
      {
        before: "De gezinsvoogd praat eerst met u en daarna ook met de kinderen op school, waarna zij het plan met u kan bespreken.",
        after: "De gezinsvoogd praat eerst met u en daarna ook met de kinderen op school. Daarna kan zij het plan met u bespreken.",
      },
    ],
  },
  {
    id: "splits-omdat",
    note: "Zo wordt het twee zinnen. Lees ze nog een keer na.",
    // only in long sentences: the check passes sentences of 21 words or more to this rule
    pattern: /^([^,;?!]{40,200}?), omdat ([^;?!]{20,200})\.$/u,
    replace: (m) => `${m[1]}. Dat is omdat ${m[2]}.`,
    safe: false,
    minWords: 21,
    examples: [
      {
        before: "Wij komen volgende week bij u thuis voor een gesprek met u en de kinderen, omdat wij graag willen weten hoe het nu met iedereen gaat.",
        after: "Wij komen volgende week bij u thuis voor een gesprek met u en de kinderen. Dat is omdat wij graag willen weten hoe het nu met iedereen gaat.",
      },
    ],
  },
];
