// The lexicon files are validated at load time; a bad entry fails loudly, naming the file and the entry.
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { loadLexicon } from "../lexicon/load.ts";
import { createLexiconCheck } from "../engine/lexicon/lexicon-check.ts";
import { buildDocument } from "../engine/text/document.ts";
import { defaultCheckOptions } from "../engine/types.ts";

const good = `category: ambtelijk
severity: warning
entries:
  - id: indien
    match: [indien]
    message: "Schrijf 'als'."
    alternatives: [{ text: als, safe: true }]
    examples:
      - wrong: "[Indien] u belt, helpen wij u."
        fixed: "Als u belt, helpen wij u."
`;

function lexiconDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "helder-lexicon-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("lexicon validation", () => {
  it("loads a good file", () => {
    expect(loadLexicon(lexiconDir({ "a.yaml": good })).map((e) => e.id)).toEqual(["indien"]);
  });

  it("names file and entry for an unknown key", () => {
    const bad = good.replace("    message:", "    mesage: x\n    message:");
    expect(() => loadLexicon(lexiconDir({ "ambtelijk.yaml": bad }))).toThrow(/ambtelijk\.yaml: entry "indien"/);
  });

  it("names file and entry for a missing wrong example", () => {
    const bad = good.replace(/      - wrong: .*\n        fixed: .*\n/, '      - right: "Als u belt."\n');
    expect(() => loadLexicon(lexiconDir({ "x.yaml": bad }))).toThrow(/x\.yaml: entry "indien".*wrong/);
  });

  it("rejects an unknown category and a bad severity", () => {
    expect(() => loadLexicon(lexiconDir({ "c.yaml": good.replace("ambtelijk", "raar") }))).toThrow(/c\.yaml: category/);
    expect(() => loadLexicon(lexiconDir({ "s.yaml": good.replace("severity: warning", "severity: hoog") }))).toThrow(/s\.yaml: severity/);
  });

  /** The good file with one more line in its entry, and the lexicon ids found in a text with it. */
  const withLine = (line: string) => good.replace("    examples:", `    ${line}\n    examples:`);
  const idsWith = (line: string) => {
    const check = createLexiconCheck(loadLexicon(lexiconDir({ "n.yaml": withLine(line) })));
    return (text: string) => check.run(buildDocument(text), defaultCheckOptions).map((f) => f.id);
  };

  it("keeps notAfter words out of a match, and rejects a notAfter that is no lower-case word", () => {
    const ids = idsWith("notAfter: [zo]");
    expect(ids("Indien u belt, helpen wij u.")).toEqual(["lexicon/indien"]);
    expect(ids("Het is zo indien u belt.")).toEqual([]);
    expect(() => loadLexicon(lexiconDir({ "m.yaml": withLine("notAfter: [Te]") }))).toThrow(/m\.yaml: entry "indien" \(notAfter/);
  });

  it("keeps a match out when a notBefore word follows it, and rejects a notBefore that is no lower-case word", () => {
    const ids = idsWith("notBefore: [nodig]");
    expect(ids("Indien u belt, helpen wij u.")).toEqual(["lexicon/indien"]);
    expect(ids("Wij helpen u indien nodig.")).toEqual([]);
    expect(ids("Wij helpen u indien.")).toEqual(["lexicon/indien"]);
    expect(() => loadLexicon(lexiconDir({ "m.yaml": withLine("notBefore: [Nodig]") }))).toThrow(/m\.yaml: entry "indien" \(notBefore/);
  });

  it("rejects a duplicate id across files", () => {
    expect(() => loadLexicon(lexiconDir({ "a.yaml": good, "b.yaml": good }))).toThrow(/b\.yaml: entry "indien": id also used in a\.yaml/);
  });

  it("names the file on a YAML syntax error", () => {
    expect(() => loadLexicon(lexiconDir({ "kapot.yaml": good + "  - id: [unclosed\n" }))).toThrow(/kapot\.yaml/);
  });

  it("names file and entry for a pattern that cannot compile", () => {
    const entries = loadLexicon(lexiconDir({ "p.yaml": good.replace("match: [indien]", 'match: ["indien …20 te"]') }));
    expect(() => createLexiconCheck(entries)).toThrow(/p\.yaml: entry "indien": patroon/);
  });
});

describe("the shipped lexicon", () => {
  const entries = loadLexicon();
  it("has at least 300 curated entries in every category", () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    expect(new Set(entries.map((e) => e.category))).toEqual(new Set(["ambtelijk", "juridisch", "vaktaal", "afkorting", "toon", "formeel", "omslachtig"]));
  });
  it("gives every vaktaal entry an explanation or an alternative", () => {
    const hasAlternative = (e: (typeof entries)[number]) =>
      e.alternatives.length > 0 || e.match.some((m) => typeof m !== "string" && m.alternatives.length > 0);
    for (const e of entries.filter((x) => x.category === "vaktaal")) expect(Boolean(e.explain) || hasAlternative(e), e.id).toBe(true);
  });
});
