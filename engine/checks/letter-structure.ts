// What a letter must contain (issue 9): a way to reach the sender, a date for what the reader must do, where and
// with which reference to pay, no template slot left empty, and the main message before the background.
// Applies only to letters (a salutation or a closing); a letter-level finding points at the salutation, or at the
// first sentence of the body when there is none. Every scan is one pass over the units, so the check is linear.
import { lastStartingAtOrBefore } from "../spans.ts";
import { isCountedUnit } from "../text/document.ts";
import type { Check, DocumentModel, Finding, Sentence } from "../types.ts";
import { MONTH_NAMES, MONTH_SHORT_FORMS } from "./data/calendar.ts";

const RULE = "letter-structure";
/** Said after each letter-level message: where it stands, and that it is about the whole letter. */
export const wholeLetterNote = {
  salutation: "Deze melding staat bij de aanhef, maar gaat over de hele brief.",
  firstSentence: "Deze melding staat bij de eerste zin, maar gaat over de hele brief.",
} as const;

export const letterStructureMessages = {
  contact: `Deze brief zegt niet hoe de lezer u kan bereiken. Zet een telefoonnummer of e-mailadres in de brief, of de naam van iemand die vragen beantwoordt.`,
  deadlineVague: `Deze brief zegt niet vóór welke datum de lezer iets moet doen. Woorden als 'binnen twee weken' of 'zo snel mogelijk' zijn niet duidelijk genoeg. Noem een datum, zoals 'vóór 15 maart 2025'.`,
  deadlineNone: `Deze brief zegt niet vóór welke datum de lezer iets moet doen. Noem een datum, zoals 'vóór 15 maart 2025'.`,
  paymentAccount: `Deze brief zegt niet naar welk rekeningnummer de lezer het geld moet overmaken. Zet het rekeningnummer (IBAN) in de brief.`,
  paymentReference: `Deze brief zegt niet welk nummer de lezer bij de betaling moet zetten. Noem het kenmerk of het nummer van de rekening. Dan weet u van wie het geld komt.`,
  paymentBoth: `Deze brief zegt niet waar de lezer moet betalen. Zet het rekeningnummer (IBAN) in de brief, en het nummer dat de lezer bij de betaling moet zetten.`,
  emptySlot: "Hier staat niets. Op deze plek hoort een datum, een bedrag of een nummer. Vul het in voordat u de brief verstuurt.",
  mainMessageLast: `Deze brief zegt pas aan het eind wat de lezer moet doen of wat u hebt besloten. Zet dat in het begin van de brief, en de uitleg daarna.`,
} as const;

// ---------------------------------------------------------------- the parts of a letter

interface Letter {
  doc: DocumentModel;
  /** Body units: sentences and list items between the salutation and the closing. */
  body: number[];
  /** Lower-cased text of each body unit, parallel to body. */
  lower: string[];
  /** The unit letter-level findings point at. */
  anchor: Sentence | undefined;
  anchorIsSalutation: boolean;
  /** A letterhead above the salutation or a signature under the closing: the text is a whole letter, not a body. */
  hasFrame: boolean;
}


/** A salutation that opens a letter: short, and ends in a comma or its line (not "Dag en nacht bereikbaar."). */
function isOpening(doc: DocumentModel, s: Sentence): boolean {
  const last = doc.tokens[s.tokenEnd - 1]!;
  return s.words <= 7 && (last.text === "," || last.kind !== "punct");
}

function readLetter(doc: DocumentModel): Letter | undefined {
  const units = doc.sentences;
  let salutation = -1;
  for (let i = 0; i < units.length && salutation < 0; i++) if (units[i]!.kind === "salutation" && isOpening(doc, units[i]!)) salutation = i;
  let closing = -1;
  for (let i = units.length - 1; i > salutation && closing < 0; i--) if (units[i]!.kind === "closing") closing = i;
  if (salutation < 0 && closing < 0) return undefined;
  let start = salutation + 1;
  // without a salutation the body starts at the first full sentence (letterhead lines are short or unpunctuated)
  if (salutation < 0) while (start < units.length && !(units[start]!.kind === "sentence" && units[start]!.words >= 4 && /[.!?]$/.test(doc.text.slice(units[start]!.start, units[start]!.end)))) start++;
  const end = closing >= 0 ? closing : units.length;
  const body: number[] = [];
  for (let i = start; i < end; i++) if (isCountedUnit(units[i]!)) body.push(i);
  const hasFrame = (salutation < 0 ? start : salutation) > 0 || (closing >= 0 && closing < units.length - 1);
  const greeting = salutation >= 0 ? anchorOf(doc, salutation) : undefined;
  return {
    doc,
    body,
    lower: body.map((i) => readingText(doc.text.slice(units[i]!.start, units[i]!.end))),
    anchor: greeting ?? anchorOf(doc, body[0]),
    anchorIsSalutation: greeting !== undefined,
    hasFrame,
  };
}

