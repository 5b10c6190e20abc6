// An e-mail reply quotes the message it answers: those are someone else's words, so Helder flags nothing in them,
// and still flags the writer's own text above them.
import { describe, expect, it } from "vitest";
import { defaultChecker } from "../server/default-checker.ts";
import { quotedSpans } from "../engine/text/quoted-mail.ts";

const checker = defaultChecker();
const own = "Beste mevrouw El Amrani,\n\nIndien u vragen heeft, kunt u mij bellen.\n\nMet vriendelijke groet,\n\nMark Dekker\n";
const quoted = "Indien mogelijk ontvang ik gaarne een reactie. Wij verzoeken u derhalve het formulier te retourneren.";
const flaggedIn = (text: string) => checker.check(text).findings.map((f) => f.text.toLowerCase());

describe("quoted mail", () => {
  it.each([
    ["a separator line", `${own}\n-----Oorspronkelijk bericht-----\nVan: Yasmina <y@example.nl>\nVerzonden: dinsdag 10 maart 2026 21:15\nAan: Mark Dekker\nOnderwerp: vraag\n\n${quoted}\n`],
    ["an Outlook header", `${own}\nVan: Yasmina <y@example.nl>\nVerzonden: dinsdag 10 maart 2026 21:15\nOnderwerp: vraag\n\n${quoted}\n`],
    ["a 'schreef' line", `${own}\nOp 10 mrt. 2026 om 21:15 schreef Yasmina <y@example.nl>:\n\n${quoted}\n`],
    ["quote marks", `${own}\n> ${quoted}\n`],
  ])("nothing in the quote is flagged after %s, the writer's own 'indien' is", (_kind, text) => {
    const flagged = flaggedIn(text);
    expect(flagged).toContain("indien");
    expect(flagged.filter((t) => ["gaarne", "derhalve", "retourneren", "verzonden"].includes(t))).toEqual([]);
    expect(flagged.filter((t) => t === "indien")).toHaveLength(1);
  });

  it("a memo that starts with 'Van:' and 'Datum:' is the writer's own text", () => {
    const memo = `Van: Ilse Groen, jeugdbeschermer\nDatum: 27 februari 2026\nAan: de ouders van Noor\n\n${quoted}\n`;
    expect(quotedSpans(memo)).toEqual([]);
    expect(flaggedIn(memo)).toContain("derhalve");
  });

  it("the quote runs from its header to the end of the text", () => {
    const text = `${own}\n-----Original Message-----\nFrom: Y\n\n${quoted}`;
    expect(quotedSpans(text)).toEqual([{ start: own.length + 1, end: text.length }]);
  });
});
