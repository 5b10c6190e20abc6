// The safety gate looks at the words next to a replacement: a replacement that repeats the word beside it, or a
// new salutation before a field that may hold "heer", is offered but not as a one-click change.
import { describe, expect, it } from "vitest";
import { createChecker, type Checker } from "../engine/index.ts";
import type { LexiconEntry } from "../engine/lexicon/schema.ts";
import { codeSpans, gateNotes } from "../engine/safety/gate.ts";
import { defaultChecker } from "../server/default-checker.ts";

const entry = (id: string, match: string, replacement: string): LexiconEntry => ({
  id,
  match: [match],
  alternatives: [{ text: replacement, safe: true }],
  message: "Schrijf het eenvoudiger.",
  examples: [{ wrong: `[${match}]` }],
  category: "ambtelijk",
  severity: "warning",
  firstOnly: false,
  source: "test.yaml",
});
/** The first suggestion a checker offers on the flagged words of the text. */
const firstSuggestion = (c: Checker, text: string, flagged: string) => c.check(text).findings.find((f) => f.text === flagged)?.suggestions[0];
const checker = createChecker({
  lexicon: [entry("sommatie", "sommatie", "laatste waarschuwing"), entry("geachte", "geachte", "beste"), entry("thans", "thans", "nu"), entry("intentie", "intentie", "bedoeling")],
});
const suggestionFor = (text: string, flagged: string) => firstSuggestion(checker, text, flagged);

describe("the words next to a replacement", () => {
  it("a replacement that starts with the word before it is not safe", () => {
    expect(suggestionFor("Dit is de laatste sommatie.", "sommatie")).toMatchObject({ replacement: "laatste waarschuwing", safe: false, note: expect.stringContaining(gateNotes.twice) });
    expect(suggestionFor("Dit is een sommatie.", "sommatie")).toMatchObject({ replacement: "laatste waarschuwing", safe: true });
  });

  it("a replacement that ends with the word after it is not safe", () => {
    expect(suggestionFor("Wij doen het thans nu wij kunnen.", "thans")).toMatchObject({ safe: false, note: expect.stringContaining(gateNotes.twice) });
    expect(suggestionFor("Wij doen het thans.", "thans")).toMatchObject({ replacement: "nu", safe: true });
  });

  it("a replacement that makes two words joined by 'en' or 'of' the same is not safe", () => {
    const offered = (text: string) => suggestionFor(text, "intentie");
    expect(offered("Zij kijken naar de bedoeling en intentie van de ouders.")).toMatchObject({ safe: false, note: expect.stringContaining(gateNotes.twice) });
    expect(offered("Zij kijken naar de intentie of bedoeling van de ouders.")).toMatchObject({ safe: false });
    expect(offered("Zij kijken naar de intentie en het gedrag van de ouders.")).toMatchObject({ replacement: "bedoeling", safe: true });
  });

  it("a salutation before a field is not safe: the field may hold 'heer'", () => {
    expect(suggestionFor("Geachte {aanhef} {achternaam},\n\nWij schrijven u.", "Geachte")).toMatchObject({ replacement: "Beste", safe: false, note: expect.stringContaining(gateNotes.field) });
    expect(suggestionFor("Geachte «Aanhef» «Achternaam»,\n\nWij schrijven u.", "Geachte")).toMatchObject({ safe: false });
    expect(suggestionFor("Geachte mevrouw Bos,\n\nWij schrijven u.", "Geachte")).toMatchObject({ replacement: "Beste", safe: true });
  });
});

describe("'een' and 'te' before a replacement (blind batch 13)", () => {
  const own = createChecker({ lexicon: [entry("nader", "nader", "meer"), entry("heroverwegen", "heroverwegen", "opnieuw bekijken"), entry("berichten", "berichten", "laten weten")] });
  const offered = (text: string, flagged: string) => firstSuggestion(own, text, flagged);

  it("'een' before 'meer …' is not safe", () => {
    expect(offered("Er komt een nader onderzoek.", "nader")).toMatchObject({ replacement: "meer", safe: false, note: expect.stringContaining(gateNotes.slot) });
    expect(offered("Er komt nader onderzoek.", "nader")).toMatchObject({ replacement: "meer", safe: true });
  });

  it("after 'te' a replacement that starts with another word than a verb is not safe", () => {
    expect(offered("Wij vragen u het besluit te heroverwegen.", "heroverwegen")).toMatchObject({ replacement: "opnieuw bekijken", safe: false, note: expect.stringContaining(gateNotes.order) });
    expect(offered("Wij gaan het besluit heroverwegen.", "heroverwegen")).toMatchObject({ replacement: "opnieuw bekijken", safe: true });
    expect(offered("U hoeft het ons niet te berichten.", "berichten")).toMatchObject({ replacement: "laten weten", safe: true });
  });
});