/** The unit, unless it is all placeholder ("{aanhef},"): the merge would drop a finding there. */
function anchorOf(doc: DocumentModel, unit: number | undefined): Sentence | undefined {
  if (unit === undefined) return undefined;
  const s = doc.sentences[unit]!;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== "placeholder" && t.kind !== "punct") return s;
  }
  return undefined;
}

function letterFinding(letter: Letter, id: string, message: string): Finding[] {
  const a = letter.anchor;
  if (!a) return [];
  const { text: all } = letter.doc;
  // a lexicon finding may cover a salutation without a comma ("Geachte heer/mevrouw") exactly, and the merge drops a
  // finding that an earlier word finding covers: then the span takes the line break along
  let end = a.end;
  if (letter.anchorIsSalutation && all[end - 1] !== ",") end += all.startsWith("\r\n", end) ? 2 : all[end] === "\n" || all[end] === "\r" ? 1 : 0;
  const text = all.slice(a.start, end);
  const note = letter.anchorIsSalutation ? wholeLetterNote.salutation : wholeLetterNote.firstSentence;
  return [{ id: `${RULE}/${id}`, rule: RULE, severity: "warning", start: a.start, end, text, message: `${message} ${note}`, suggestions: [] }];
}

// ---------------------------------------------------------------- requests to the reader

const WH = new Set(["wat", "wie", "waar", "wanneer", "hoe", "hoeveel", "waarom", "welke", "welk", "waarover", "waarvoor", "waarmee"]);
const CONDITIONAL_START = new Set([
  "als", "indien", "mocht", "mochten", "wanneer", "zodra", "dan", "anders", "tenzij", "ingeval", "voor", "bij", "zo", "heeft",
  "hebt", "heb", "bent", "ben", "is", "kunt", "kan", "wilt", "wil", "lukt", "weet", "past", "gaat", "krijgt", "doet", "vindt",
  "zijn", "hebben",
]);
/** Imperatives of things a reader must do by some time: "Betaal …", "Stuur …", "Vul … in". */
// Not "Bel …", "Mail …", "Kijk …", "Breng …": in letters those offer contact or explain how something works.
const ACTION_IMPERATIVES = new Set(["betaal", "stuur", "lever", "vul", "geef", "laat", "reageer", "meld", "maak", "teken", "onderteken", "zend", "voldoe"]);
/** A second word that ties the imperative to a condition or option just named: "Bel ons dan", "Vul daarvoor …", "Regel dat …". */
const TIED = new Set(["dan", "daarvoor", "daarom", "dat", "hiervoor"]);
const ACTION_WORDS =
  /\b(?:betaal\w*|betal\w*|voldoe\w*|voldaan|over(?:te)?maken|over te maken|overgemaakt|retourneren|(?:door|op|in|terug|over|toe) te \w+|kenbaar te maken|stuur\w*|sturen|opsturen|terugsturen|insturen|toesturen|toezenden|lever\w*|inleveren|invullen|vul\w*|doorgeven|geef\w*|laten weten|laat\w* .{0,30}weten|reageren|reageer\w*|meld\w*|melden|contact|bellen|bel|mailen|(?:onder)?teken\w*|regelen|aanvragen|aanleveren|verstrekken|ophalen|komen|afspraak)\b/;
const MODAL_REQUEST =
  /\b(?:(?:u|je|jij|jullie) (?:moet|moeten|dient|dienen)|(?:moet|moeten|dient|dienen) (?:u|je|jij|jullie)|(?:wij|we|ik) (?:vragen|verzoeken|vraag|verzoek) (?:u|je|jullie)|(?:vragen|verzoeken|vraag|verzoek) (?:wij|we|ik) (?:u|je|jullie)|u wordt (?:\S+ )?(?:verzocht|gevraagd)|wordt u (?:\S+ )?(?:verzocht|gevraagd)|gelieve|(?:graag|gaarne) (?:ontvangen|horen|zien) (?:wij|we|ik)|(?:wij|we|ik) (?:ontvangen|horen|zien) (?:graag|gaarne)|(?:ontvangen|horen) (?:wij|we|ik) (?:graag|gaarne))\b/;
