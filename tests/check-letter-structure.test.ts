// The letter check: what a letter must contain (contact, a date, where to pay, no empty template slot, the main
// message first). Letters written for this test; the corpus in fixtures/letters measures false alarms.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { letterStructureCheck, letterStructureMessages, wholeLetterNote } from "../engine/checks/letter-structure.ts";
import { buildDocument } from "../engine/text/document.ts";
import { defaultCheckOptions, type Finding } from "../engine/types.ts";
import { defaultChecker } from "../server/default-checker.ts";

const run = (text: string): Finding[] => letterStructureCheck.run(buildDocument(text), defaultCheckOptions);
const ids = (text: string) => run(text).map((f) => f.id);
const checker = defaultChecker();
/** The message of a letter-level finding at the salutation. */
const atSalutation = (message: string) => `${message} ${wholeLetterNote.salutation}`;

const HEAD = `Woonstichting Het Anker
Havenweg 4
8011 AB Zwolle

Mevrouw J. Bos
Lindelaan 3
8012 CD Zwolle

Zwolle, 3 maart 2025
Ons kenmerk: HA/2025/0412
`;
const SIGN = `
Met vriendelijke groet,

Petra Jansen
Afdeling Huur`;

const payment = `${HEAD}
Beste mevrouw Bos,

U heeft de huur van februari nog niet betaald. U moet ons nog € 725,40 betalen.

Betaal het bedrag vóór 17 maart 2025. Maak het geld over naar NL12 RABO 0123 4567 89. Zet het kenmerk HA/2025/0412 bij de betaling.

Lukt het niet om te betalen? Bel ons dan. Samen zoeken we een oplossing.

Vragen? Bel Petra Jansen op 038 - 421 55 00 of mail naar huur@hetanker.nl.
${SIGN}`;

const appointment = `${HEAD}
Beste mevrouw Bos,

U vroeg ons om de schimmel in uw badkamer te bekijken. We komen op dinsdag 11 maart om 9.00 uur bij u langs.

Wat moet u doen?
Zorg dat iemand thuis is. Haal de spullen bij de muur weg.

Past deze tijd niet? Laat het ons dan weten. Dan maken we een nieuwe afspraak.

Heeft u vragen? Mail naar onderhoud@hetanker.nl.
${SIGN}`;

const decision = `${HEAD}
Beste mevrouw Bos,

U krijgt een nieuwe keuken. Dat hebben we besloten na uw vraag van januari.

De keuken komt in mei. We bellen u vóór 1 april om een dag te kiezen. U hoeft niets te betalen.

Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Doe dat binnen zes weken na de datum van deze brief.

Uw contactpersoon is Petra Jansen. U kunt haar bellen op 038 - 421 55 00.
${SIGN}`;