describe("word order and repeats around a replacement (session 9's tried promises)", () => {
  const own = createChecker({
    lexicon: [
      entry("fiatteren", "fiatteren", "goedkeuren"),
      entry("procederen", "procederen", "een rechtszaak voeren"),
      entry("zo-nodig", "zo nodig", "als het nodig is"),
      entry("heroverwogen", "heroverwogen", "opnieuw bekeken"),
      entry("geformaliseerde", "geformaliseerde", "vastgelegde"),
      entry("voorafgaand-aan", "voorafgaand aan", "vóór"),
    ],
  });
  const offered = (text: string, flagged: string) => firstSuggestion(own, text, flagged);

  it("a separable verb or a phrase that does not start with a verb cannot follow 'te'", () => {
    expect(offered("De manager dient de aanvraag te fiatteren.", "fiatteren")).toMatchObject({ safe: false, note: expect.stringContaining(gateNotes.order) });
    expect(offered("De manager gaat de aanvraag fiatteren.", "fiatteren")).toMatchObject({ replacement: "goedkeuren", safe: true });
    expect(offered("Wij hebben besloten te procederen.", "procederen")).toMatchObject({ safe: false, note: expect.stringContaining(gateNotes.order) });
  });

  it("a clause made of an adverb cannot take the phrase after it", () => {
    expect(offered("De deurwaarder komt, zo nodig met de politie, bij u langs.", "zo nodig")).toMatchObject({ safe: false, note: expect.stringContaining(gateNotes.order) });
    expect(offered("Wij passen het plan zo nodig aan.", "zo nodig")).toMatchObject({ replacement: "als het nodig is", safe: true });
  });

  it("an adverb and a participle after an auxiliary at the end of a clause are left to the writer", () => {
    expect(offered("Als u dit aantoont, zal de terugvordering worden heroverwogen.", "heroverwogen")).toMatchObject({ safe: false, note: expect.stringContaining(gateNotes.order) });
    expect(offered("Wij hebben het besluit heroverwogen en blijven erbij.", "heroverwogen")).toMatchObject({ replacement: "opnieuw bekeken", safe: true });
  });

  it("a one-word replacement that one of the three words before it already is, is not one click", () => {
    const first = (text: string) => offered(text, "voorafgaand aan");
    expect(first("Meld uw kind vóór 1 juli voorafgaand aan het schooljaar aan.")).toMatchObject({ safe: false, note: expect.stringContaining(gateNotes.twice) });
    expect(first("Meld uw kind voorafgaand aan het schooljaar aan.")).toMatchObject({ replacement: "vóór", safe: true });
  });

  it("a new word whose stem the sentence already has is not one click", () => {
    expect(offered("De geformaliseerde afspraken zijn vastgelegd in het plan.", "geformaliseerde")).toMatchObject({ safe: false, note: expect.stringContaining(gateNotes.twice) });
    expect(offered("De geformaliseerde afspraken staan in het plan.", "geformaliseerde")).toMatchObject({ replacement: "vastgelegde", safe: true });
  });
});

describe("'door' in a passive sentence", () => {
  const full = defaultChecker();
  const doorFor = (text: string) =>
    full.check(text).findings.find((f) => f.id === "lexicon/ten-gevolge-van")?.suggestions.find((s) => s.replacement.toLowerCase() === "door");

  it("is not one click: it would read as the one who acts", () => {
    expect(doorFor("Deze boete is opgelegd als gevolg van de omstandigheid dat u te laat was.")).toMatchObject({ safe: false, note: expect.stringContaining(gateNotes.agent) });
  });

  it("stays one click in an active sentence", () => {
    expect(doorFor("Als gevolg van de verhuizing moet Tim naar een andere school.")).toMatchObject({ replacement: "Door", safe: true });
  });
});

describe("the words around a replacement, from blind batch 11", () => {
  const full = defaultChecker();
  const offered = (text: string, flagged: string) => full.check(text).findings.find((f) => f.text.startsWith(flagged))?.suggestions[0];

  it.each([
    ["a capital inside the span at the start of a sentence (a law's name)", "Ingevolge de Wet gemeentelijke schuldhulpverlening heeft u recht op hulp.", "Ingevolge", gateNotes.name],
    ["a spelled-out name with no article before it", "U bent gehouden UWV direct te informeren.", "UWV", gateNotes.article],
    ["a weak participle before a noun (it needs -e)", "Wij sturen u de aan u verzonden aanmaning nogmaals.", "verzonden", gateNotes.slot],
    ["an om-te clause before the verbs at the end", "Het rapport zal aan u ter kennisname worden voorgelegd.", "ter kennisname", gateNotes.order],
  ])("%s is not one click", (_kind, text, flagged, note) => {
    expect(offered(text, flagged)).toMatchObject({ safe: false, note: expect.stringContaining(note) });
  });

  it.each([
    ["De brief is op 3 maart verzonden.", "verzonden", "verstuurd"],
    ["Wij sturen u het rapport ter kennisname.", "ter kennisname", "om te lezen"],
    ["Dat is de taak van het UWV.", "UWV", "Uitvoeringsinstituut Werknemersverzekeringen (UWV)"],
  ])("the same swap stays one click where it fits: %s", (text, flagged, replacement) => {
    expect(offered(text, flagged)).toMatchObject({ replacement, safe: true });
  });
});

describe("codes the gate protects", () => {
  const codes = (text: string) => {
    const spans: { start: number; end: number }[] = [];
    codeSpans(text, spans);
    return spans.map((s) => text.slice(s.start, s.end));
  };
  it("finds letters and digits joined by / _ or -", () => {
    expect(codes("Zaak JB-2024-1183 en RB/2024, map a_12; zie ook BR-00042.")).toEqual(["JB-2024-1183", "RB/2024", "a_12", "BR-00042"]);
  });
  it("needs a digit and a joiner, and stops at a joiner with nothing after it", () => {
    expect(codes("Wmo-loket, jeugd- en gezinszorg, 2024- en JB-")).toEqual([]);
    expect(codes("ééé12-3 x9/")).toEqual(["12-3"]);
  });
});