/** "dat u moet", "wat u moet doen": a modal in a clause that only reports or explains. */
const SUBORDINATE_MODAL = /\b(?:dat|wat|hoe|waarom|wanneer|welke|welk|of|als|wie|waar|omdat|zodat|indien) (?:\S+ ){0,3}?(?:u|je|jij|jullie) (?:moet|moeten|dient|dienen)\b/;
/** A prohibition, or an action tied to something that may happen later: no date to give. */
const ONGOING = /^\S+ (?:\S+ ){0,2}?(?:geen|nooit)\b|\b(?:meteen|direct|altijd) (?:\S+ ){0,2}?(?:als|zodra|wanneer)\b|^\S+ (?:\S+ ){0,5}?(?:zodra|telkens als|elke keer als)\b/;
const RIGHTS = /\b(?:bezwaar\w*|beroep\w*|klacht\w*|niet eens)\b/;
const POLITE_QUESTION = /^(?:wilt|wil|kunt|kun|zou|zoudt) (?:u|je|jij|jullie)\b/;

function firstWords(doc: DocumentModel, s: Sentence, n: number): string[] {
  const out: string[] = [];
  for (let k = s.tokenStart; k < s.tokenEnd && out.length < n; k++) {
    const t = doc.tokens[k]!;
    if (t.kind === "word" || t.kind === "abbreviation") out.push(t.lower);
  }
  return out;
}

const isYesNoQuestion = (doc: DocumentModel, s: Sentence, lower: string) => lower.endsWith("?") && !WH.has(firstWords(doc, s, 1)[0] ?? "");

/** What each body unit does, parallel to Letter.body. */
interface Reading {
  /** Asks the reader to do something, unconditionally. */
  request: boolean[];
  /** Stands under a yes/no question ("Kunt u niet komen?", "Vragen?") or follows from an option ("Bel ons dan"). */
  conditional: boolean[];
  /** Stands in a paragraph about objection, appeal or complaints: a right, not a request. */
  rights: boolean[];
}

/** A paragraph that opens with a yes/no question is a condition for all it says. */
function readBody(letter: Letter): Reading {
  const { doc, body, lower } = letter;
  const reading: Reading = { request: [], conditional: [], rights: [] };
  let paragraph = -1;
  let conditional = false;
  let rights = false;
  for (let j = 0; j < body.length; j++) {
    const s = doc.sentences[body[j]!]!;
    const text = lower[j]!;
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      const next = j + 1 < body.length ? doc.sentences[body[j + 1]!]! : undefined;
      conditional = isYesNoQuestion(doc, s, text) && next?.paragraph === paragraph;
      rights = false;
    }
    rights ||= RIGHTS.test(text);
    const tied = firstWords(doc, s, 4).slice(1).some((w) => TIED.has(w)) || isYesNoQuestion(doc, s, text);
    reading.conditional.push(conditional || tied);
    reading.rights.push(rights);
    reading.request.push(!conditional && !rights && isRequest(letter, j));
  }
  return reading;
}

function isRequest(letter: Letter, j: number): boolean {
  const { doc, body, lower } = letter;
  const s = doc.sentences[body[j]!]!;
  const text = lower[j]!;
  const words = firstWords(doc, s, 4);
  if (words.length === 0) return false;
  // "Lukt het niet? Bel ons dan." within a paragraph
  const prev = j > 0 ? doc.sentences[body[j - 1]!]! : undefined;
  if (prev && prev.paragraph === s.paragraph && isYesNoQuestion(doc, prev, lower[j - 1]!)) return false;
  if (words.slice(1).some((w) => TIED.has(w))) return false;
  if (text.endsWith("?")) {
    if (!POLITE_QUESTION.test(text) || /\b(?:niet|geen)\b/.test(text) || !ACTION_WORDS.test(text)) return false;
    const next = j + 1 < body.length ? firstWords(doc, doc.sentences[body[j + 1]!]!, 4) : [];
    return !next.includes("dan");
  }
  const first = words[0]!;
  // a rule that holds all the time needs no date: "Maak geen nieuwe schulden.", "Vertel het ons meteen als …"
  if (ONGOING.test(text)) return false;
  if (ACTION_IMPERATIVES.has(first)) return true;
  // "Stuurt u de papieren …": the polite imperative
  if (words[1] === "u" && first.endsWith("t") && ACTION_IMPERATIVES.has(first.slice(0, -1))) return true;
  if (CONDITIONAL_START.has(first)) return false;
  return MODAL_REQUEST.test(text) && !SUBORDINATE_MODAL.test(text) && ACTION_WORDS.test(text);
}

// ---------------------------------------------------------------- dates and deadlines

