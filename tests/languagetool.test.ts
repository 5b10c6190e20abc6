// The LanguageTool HTTP API (/v2/check, /v2/languages) with the request shapes real clients send: LibreOffice's
// form body, the browser add-on's annotated "data", an editor plug-in's Markdown through annotatedtext-remark,
// and GET with a query string. Offsets must point at the flagged words in what the client sent.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { build as annotateMarkdown, defaults as markdownDefaults } from "annotatedtext-remark";
import { createApp } from "../server/app.ts";

const app = createApp();
const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");

interface LtMatch {
  message: string;
  offset: number;
  length: number;
  replacements: { value: string }[];
  context: { text: string; offset: number; length: number };
  sentence: string;
  rule: { id: string; issueType: string; category: { id: string; name: string } };
}
interface LtResponse {
  software: { name: string; version: string; apiVersion: number };
  language: { code: string; detectedLanguage: { code: string } };
  warnings: Record<string, unknown>;
  matches: LtMatch[];
}

const form = (fields: Record<string, string>) =>
  app.request("/v2/check", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() });
const json = async (res: Response) => {
  expect(res.status).toBe(200);
  return (await res.json()) as LtResponse;
};

describe("POST /v2/check as LibreOffice sends it", () => {
  it("answers in LanguageTool's shape with offsets into the text", async () => {
    const body = await json(await form({ text: letter, language: "nl-NL", enabledOnly: "false" }));
    expect(body.software).toMatchObject({ name: "Helder", apiVersion: 1 });
    // the version is package.json's, not a second copy that drifts
    expect(body.software.version).toBe(JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version);
    expect(body.language.code).toBe("nl-NL");
    expect(body.matches.length).toBeGreaterThan(20);
    for (const m of body.matches) {
      expect(m.context.text.slice(m.context.offset, m.context.offset + m.context.length)).toBe(letter.slice(m.offset, m.offset + m.length).replace(/[\r\n\t]/g, " "));
      expect(m.sentence).toContain(letter.slice(m.offset, m.offset + m.length).split("\n")[0]);
      expect(m.rule.category.id).toMatch(/^HELDER_/);
    }
    const indien = body.matches.find((m) => m.rule.id === "lexicon/indien")!;
    expect(letter.slice(indien.offset, indien.offset + indien.length)).toBe("Indien");
    expect(indien.replacements.map((r) => r.value)).toContain("Als");
  });

  it("offers only safe suggestions as replacements", async () => {
    const text = "Mocht u een afspraak willen hebben, bel ons dan.";
    const report = createApp();
    const checked = (await (await report.request("/api/check", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) })).json()) as {
      findings: { id: string; suggestions: { replacement: string; safe: boolean }[] }[];
    };
    const mocht = checked.findings.find((f) => f.id === "lexicon/mocht-u")!;
    expect(mocht.suggestions.some((s) => !s.safe)).toBe(true);
    const body = await json(await form({ text, language: "nl", level: "picky" }));
    const match = body.matches.find((m) => m.rule.id === "lexicon/mocht-u")!;
    expect(match.replacements.map((r) => r.value)).toEqual(mocht.suggestions.filter((s) => s.safe).map((s) => s.replacement));
  });
});

describe("the browser add-on's request", () => {
  it("takes data, language=auto and the parameters it does not use", async () => {
    const data = JSON.stringify({ annotation: [{ text: "Indien u vragen heeft, kunt u ons bellen." }] });
    const body = await json(
      await form({ data, language: "auto", motherTongue: "nl", preferredVariants: "nl-NL,de-DE", level: "picky", mode: "allButTextLevelOnly", textSessionId: "123:456", enableHiddenRules: "true", username: "", apiKey: "" }),
    );
    expect(body.language.detectedLanguage.code).toBe("nl-NL");
    expect(body.matches.map((m) => [m.rule.id, m.offset, m.length])).toContainEqual(["lexicon/indien", 0, 6]);
  });
});

describe("an editor plug-in's Markdown letter (annotatedtext-remark)", () => {
  const markdown = "# Uw huur\n\nGeachte heer **Jansen**,\n\nIndien u de _huur_ niet betaalt, wordt er een aanmaning verstuurd.\n\nMet vriendelijke groet,\n";
  it("gives offsets in the document with its markup", async () => {
    const data = JSON.stringify(annotateMarkdown(markdown, markdownDefaults));
    const body = await json(await form({ data, language: "nl-NL", level: "picky" }));
    const byId = new Map(body.matches.map((m) => [m.rule.id, m]));
    const indien = byId.get("lexicon/indien")!;
    expect(markdown.slice(indien.offset, indien.offset + indien.length)).toBe("Indien");
    const passive = body.matches.find((m) => m.rule.id.startsWith("passive"))!;
    expect(markdown.slice(passive.offset, passive.offset + passive.length)).toMatch(/verstuurd/);
    // a match across markup spans the markup too
    for (const m of body.matches) expect(m.offset + m.length).toBeLessThanOrEqual(markdown.length);
  });
});

describe("switches and languages", () => {
  it("answers GET with a query string", async () => {
    const body = await json(await app.request(`/v2/check?${new URLSearchParams({ text: "Indien u belt, helpen wij u.", language: "nl" })}`));
    expect(body.matches.some((m) => m.rule.id === "lexicon/indien")).toBe(true);
  });

  it("leaves out disabled rules and categories, and keeps only the enabled ones with enabledOnly", async () => {
    const ids = async (fields: Record<string, string>) => (await json(await form({ text: letter, language: "nl", ...fields }))).matches.map((m) => m.rule.id);
    expect(await ids({ disabledRules: "lexicon/indien,lexicon/dient-te" })).not.toContain("lexicon/indien");
    expect((await ids({ disabledCategories: "HELDER_LANGE_ZINNEN" })).includes("sentence-length")).toBe(false);
    const only = await ids({ enabledOnly: "true", enabledCategories: "HELDER_LANGE_ZINNEN" });
    expect(only.length).toBeGreaterThan(0);
    expect(new Set(only)).toEqual(new Set(["sentence-length"]));
  });

  it("answers another language with no matches and a clear warning, never an error", async () => {
    for (const language of ["de-DE", "en-US", "fr"]) {
      const body = await json(await form({ text: "Indien u belt.", language }));
      expect(body.matches).toEqual([]);
      expect(body.warnings.helder).toMatch(/alleen Nederlands/);
    }
    const english = await json(await form({ text: "If you have any questions, please call us at the office.", language: "auto" }));
    expect(english.matches).toEqual([]);
    expect(english.warnings.helder).toMatch(/geen Nederlands/);
  });

  it("asks for a text when there is none, and lists the Dutch variants", async () => {
    const res = await form({ language: "nl" });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/'text' of 'data'/);
    const languages = (await (await app.request("/v2/languages")).json()) as { longCode: string }[];
    expect(languages.map((l) => l.longCode)).toEqual(["nl-NL", "nl-BE"]);
  });
});