describe("letters that have everything get nothing", () => {
  it.each([
    ["a payment letter", payment],
    ["an appointment letter", appointment],
    ["a decision letter", decision],
  ])("%s", (_, text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe("a letter that lacks something gets exactly that finding", () => {
  it("no phone, e-mail or contact person: contact, at the salutation", () => {
    const text = payment.replace("Vragen? Bel Petra Jansen op 038 - 421 55 00 of mail naar huur@hetanker.nl.", "Vragen? Kijk op onze website.");
    const findings = run(text);
    expect(findings.map((f) => [f.id, f.severity, f.text])).toEqual([["letter-structure/contact", "warning", "Beste mevrouw Bos,"]]);
    expect(findings[0]!.message).toBe(atSalutation(letterStructureMessages.contact));
  });

  it("a phone number spaced as people write it counts, and so does a named contact person", () => {
    const spaced = payment.replace(" of mail naar huur@hetanker.nl", "").replace("038 - 421 55 00", "038 421 55 00");
    expect(ids(spaced)).toEqual([]);
    const person = payment.replace("Vragen? Bel Petra Jansen op 038 - 421 55 00 of mail naar huur@hetanker.nl.", "Vragen? Uw contactpersoon is Petra Jansen.");
    expect(ids(person)).toEqual([]);
  });

  it.each([
    ["binnen twee weken na ontvangst van deze brief", letterStructureMessages.deadlineVague],
    ["zo snel mogelijk", letterStructureMessages.deadlineVague],
    ["spoedig", letterStructureMessages.deadlineVague],
  ])("a vague time (%s): deadline", (vague, message) => {
    const findings = run(payment.replace("vóór 17 maart 2025", vague));
    expect(findings.map((f) => f.id)).toEqual(["letter-structure/deadline"]);
    expect(findings[0]!.message).toBe(atSalutation(message));
    expect(findings[0]!.text).toBe("Beste mevrouw Bos,");
  });

  it("no time at all: deadline", () => {
    const findings = run(payment.replace(" vóór 17 maart 2025", ""));
    expect(findings.map((f) => [f.id, f.message])).toEqual([["letter-structure/deadline", atSalutation(letterStructureMessages.deadlineNone)]]);
  });

  it("a real date satisfies it, also as 'uiterlijk 1 mei' or a numeric date, or a date slot in a template", () => {
    expect(ids(payment.replace("vóór 17 maart 2025", "uiterlijk 1 mei"))).toEqual([]);
    expect(ids(payment.replace("vóór 17 maart 2025", "vóór 17-3-2025"))).toEqual([]);
    expect(ids(payment.replace("vóór 17 maart 2025", "vóór {{uiterste betaaldatum}}"))).toEqual([]);
  });

  it("reads a date that a hard-wrapped line breaks in two", () => {
    const wrapped = (date: string) =>
      payment.replace(
        "U heeft de huur van februari nog niet betaald. U moet ons nog € 725,40 betalen.\n\nBetaal het bedrag vóór 17 maart 2025. Maak het geld over naar NL12 RABO 0123 4567 89.",
        `U heeft de huur van februari nog niet betaald. U moet ons nog € 725,40\nbetalen. Betaal het bedrag uiterlijk op maandag ${date} op onze rekening. Maak het\ngeld over naar NL12 RABO 0123 4567 89.`,
      );
    expect(wrapped("17\nmaart 2025")).toContain("maandag 17\nmaart");
    expect(ids(wrapped("17\nmaart 2025"))).toEqual([]);
    expect(ids(wrapped("17\r\nmaart 2025"))).toEqual([]);
    expect(ids(wrapped("\nzo snel mogelijk"))).toEqual(["letter-structure/deadline"]);
  });

  it("a request in a polite form: 'Wij verzoeken u … te sturen', 'Stuurt u …'", () => {
    const ask = (sentence: string) => `${HEAD}\nBeste mevrouw Bos,\n\nU heeft een toeslag aangevraagd. ${sentence}\n\nVragen? Bel ons op 038 - 421 55 00.\n${SIGN}`;
    expect(ids(ask("Wij verzoeken u uw loonstroken van januari te sturen."))).toEqual(["letter-structure/deadline"]);
    expect(ids(ask("Stuurt u uw loonstroken van januari naar ons?"))).toEqual([]); // a question is not a request here
    expect(ids(ask("Stuurt u ons uw loonstroken van januari."))).toEqual(["letter-structure/deadline"]);
    expect(ids(ask("Wilt u uw loonstroken van januari vóór 1 april sturen?"))).toEqual([]);
  });

  it("no account number: payment", () => {
    const findings = run(payment.replace(" Maak het geld over naar NL12 RABO 0123 4567 89.", ""));
    expect(findings.map((f) => [f.id, f.message])).toEqual([["letter-structure/payment", atSalutation(letterStructureMessages.paymentAccount)]]);
  });

  it("an account number wrapped over two lines still counts", () => {
    expect(ids(payment.replace("NL12 RABO 0123 4567 89", "NL12 RABO\n0123 4567 89"))).toEqual([]);
  });

  it("no reference: payment", () => {
    const text = payment.replace("Ons kenmerk: HA/2025/0412\n", "").replace(" Zet het kenmerk HA/2025/0412 bij de betaling.", "");
    expect(run(text).map((f) => [f.id, f.message])).toEqual([["letter-structure/payment", atSalutation(letterStructureMessages.paymentReference)]]);
  });

  it("what to write with the payment, named as its description, is a reference", () => {
    const without = payment.replace("Ons kenmerk: HA/2025/0412\n", "");
    expect(ids(without.replace(" Zet het kenmerk HA/2025/0412 bij de betaling.", " Zet bij de omschrijving: 2025-0412 Bos."))).toEqual([]);
    expect(ids(without.replace(" Zet het kenmerk HA/2025/0412 bij de betaling.", " Vermeld in de betalingsomschrijving uw naam."))).toEqual([]);
  });

  it("neither: one payment finding that names both", () => {
    const text = payment
      .replace("Ons kenmerk: HA/2025/0412\n", "")
      .replace(" Maak het geld over naar NL12 RABO 0123 4567 89. Zet het kenmerk HA/2025/0412 bij de betaling.", "");
    expect(run(text).map((f) => [f.id, f.message])).toEqual([["letter-structure/payment", atSalutation(letterStructureMessages.paymentBoth)]]);
  });

  it("money that goes to the reader is no payment request", () => {
    const text = decision.replace("U hoeft niets te betalen.", "De borg van € 250 wordt, na aftrek van openstaande kosten, aan u terugbetaald.");
    expect(ids(text)).toEqual([]);
  });
});

describe("empty template slots", () => {
  it("'vóór .' is an error at the empty place", () => {
    const text = payment.replace("vóór 17 maart 2025", "vóór ");
    const slots = run(text).filter((f) => f.id === "letter-structure/empty-slot");
    expect(slots.map((f) => [f.severity, f.text])).toEqual([["error", "vóór ."]]);
    for (const f of slots) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it.each([
    ["U moet ons nog een bedrag van € . betalen.", "€ ."],
    ["Betaal € vóór 1 mei.", "€"],
    ["Uw afspraak is op .", "op ."],
    ["Betaal uiterlijk  .", "uiterlijk  ."],
    ["Uw dossiernummer is ___.", "___"],
    ["Betaal vóór XX-XX-XXXX.", "XX-XX-XXXX"],
    ["Het kenmerk is XXX.", "XXX"],
    ["Betaal het bedrag op …", "op …"],
  ])("%s", (sentence, flagged) => {
    const text = `Beste mevrouw Bos,\n\n${sentence}\n\nMet vriendelijke groet,`;
    expect(run(text).filter((f) => f.id === "letter-structure/empty-slot").map((f) => f.text)).toEqual([flagged]);
  });

  it("an all-caps XXXX (a placeholder token) is flagged with the word before it, so the merge keeps it", () => {
    const text = "Beste mevrouw Bos,\n\nBetaal het bedrag vóór XXXX.\n\nMet vriendelijke groet,";
    const found = checker.check(text).findings.filter((f) => f.id === "letter-structure/empty-slot");
    expect(found.map((f) => f.text)).toEqual(["vóór XXXX"]);
  });

  it("filled slots, placeholders and normal sentence ends are not empty", () => {
    for (const sentence of ["Betaal vóór {{uiterste datum}}.", "Daar gaan we voor.", "Dat kiest u zelf. En dan …?", "Betaal € 50,- vóór 1 mei."]) {
      const text = `Beste mevrouw Bos,\n\n${sentence}\n\nMet vriendelijke groet,`;
      expect(run(text).filter((f) => f.id === "letter-structure/empty-slot"), sentence).toEqual([]);
    }
  });
});

describe("fields the reader fills in", () => {
  const slip = (lines: string) => `Beste mevrouw Bos,\n\nKomt u naar de ouderavond? Lever het strookje in vóór 10 maart.\n\nMet vriendelijke groet,\n\nMeester Tim\n\n------------------------------------------------\n${lines}`;

  it("blanks in the reply slip under a cut line are for the reader, not empty slots", () => {
    expect(run(slip("Naam van uw kind: ______________\nHandtekening: ____________")).filter((f) => f.id === "letter-structure/empty-slot")).toEqual([]);
    for (const cut of ["- - - - - - - - - - - -", "✂ knip hier", "Hier afknippen"]) {
      const text = slip("Naam van uw kind: ______________").replace("------------------------------------------------", cut);
      expect(run(text).filter((f) => f.id === "letter-structure/empty-slot"), cut).toEqual([]);
    }
  });

  it.each(["O  Ik kom met ___ personen.", "☐ Ja, ik kom met ___ personen.", "[ ] Ik kom met ___ personen.", "Handtekening ouder: ________"])("a line the reader ticks or signs: %s", (line) => {
    const text = `Beste mevrouw Bos,\n\nKomt u ook? Lever dit in vóór 10 maart.\n\n${line}\n\nMet vriendelijke groet,`;
    expect(run(text).filter((f) => f.id === "letter-structure/empty-slot")).toEqual([]);
  });

  it("a blank the writer left in the letter itself is still an empty slot", () => {
    const text = slip("Naam van uw kind: ______").replace("vóór 10 maart", "vóór ___");
    expect(run(text).filter((f) => f.id === "letter-structure/empty-slot").map((f) => f.text)).toEqual(["___"]);
  });
});

describe("dates of an appointment", () => {
  const deadlines = (text: string) => ids(text).filter((id) => id === "letter-structure/deadline");
  const hospital = (extra: string) => `Beste mevrouw Pranoto,

U heeft een afspraak bij de longarts.

Uw afspraak
Maandag 23 maart 2026 om 9.15 uur
Meld u bij balie 14.

${extra}

Met vriendelijke groet,

Polikliniek Longziekten`;

  it("a date on its own line above the request dates the request", () => {
    expect(deadlines(hospital("Meld u bij de balie."))).toEqual([]);
    // the same request with the date in a paragraph of its own, and no appointment, still lacks a date
    expect(deadlines(hospital("Stuur ons uw medicijnlijst.").replace("Uw afspraak\nMaandag 23 maart 2026 om 9.15 uur\nMeld u bij balie 14.", "Wij schreven u op 2 maart 2026."))).toEqual(["letter-structure/deadline"]);
  });

  it.each(["Stuur ons uw medicijnlijst vóór het onderzoek.", "Meld u minstens 24 uur van tevoren af als u niet kunt komen."])("a time tied to the dated appointment: %s", (request) => {
    const text = hospital(request).replace("Uw afspraak\nMaandag 23 maart 2026 om 9.15 uur\nMeld u bij balie 14.", "Uw afspraak is op maandag 23 maart 2026.");
    expect(deadlines(text)).toEqual([]);
  });
});

describe("the main message last", () => {
  const background = [
    "Op 4 februari heeft u bij ons een aanvraag gedaan voor bijzondere bijstand.",
    "U vroeg geld voor een nieuwe wasmachine.",
    "Wij hebben uw aanvraag bekeken.",
    "Daarbij hebben wij gekeken naar uw inkomen en uw vaste lasten.",
    "Ook hebben wij gekeken naar het geld op uw bankrekening.",
    "Uw buurvrouw heeft ons verteld dat u nu naar de wasserette gaat.",
    "Dat kost u elke week geld.",
  ].join(" ");
  const late = `${HEAD}\nBeste mevrouw Bos,\n\n${background}\n\nWij vragen u uw bankafschriften van januari te sturen vóór 1 april 2025.\n\nVragen? Bel ons op 038 - 421 55 00.\n${SIGN}`;

  it("a request after a long background: main-message-last", () => {
    expect(ids(late)).toEqual(["letter-structure/main-message-last"]);
  });

  it("the same request first: nothing", () => {
    const first = `${HEAD}\nBeste mevrouw Bos,\n\nWij vragen u uw bankafschriften van januari te sturen vóór 1 april 2025.\n\n${background}\n\nVragen? Bel ons op 038 - 421 55 00.\n${SIGN}`;
    expect(ids(first)).toEqual([]);
  });

  it.each(["Hier weer een bericht over uw aanvraag.", "In deze brief leest u hoe het met uw aanvraag gaat.", "Ik schrijf u over uw aanvraag."])(
    "an opening that says what the letter is (%s): the news comes first, a request at the end is no main message put last",
    (opening) => {
      expect(ids(late.replace("Beste mevrouw Bos,\n\n", `Beste mevrouw Bos,\n\n${opening} `))).toEqual([]);
    },
  );

  it.each(["Uw vrouw mag naar Nederland komen.", "Wij hebben uw aanvraag goedgekeurd.", "Uw zoon moet een Halt-straf doen.", "Uw dochter is aangenomen op de school."])(
    "a decision about permission, admission or a sanction said first (%s) is the main message",
    (decision) => {
      expect(ids(late.replace("Beste mevrouw Bos,\n\n", `Beste mevrouw Bos,\n\n${decision} `))).toEqual([]);
    },
  );

  it("a short letter is never too late", () => {
    const short = `${HEAD}\nBeste mevrouw Bos,\n\nWij hebben uw aanvraag bekeken. Wij vragen u uw bankafschriften te sturen vóór 1 april 2025.\n\nVragen? Bel ons op 038 - 421 55 00.\n${SIGN}`;
    expect(ids(short)).toEqual([]);
  });
});

describe("only letters", () => {
  it("a guide without salutation or closing gets nothing, even when it asks and has no date", () => {
    const guide = readFileSync(new URL("./fixtures/plain-b1-uitleg.txt", import.meta.url), "utf8");
    expect(run(guide)).toEqual([]);
    const web = "Wat moet u doen?\n\nBetaal de rekening binnen twee weken. Stuur ons uw nieuwe adres. U moet het bedrag van € . betalen.\n\nMeer weten? Kijk op de website.";
    expect(run(web)).toEqual([]);
  });

  it("'Dag en nacht bereikbaar.' is not a salutation", () => {
    expect(run("Dag en nacht bereikbaar.\n\nBetaal de rekening zo snel mogelijk.")).toEqual([]);
  });

  it("without a salutation, a letter with a closing gets its finding on the first sentence of the body", () => {
    const text = payment.replace("Beste mevrouw Bos,\n\n", "").replace("vóór 17 maart 2025", "zo snel mogelijk");
    const findings = run(text);
    expect(findings.map((f) => [f.id, f.text])).toEqual([["letter-structure/deadline", "U heeft de huur van februari nog niet betaald."]]);
    expect(findings[0]!.message).toBe(`${letterStructureMessages.deadlineVague} ${wholeLetterNote.firstSentence}`);
  });

  it("a salutation that is all placeholder ('{aanhef},') passes the finding on to the first sentence", () => {
    const text = payment.replace("Beste mevrouw Bos,", "{aanhef},").replace("vóór 17 maart 2025", "zo snel mogelijk");
    expect(run(text).map((f) => f.text)).toEqual(["U heeft de huur van februari nog niet betaald."]);
  });

  it("a body without letterhead or signature is not judged on contact and payment details (they may stand there)", () => {
    const body = payment.slice(payment.indexOf("Beste"), payment.indexOf("Vragen?")) + "Met vriendelijke groet,";
    const bare = body.replace(" Maak het geld over naar NL12 RABO 0123 4567 89. Zet het kenmerk HA/2025/0412 bij de betaling.", "");
    expect(ids(bare)).toEqual([]);
  });
});

describe("through the whole engine", () => {
  it("keeps offsets, and a salutation with a placeholder keeps its finding", () => {
    const text = payment.replace("Beste mevrouw Bos,", "Beste heer/mevrouw ACHTERNAAM,").replace("vóór 17 maart 2025", "binnen 14 dagen");
    const report = checker.check(text);
    const mine = report.findings.filter((f) => f.rule === "letter-structure");
    expect(mine.map((f) => [f.id, f.text])).toEqual([["letter-structure/deadline", "Beste heer/mevrouw ACHTERNAAM,"]]);
    for (const f of report.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it("a salutation the lexicon flags whole ('Geachte heer/mevrouw', no comma) keeps the letter finding", () => {
    for (const salutation of ["Geachte heer/mevrouw", "Geachte dhr. Bos"]) {
      const text = payment.replace("Beste mevrouw Bos,", salutation).replace("vóór 17 maart 2025", "binnen 14 dagen");
      const mine = checker.check(text).findings.filter((f) => f.rule === "letter-structure");
      expect(mine.map((f) => [f.id, f.text]), salutation).toEqual([["letter-structure/deadline", `${salutation}\n`]]);
    }
  });

  it("can be turned off with the disable option", () => {
    const text = payment.replace("vóór 17 maart 2025", "zo snel mogelijk");
    expect(checker.check(text, { disable: ["letter-structure/"] }).findings.filter((f) => f.rule === "letter-structure")).toEqual([]);
  });
});

describe("the messages are B1 and pass Helder", () => {
  const quoted = (text: string) => [...text.matchAll(/'[^']*'|"[^"]*"|\([^)]*\)/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const messages = [
    ...Object.values(letterStructureMessages).flatMap((m) => (m === letterStructureMessages.emptySlot ? [m] : Object.values(wholeLetterNote).map((n) => `${m} ${n}`))),
  ];
  it.each(messages)("%s", (message) => {
    const spans = quoted(message);
    const loud = checker.check(message).findings.filter((f) => f.severity !== "info" && !spans.some(([s, e]) => s <= f.start && f.end <= e));
    expect(loud.map((f) => `${f.id} "${f.text}"`)).toEqual([]);
  });
  it("letter-level messages say what the letter lacks", () => {
    for (const [key, message] of Object.entries(letterStructureMessages)) if (key !== "emptySlot") expect(message).toMatch(/^Deze brief zegt /);
  });
});

describe("the letter corpus", () => {
  const dir = new URL("./fixtures/letters/", import.meta.url);
  const letters = readdirSync(dir).filter((n) => n.endsWith(".txt")).sort();
  const count = (prefix: string) =>
    letters.filter((n) => n.startsWith(prefix)).reduce((sum, n) => sum + run(readFileSync(new URL(n, dir), "utf8")).length, 0);

  it("plain letters get very few letter findings (measured: 2 on 26 letters)", () => {
    expect(count("helder-")).toBeLessThanOrEqual(3);
  });
  it("officialese letters get more of them (measured: 9 on 24 letters)", () => {
    expect(count("ambtelijk-")).toBeGreaterThanOrEqual(5);
  });
  it("every finding slices to its text", () => {
    for (const n of letters) {
      const text = readFileSync(new URL(n, dir), "utf8");
      for (const f of run(text)) expect(text.slice(f.start, f.end), n).toBe(f.text);
    }
  });
});