const MONTHS = [...MONTH_NAMES, ...MONTH_SHORT_FORMS].join("|");
const MONTH_DATE = new RegExp(`\\b\\d{1,2}(?:e|ste|de)? (?:${MONTHS})\\b`);
const DEADLINE_DATE = new RegExp(`\\b(?:vóór|voor|uiterlijk|uiterste\\w*|tot|t/m|deadline|op of voor)\\b[^.?!]{0,25}?(?:\\b\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}\\b|\\b\\d{1,2}(?:e|ste|de)? (?:${MONTHS})\\b|\\u0001)`);
const NUMERIC_DATE = /\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b/;
const DATE_SLOT = /dat(?:um|e)|dag|termijn/;
const VAGUE =
  /\b(?:binnen (?:\S+ ){0,2}?(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|veertien|\w+tig) (?:werk|kalender)?(?:dagen|dag|weken|week|maanden|maand)\b|zo (?:snel|spoedig|vlug) mogelijk|zo snel u kunt|z\.s\.m\.|zsm|spoedig|ten spoedigste|per omgaande|onverwijld|op korte termijn|binnenkort|binnen de gestelde termijn)/;

/** The unit's lower-cased text with each date placeholder ({{uiterste datum}}) replaced by \u0001. */
/**
 * A unit's text as the patterns here read it: lower case, and a hard-wrapped line joined with one space
 * ("aanvangende op 1\nseptember 2027" is a date). Only tested, never used for offsets.
 */
const readingText = (text: string) => (text.includes("\n") ? text.toLowerCase().replace(/\s*\n\s*/g, " ") : text.toLowerCase());

function withDateSlots(letter: Letter, j: number): string {
  const { doc } = letter;
  const s = doc.sentences[letter.body[j]!]!;
  let out = "";
  let at = s.start;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== "placeholder" || !DATE_SLOT.test(t.lower)) continue;
    out += doc.text.slice(at, t.start).toLowerCase() + "\u0001";
    at = t.end;
  }
  return at === s.start ? letter.lower[j]! : readingText(out + doc.text.slice(at, s.end));
}

const hasDate = (text: string) => text.includes("\u0001") || MONTH_DATE.test(text) || NUMERIC_DATE.test(text);

/** A time tied to an event whose date the letter gives: "uiterlijk tien dagen voor het gesprek", "op de laatste dag". */
const RELATIVE_DEADLINE =
  /\b(?:op|vóór|voor|uiterlijk|tijdens|bij|na) (?:\S+ ){0,3}?(?:de laatste (?:werk)?dag|de einddatum|(?:de|het|uw|je|jouw) (?:gesprek|afspraak|hoorzitting|zitting|bezoek|huisbezoek|verhuizing|inspectie|onderzoek|operatie|behandeling|opname|intake|ouderavond|bijeenkomst|vergadering))\b|\b\d+ (?:uur|dagen|dag|weken|week) van tevoren\b/;

/** "Meld u om 7.15 uur bij de balie": a time on the day of the appointment the letter gives a date for. */
const CLOCK_TIME = /\bom \d{1,2}[.:]\d{2} uur\b/;

function deadlineFindings(letter: Letter, requests: boolean[], reading: Reading): Finding[] {
  if (!requests.includes(true)) return [];
  const { doc, body } = letter;
  const paragraphOf = (j: number) => doc.sentences[body[j]!]!.paragraph;
  // a debt alone ("De achterstand is € 437,55.") has no date of its own to look for around it
  const asking = new Set(body.map((_, j) => j).filter((j) => reading.request[j]).map(paragraphOf));
  // a date on a line of its own in the body ("Maandag 23 maart 2026 om 9.15 uur" under "Uw afspraken") is a
  // heading, not a body unit; it dates the requests of its paragraph all the same
  let anyDate = false;
  for (let i = body[0]!; i < body[body.length - 1]!; i++) {
    const u = doc.sentences[i]!;
    if (u.kind !== "heading" || !hasDate(doc.text.slice(u.start, u.end).toLowerCase())) continue;
    if (asking.has(u.paragraph)) return [];
    anyDate = true;
  }
  let vague = false;
  let relative = false;
  for (let j = 0; j < body.length; j++) {
    const text = withDateSlots(letter, j);
    const dated = hasDate(text);
    // "Op dinsdag 22 oktober om 14.00 uur. … Meld u bij de balie.": the date may stand in the request's paragraph
    if (DEADLINE_DATE.test(text) || (dated && asking.has(paragraphOf(j)))) return [];
    anyDate ||= dated;
    relative ||= asking.has(paragraphOf(j)) && (RELATIVE_DEADLINE.test(text) || CLOCK_TIME.test(text));
    // only the wording of the message: "binnen twee weken" near what the reader must do, not in a right to object
    if (!reading.rights[j] && (ACTION_WORDS.test(text) || PAY_WORDS.test(text)) && VAGUE.test(text)) vague = true;
  }
  if (relative && anyDate) return [];
  return letterFinding(letter, "deadline", vague ? letterStructureMessages.deadlineVague : letterStructureMessages.deadlineNone);
}

