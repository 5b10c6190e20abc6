// The letter corpus (tests/fixtures/letters/, 92 letters written for these tests): every safe suggestion,
// applied on its own, keeps what the safety gate promises, and plain letters stay quiet.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { compareFacts } from "../engine/facts/compare.ts";
import { safeEditsOf } from "../engine/safety/safe-edits.ts";
import { defaultChecker } from "../server/default-checker.ts";

const dir = new URL("./fixtures/letters/", import.meta.url);
const letters = readdirSync(dir)
  .filter((n) => n.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, dir), "utf8") }));
const checker = defaultChecker();

describe("the letter corpus", () => {
  it("has at least 40 letters, plain and officialese, some wrapped and some templates", () => {
    expect(letters.length).toBeGreaterThanOrEqual(40);
    for (const kind of ["helder-", "ambtelijk-", "-wrapped", "-sjabloon"]) expect(letters.some((l) => l.name.includes(kind)), kind).toBe(true);
  });
});

describe.each(letters.map((l) => [l.name, l] as const))("safe suggestions in %s", (_, { text }) => {
  const report = checker.check(text);
  const edits = safeEditsOf(text, report);

  it("keep every amount, date, name, number and placeholder", () => {
    for (const edit of edits) {
      const check = compareFacts(text, edit.text);
      expect([...check.missing, ...check.changed].map((c) => c.original.text), `${edit.finding.id}: ${edit.after}`).toEqual([]);
    }
  });

  it("change only their own span, keep the sentence's capital and end, and are not flagged again", () => {
    for (const edit of edits) {
      const where = `${edit.finding.id}: ${edit.before} → ${edit.after}`;
      expect(edit.text.slice(0, edit.start), where).toBe(text.slice(0, edit.start));
      expect(edit.text.slice(edit.start + edit.suggestion.replacement.length), where).toBe(text.slice(edit.end));
      expect(/^\p{Lu}/u.test(edit.after.replace(/^[^\p{L}\p{N}]+/u, "")), where).toBe(/^\p{Lu}/u.test(edit.before.replace(/^[^\p{L}\p{N}]+/u, "")));
      expect(edit.after.trimEnd().slice(-1), where).toBe(edit.before.trimEnd().slice(-1) === "." ? "." : edit.after.trimEnd().slice(-1));
      const again = checker.check(edit.text).findings.filter(
        (f) => f.id === edit.finding.id && f.start < edit.start + edit.suggestion.replacement.length && f.end > edit.start,
      );
      expect(again.map((f) => f.text), where).toEqual([]);
    }
  });
});

describe("plain letters stay quiet", () => {
  // "nieuw-helder-…" and "nieuw4-helder-…" letters (written later, by other hands) are plain letters too
  const plain = letters.filter((l) => /^(nieuw\d*-)?helder-/.test(l.name));
  it("get at most 1 warning or error per 100 words on average", () => {
    let words = 0;
    let loud = 0;
    for (const { text } of plain) {
      const report = checker.check(text);
      words += report.metrics.words;
      loud += report.findings.filter((f) => f.severity !== "info").length;
    }
    expect((loud / words) * 100).toBeLessThanOrEqual(1);
  });
});

// Kinds of break found on the nieuw5-ambtelijk letters; each safe swap here was offered as one click before.
describe("safe suggestions keep their sentence whole (nieuw5 letters)", () => {
  const offered = (text: string, id: string) => checker.check(text).findings.find((f) => f.id === id)?.suggestions ?? [];
  const safeText = (text: string, id: string) => offered(text, id).find((s) => s.safe)?.replacement;

  it("a bare 'van' only after a noun: 'een schuld van € 90', not 'opgelegd van € 90' or 'ondertekend van 3 maart'", () => {
    expect(safeText("U heeft een schuld ten bedrage van € 90,00.", "lexicon/ter-grootte-van")).toBe("van");
    expect(safeText("Er is een boete opgelegd ten bedrage van € 90,00.", "lexicon/ter-grootte-van")).toBeUndefined();
    expect(safeText("Voorts is gebleken dat u nieuwe schulden heeft doen ontstaan ten bedrage van «bedrag».", "lexicon/ter-grootte-van")).toBeUndefined();
    expect(safeText("De overeenkomst is ondertekend d.d. 3 maart 2025.", "lexicon/d-d")).toBeUndefined();
    expect(safeText("Wij verwijzen naar uw bericht d.d. 3 maart 2025.", "lexicon/d-d")).toBe("van");
    expect(offered("Er is een boete opgelegd ten bedrage van € 90,00.", "lexicon/ter-grootte-van").map((s) => s.replacement)).toEqual(["van"]);
  });

  it("a fronted adverb that becomes a clause gets its comma before the verb", () => {
    expect(safeText("Zo nodig kan de school de wijkverpleegkundige inschakelen.", "lexicon/zo-nodig")).toBe("Als het nodig is,");
    expect(safeText("In voorkomende gevallen nemen wij contact met u op.", "lexicon/in-voorkomend-geval")).toBe("Als dat nodig is,");
    expect(safeText("Indien nodig, passen wij het plan aan.", "lexicon/indien-nodig")).toBe("Als het nodig is");
    expect(safeText("Wij passen het plan indien nodig aan.", "lexicon/indien-nodig")).toBe("als het nodig is");
    expect(safeText("Mocht u naar aanleiding van deze brief nog vragen hebben, dan kunt u bellen.", "lexicon/mocht-u")).toBe(
      "Als u naar aanleiding van deze brief nog vragen heeft,",
    );
  });
});