// ---------------------------------------------------------------- contact

/** Phone numbers as people write them ("0299 - 45 67 89", "0800 - 1925", "14 0575"); the tokenizer knows fewer forms. */
const PHONE_LIKE = /(?<![\p{L}\p{N}/.\-])(?:\+31|0)(?:[\s\-–()]{0,3}\d){7,11}(?![\p{N}/])|(?<![\p{L}\p{N}/.\-])14 ?0\d{2,3}(?![\p{N}/])/gu;

function hasPhoneNumber(text: string): boolean {
  PHONE_LIKE.lastIndex = 0;
  for (let m = PHONE_LIKE.exec(text); m; m = PHONE_LIKE.exec(text)) {
    const digits = m[0].replace(/\D/g, "");
    // a Dutch number has 10 digits (11 with +31); 0800 and 0900 numbers and "14 + area code" fewer
    if (digits.startsWith("14") || digits.length === 10 || (digits.startsWith("31") && digits.length === 11) || /^0[89]00/.test(digits)) return true;
  }
  return false;
}
// an IBAN may be wrapped over two lines
const IBAN = /\b[A-Z]{2}\d{2}\s{0,3}[A-Z]{4}(?:\s{0,3}\d){10}\b|\bBE\d{2}(?:\s{0,3}\d{4}){3}\b/;
const CONTACT_URL_SENTENCE = /\b(?:contact\w*|formulier|chat\w*|bericht|mail\w*|vragen|vraag)\b/;
const CONTACT_PERSON =
  /\b(?:contactpersoon|vraag naar (?:mevrouw|meneer|de heer|[a-z]+ [a-z]+)|mijn naam is|uw (?:vaste )?(?:consulent|klantmanager|casemanager|jeugdbeschermer|behandelaar|contactpersoon|medewerker) is)\b/;
/** A person named in the body, by title or as the one who does something: "de heer B. Visser", "Bas Visser doet het onderzoek". */
const NAMED_PERSON =
  /\b(?:mevrouw|meneer|de heer|mw\.|dhr\.) (?:\p{Lu}\.\s?)*\p{Lu}\p{Ll}+|^\p{Lu}\p{Ll}+ (?:(?:van|de|der|den|ter|ten) )*\p{Lu}\p{Ll}+ (?:is|doet|helpt|belt|komt|werkt|wordt)\b|\b(?:ik ben|ik heet|mijn naam is) \p{Lu}/u;
/** A template slot for the sender's phone number or e-mail address: "{telefoon medewerker}", «e-mailadres». */
const CONTACT_SLOT = /telefoon|tel\b|mobiel|e-?mail|mailadres/;
const WRITE_TO = /\b(?:schrijf|stuur|stuurt|zend|brief)\b/;
const POSTAL_ADDRESS = /\b(?:postbus \d+|\d{4} ?[a-z]{2}\b)/;

function canReachSender(letter: Letter): boolean {
  const { doc } = letter;
  for (const t of doc.tokens) if (t.kind === "phone" || t.kind === "email" || (t.kind === "placeholder" && CONTACT_SLOT.test(t.lower))) return true;
  const phoneText = doc.text.replace(new RegExp(IBAN.source, "g"), " ");
  if (hasPhoneNumber(phoneText)) return true;
  for (let j = 0; j < letter.body.length; j++) {
    const text = letter.lower[j]!;
    if (CONTACT_PERSON.test(text) || (WRITE_TO.test(text) && POSTAL_ADDRESS.test(text))) return true;
    const s = doc.sentences[letter.body[j]!]!;
    if (NAMED_PERSON.test(doc.text.slice(s.start, s.end))) return true;
    if (CONTACT_URL_SENTENCE.test(text)) for (let k = s.tokenStart; k < s.tokenEnd; k++) if (doc.tokens[k]!.kind === "url") return true;
  }
  return false;
}

// ---------------------------------------------------------------- payment

const PAY_WORDS = /\b(?:betaal\w*|betalen|voldoe\w*|voldaan|over(?:te)?maken|overgemaakt|maak\w* .{0,40}\bover\b|storten|gestort|bijgeschreven|bijschrijven)\b/;
const OWED = /\b(?:moet|moeten|dient|dienen|verschuldigd|nog|openstaand\w*|achterstand\w*|schuld\w*)\b/;
/** Ways to pay that need no account number from the letter, including "wij halen het geld van uw rekening". */
const PAY_CHANNEL = /\b(?:acceptgiro\w*|ideal|betaallink|betaalverzoek\w*|automatische incasso|machtig\w*|tikkie|qr-code|van uw (?:bank)?rekening (?:halen|afschrijven|af te schrijven)|(?:via|met) (?:de|deze|onze|een) (?:\S+ ){0,2}?(?:link|app)|(?:de link|in de app)\b)/;
const REFERENCE =
  /\b(?:\w*kenmerk\w*|factuurnummer|dossiernummer|klantnummer|contractnummer|aanslagnummer|zaaknummer|referentie\w*|polisnummer|relatienummer|debiteur\w*nummer|huurdernummer|lidnummer|o\.v\.v\.|onder vermelding van|nummer van de (?:rekening|factuur|aanslag|brief)|(?:zet|vermeld|schrijf|noem) (?:\S+ ){0,3}?(?:bij|in|als) de (?:\w*omschrijving|mededeling))\b/;
const ACCOUNT_SLOT = /iban|rekening/;
const REFERENCE_SLOT = /kenmerk|nummer|referentie/;

/** Money that goes to the reader: "De borg wordt aan u terugbetaald." */
const REFUND = /\b(?:terug\w*|aan u (?:\S+ )?(?:betaald|overgemaakt)|krijgt u|u krijgt|ontvangt u|u ontvangt)\b/;
/** Debts to several creditors, as debt help writes about them: not money this letter asks for. */
const OTHERS_DEBT = /\bschuldeisers\b/;
/** Every month, every week: paying as a habit ("Betaal de huur elke maand op tijd"). */
const RECURRING = /\b(?:(?:elke|iedere) (?:maand|week|keer)|maandelijks|wekelijks|altijd)\b/;
const DEBT = /\b(?:\w*achterstand\w*|openstaand\w*|\w*schuld|verschuldigd|nog niet (?:\S+ )?betaald)\b/;

/** Body units that ask for money: a request to pay, or an amount the reader still owes ("U moet nog € 212 betalen"). */
function moneyAsked(letter: Letter, reading: Reading): boolean[] {
  const { doc } = letter;
  return letter.body.map((unit, j) => {
    const text = letter.lower[j]!;
    const s = doc.sentences[unit]!;
    let amount = false;
    for (let k = s.tokenStart; k < s.tokenEnd && !amount; k++) {
      const t = doc.tokens[k]!;
      amount = t.kind === "amount" || (t.kind === "placeholder" && /bedrag/.test(t.lower));
    }
    // "Betaal de opvang elke maand op tijd": a habit the letter advises, no sum it asks for
    if (reading.request[j]) return PAY_WORDS.test(text) && (amount || !RECURRING.test(text));
    if (reading.conditional[j] || reading.rights[j] || text.endsWith("?")) return false;
    if (REFUND.test(text) || OTHERS_DEBT.test(text)) return false;
    return amount && ((PAY_WORDS.test(text) && OWED.test(text) && !CONDITIONAL_START.has(firstWords(doc, s, 1)[0] ?? "")) || DEBT.test(text));
  });
}

function paymentFindings(letter: Letter, money: boolean[]): Finding[] {
  if (!money.includes(true)) return [];
  const { doc } = letter;
  const lower = doc.text.toLowerCase();
  let account = IBAN.test(doc.text) || PAY_CHANNEL.test(lower);
  let reference = REFERENCE.test(lower) || PAY_CHANNEL.test(lower);
  for (const t of doc.tokens) {
    if (t.kind !== "placeholder") continue;
    if (ACCOUNT_SLOT.test(t.lower)) account = true;
    if (REFERENCE_SLOT.test(t.lower)) reference = true;
  }
  if (account && reference) return [];
  const m = letterStructureMessages;
  return letterFinding(letter, "payment", !account && !reference ? m.paymentBoth : !account ? m.paymentAccount : m.paymentReference);
}

// ---------------------------------------------------------------- main message last