// Kinds of wrong suggestion found on the nieuw7 letters: shown (not one click), but a writer copies them.
describe("suggestions keep their sentence whole (nieuw7 letters)", () => {
  const offered = (text: string, id: string) => checker.check(text).findings.find((f) => f.id === id)?.suggestions.map((s) => s.replacement) ?? [];

  it("'dient … te' twice in one sentence: both become 'moet', and 'of' stays 'of'", () => {
    expect(offered("Het bezwaarschrift dient te zijn ondertekend en dient ten minste te bevatten: uw naam.", "lexicon/dient-te")).toEqual([
      "moet zijn ondertekend en moet ten minste bevatten",
    ]);
    expect(offered("Het formulier dient u te ondertekenen en dient u binnen twee weken terug te sturen.", "lexicon/dient-te")).toEqual([
      "moet u ondertekenen en moet u binnen twee weken terugsturen",
    ]);
    expect(offered("U dient te bellen of te mailen.", "lexicon/dient-te")).toEqual(["moet bellen of mailen"]);
    expect(offered("Ouders dienen te bellen dan wel te mailen.", "lexicon/dient-te")).toEqual(["moeten bellen dan wel mailen"]);
    expect(offered("U dient het formulier in te vullen en op te sturen.", "lexicon/dient-te")).toEqual(["moet het formulier invullen en opsturen"]);
  });

  it("'ten verzoeke van' is 'op verzoek van', not a request to the reader", () => {
    expect(offered("Ten verzoeke van mevrouw Jansen stuur ik u deze brief.", "lexicon/ten-verzoeke-van")).toEqual(["Op verzoek van"]);
    expect(offered("Ten verzoeke van mevrouw Jansen stuur ik u deze brief.", "lexicon/gelieve")).toEqual([]);
    expect(offered("Verzoeke het formulier terug te sturen.", "lexicon/gelieve")).toEqual(["Wilt u"]);
  });
});

describe("'in de periode van' before dates (nieuw7 letters)", () => {
  const offered = (text: string, id: string) => checker.check(text).findings.find((f) => f.id === id)?.suggestions.map((s) => s.replacement) ?? [];

  it("offers 'van', not 'toen', and 'in de periode dat' keeps 'toen'", () => {
    expect(offered("U had inkomsten in de periode van 1 juni 2025 tot en met 31 augustus 2025.", "lexicon/in-de-periode-dat")).toEqual(["van"]);
    expect(offered("In de periode dat Tim bij oma woonde, ging het goed.", "lexicon/in-de-periode-dat")).toEqual(["Toen"]);
  });
});

describe("'schorst de werking van … niet' (nieuw7 UWV letter)", () => {
  const offered = (text: string, id: string) => checker.check(text).findings.find((f) => f.id === id)?.suggestions.map((s) => s.replacement) ?? [];
  it("puts the decision between 'houdt' and 'tegen' instead of leaving 'houdt tegen van dit besluit niet'", () => {
    expect(offered("Het indienen van een bezwaarschrift schorst de werking van dit besluit niet.", "lexicon/werking-schorsen")).toEqual(["houdt dit besluit niet tegen"]);
    expect(offered("Bezwaar en beroep schorsen de werking van het besluit niet.", "lexicon/werking-schorsen")).toEqual(["houden het besluit niet tegen"]);
  });
});