/** What was decided or what happens now, said to the reader: a decision, a confirmation, a change with a date. */
const DECISION = new RegExp(
  String.raw`\b(?:besloten|besluit|beslist|goedgekeurd|goedkeuren|goed te keuren|aangenomen|toegelaten|(?:mag|mogen) (?:\S+ ){0,4}?(?:komen|blijven|wonen|gaan|meedoen|beginnen|starten|houden)|(?:moet|moeten) (?:\S+ ){0,3}?\S*straf|toegekend|toekennen|toe te kennen|kennen (?:wij|we) .{0,40}toe|afgewezen|afwijzen|af te wijzen|wijzen (?:wij|we) .{0,40}af|(?:on)?gegrond|beëindig\w*|ingetrokken|intrekken|teruggevorderd|terugvorderen|opgelegd|verleend|verlenen|u krijgt|krijgt u|u hoeft|hoeft u|je krijgt|krijg je|je hoeft|hoef je|(?:stopt|begint|eindigt|start) (?:op|per|vanaf) \d+|vanaf \d{1,2} (?:${MONTHS})|met ingang van|vanaf nu|vanaf vandaag|per direct|afspraak|afspraken|bevestig\w*|nodig\w* (?:wij|we|ik) (?:u|je|jullie)|(?:wij|we|ik) nodig\w* (?:u|je|jou|jullie) (?:\S+ ){0,2}?uit|uit te nodigen|uitnodig\w*|(?:gaat|gaan) \S+ (?:omhoog|omlaag)|(?:wij|we|ik) gaan \S+|(?:wij|we|ik) (?:\S+ ){0,2}?(?:beginnen|starten) (?:\S+ ){0,2}?met|(?:wij|we|ik) wil(?:len)? (?:graag )?(?:met|u|je|jullie)|bij (?:u|je|jullie) (?:thuis|langs)|(?:hebben|heb|hadden) (?:\S+ ){0,3}?afgesproken|(?:hebben|heeft) (?:wij |we )?(?:uw|je|jouw) (?:\S+ ){0,2}?(?:goed )?(?:ontvangen|gekregen))\b`);
/** A body needs this many sentences before the place of its main message matters. */
export const MAIN_MESSAGE_MIN_SENTENCES = 6;

const isDecision = (text: string) => !text.endsWith("?") && DECISION.test(text) && !RIGHTS.test(text);

/**
 * An opening that says what the letter is: "Hier weer een bericht over Jayden.", "In deze brief leest u …", "Ik
 * schrijf je over …". The news is the main message then; a request at the end is no main message put last.
 */
const ANNOUNCES =
  /^(?:hier(?:bij)? (?:weer |nog )?(?:een |ons |mijn )?(?:nieuw |kort )?(?:bericht|update|verslag|nieuwsbrief|overzicht)|in deze (?:brief|mail|e-mail)\b|(?:met )?deze (?:brief|mail|e-mail) (?:gaat|is)\b|(?:ik|wij|we) (?:schrijf|schrijven|stuur|sturen) (?:je|jou|u|jullie) (?:weer |deze brief |dit bericht |een bericht )?(?:over|om|omdat)\b)/;

function mainMessageFindings(letter: Letter, requests: boolean[], conditional: boolean[]): Finding[] {
  const n = letter.body.length;
  if (n < MAIN_MESSAGE_MIN_SENTENCES) return [];
  if (letter.lower.slice(0, 2).some((s) => ANNOUNCES.test(s))) return [];
  let main = -1;
  for (let j = 0; j < n && main < 0; j++) if (requests[j] || (isDecision(letter.lower[j]!) && !conditional[j])) main = j;
  if (main < 0 || main < Math.ceil((2 * n) / 3)) return [];
  return letterFinding(letter, "main-message-last", letterStructureMessages.mainMessageLast);
}

// ---------------------------------------------------------------- empty template slots

/** Words after which a value belongs: "Betaal vóór .", "een bedrag van € ,", "Uw kenmerk: …". */
const SLOT_WORDS = new Set([
  "vóór", "voor", "op", "uiterlijk", "tot", "t/m", "van", "ad", "om", "per", "naar", "is", "bij", "datum", "bedrag", "nummer",
  "kenmerk", "rekeningnummer", "iban", "€",
]);
// Each pattern starts with a cheap literal class, so the scan stays fast on long texts; word tests follow in code.
/** White space before punctuation or an ellipsis: the place of a missing value. */
const GAP = /[ \t]+(?:[.,;:!?)]|…|\.{3})/g;
/** "€" with no amount after it. */
const BARE_EURO = /€(?=[ \t]*[.,;:!?)]|[ \t]+\p{L})/gu;
/** Markers left for the writer: "___", "XXX", "XX-XX-XXXX", "dd-mm-jjjj". */
const MARKER = /_{2,}|[xX]{3,}|[xX]{2}[-./][xX]{2}[-./](?:[xX]{4}|[xX]{2}|[jJ]{4})|dd[-./]mm[-./](?:jjjj|jj)/g;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** The line above a reply slip: a row of dashes, underscores or dots, or "knip hier". */
const CUT_LINE = /^[ \t]*(?:[-_=.·✂✄ ]{10,}|.*\b(?:knip hier|hier afknippen|afknippen|hier afscheuren)\b.*)$/im;
/** A line the reader ticks ("O Ik kom", "☐ Ja", "[ ] Nee") or signs ("Handtekening: ____"). */
const READER_LINE = /^[ \t]*(?:[Oo○☐□]|\[ ?\]|\( ?\))[ \t]|^[ \t]*(?:handtekening|paraaf)\b/i;

/**
 * For fields found in text order: is the "___" at `at` a field the reader fills in, in the reply slip under a cut
 * line or on a line the reader ticks or signs? The writer has nothing to fill in there. Line starts are followed
 * forward, so many fields on one long line cost one pass, not a search back from each.
 */
function readerFields(text: string): (at: number) => boolean {
  let replySlipAt: number | undefined; // looked for at the first field only: CUT_LINE tries every line
  let lineStart = 0;
  let nextBreak = text.indexOf("\n");
  return (at) => {
    if ((replySlipAt ??= text.search(CUT_LINE)) >= 0 && at > replySlipAt) return true;
    while (nextBreak >= 0 && nextBreak < at) nextBreak = text.indexOf("\n", (lineStart = nextBreak + 1));
    return READER_LINE.test(text.slice(lineStart, Math.min(at, lineStart + 40))); // the line's start is enough
  };
}

function emptySlotFindings(doc: DocumentModel): Finding[] {
  const { text } = doc;
  const spans: [number, number][] = [];
  for (let m = exec(GAP, text, true); m; m = exec(GAP, text)) {
    const gap = m[0];
    const ellipsis = !/[.,;:!?)]$/.test(gap) || gap.endsWith("...");
    const spaces = gap.length - (gap.endsWith("...") ? 3 : 1);
    const start = wordStartBefore(text, m.index, Math.max(0, m.index - 40));
    const word = text.slice(start, m.index).toLowerCase();
    const slotWord = SLOT_WORDS.has(word);
    if (ellipsis ? slotWord || text[m.index - 1] === ":" : slotWord || (spaces >= 2 && start < m.index && !/[)]$/.test(gap))) {
      spans.push([start < m.index ? start : m.index - (text[m.index - 1] === ":" ? 1 : 0), m.index + gap.length]);
    }
  }
  for (let m = exec(BARE_EURO, text, true); m; m = exec(BARE_EURO, text)) spans.push([m.index, m.index + 1]);
  const isReaderField = readerFields(text);
  for (let m = exec(MARKER, text, true); m; m = exec(MARKER, text)) {
    const end = m.index + m[0].length;
    if (m[0][0] !== "_" && (isWordChar(text[m.index - 1]) || isWordChar(text[end]))) continue;
    if (m[0][0] === "_" && isReaderField(m.index)) continue;
    spans.push([m.index, end]);
  }
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const [from, end] of spans.sort((x, y) => x[0] - y[0] || y[1] - x[1])) {
    // "XXXX" is a placeholder token, and the merge drops findings inside placeholders: take the word before
    const start = widenOverPlaceholder(doc, from, end);
    if (seen.has(start) || start >= end) continue;
    seen.add(start);
    out.push({
      id: `${RULE}/empty-slot`, rule: RULE, severity: "error", start, end, text: text.slice(start, end),
      message: letterStructureMessages.emptySlot, suggestions: [],
    });
  }
  return out;
}

function exec(re: RegExp, text: string, first = false): RegExpExecArray | null {
  if (first) re.lastIndex = 0;
  return re.exec(text);
}

/** Start of the word (or "€", or "t/m") that ends at `at`, not before `min`. */
function wordStartBefore(text: string, at: number, min: number): number {
  let k = at;
  while (k > min && (isWordChar(text[k - 1]) || text[k - 1] === "€" || (text[k - 1] === "/" && isWordChar(text[k - 2])))) k--;
  return k;
}

function widenOverPlaceholder(doc: DocumentModel, start: number, end: number): number {
  const k = lastStartingAtOrBefore(doc.tokens, start);
  const t = doc.tokens[k];
  if (!t || t.kind !== "placeholder" || t.start > start || t.end < end) return start;
  const before = doc.tokens[k - 1];
  return before && before.kind !== "newline" ? before.start : start;
}

// ---------------------------------------------------------------- the check

export const letterStructureCheck: Check = {
  rule: RULE,
  run(doc) {
    const letter = readLetter(doc);
    if (!letter) return [];
    const reading = readBody(letter);
    const money = moneyAsked(letter, reading);
    // "Indien wij het bedrag niet binnen 30 dagen ontvangen …": a demand for money asks for a date as much as a request
    const asking = reading.request.map((r, j) => r || money[j]!);
    const findings = [...emptySlotFindings(doc), ...deadlineFindings(letter, asking, reading), ...mainMessageFindings(letter, asking, reading.conditional)];
    // contact details and account numbers often stand in the letterhead or under the signature: judge only whole letters
    if (letter.hasFrame) {
      if (!canReachSender(letter)) findings.push(...letterFinding(letter, "contact", letterStructureMessages.contact));
      findings.push(...paymentFindings(letter, money));
    }
    return findings;
  },
};
