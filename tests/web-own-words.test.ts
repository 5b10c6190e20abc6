// Own words and lasting ignores of the page: the filter, what is kept in localStorage, and the YAML export that
// helder.config.yaml's own loader must accept.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, ruleFamilies } from "../cli/review/config.ts";
import { applyConfig } from "../cli/review/review-checker.ts";
import { loadLexicon } from "../lexicon/load.ts";
import { defaultChecker } from "../server/default-checker.ts";
import {
  CONFIG_RULE_FAMILIES,
  canDisableRule,
  canKeepWord,
  ownChoicesYaml,
  parseOwnChoices,
  withoutOwn,
  type OwnChoices,
} from "../web/own-words.ts";
import { readFileSync } from "node:fs";

const letter = readFileSync(new URL("./fixtures/huurachterstand.txt", import.meta.url), "utf8");
const report = defaultChecker().check(letter);
const shipped = new Set(loadLexicon().map((e) => e.id));

function exportAndLoad(own: OwnChoices) {
  const dir = mkdtempSync(join(tmpdir(), "helder-own-"));
  const path = join(dir, "helder.config.yaml");
  writeFileSync(path, ownChoicesYaml(own));
  return loadConfig(path, shipped);
}

describe("own words and rules switched off", () => {
  const word = report.findings.find((f) => canKeepWord(f))!;
  const rule = report.findings.find((f) => f.rule === "lexicon" && canDisableRule(f) && f.id !== word.id)!;

  it("offers 'Negeer deze regel' only for the families the config file can switch off", () => {
    expect([...CONFIG_RULE_FAMILIES]).toEqual(ruleFamilies);
    expect(canDisableRule({ id: "lexicon/indien" })).toBe(true);
    expect(canDisableRule({ id: "letter/aanhef" })).toBe(false);
    expect(canKeepWord({ rule: "hard-word", text: "huurovereenkomst" })).toBe(true);
    expect(canKeepWord({ rule: "lexicon", text: "uit hoofde van" })).toBe(false);
    expect(canKeepWord({ rule: "sentence-length", text: "Dit" })).toBe(false);
  });

  it("hides a kept word everywhere in any case, and every remark of a rule that is off", () => {
    expect(word).toBeDefined();
    expect(rule).toBeDefined();
    const own: OwnChoices = { keep: [word.text.toUpperCase()], disable: [{ id: rule.id, label: "x" }] };
    const left = withoutOwn(letter, report.findings, own);
    expect(left.some((f) => f.id === rule.id)).toBe(false);
    expect(left.some((f) => f.rule !== "sentence-length" && f.text.toLowerCase() === word.text.toLowerCase())).toBe(false);
    // the rest stays
    expect(left.length).toBeGreaterThan(report.findings.length / 2);
    expect(left.some((f) => f.rule === "sentence-length")).toBe(true);
  });

  it("exports a file that helder.config.yaml's loader accepts, and that hides the same remarks in helder review", () => {
    const own: OwnChoices = { keep: [word.text, 'een "raar" woord: met # en \\'], disable: [{ id: rule.id, label: "x" }, { id: "passive", label: "y" }] };
    const config = exportAndLoad(own);
    expect(config.keep.map((k) => k.term)).toEqual(own.keep);
    expect(config.disable.map((d) => d.match)).toEqual([rule.id, "passive"]);
    const viaConfig = applyConfig(letter, report, config).findings.map((f) => `${f.id}@${f.start}`);
    const viaPage = withoutOwn(letter, report.findings, own).map((f) => `${f.id}@${f.start}`);
    expect(viaPage).toEqual(viaConfig);
  });

  it("exports an empty choice as empty lists, which load as no settings", () => {
    const config = exportAndLoad({ keep: [], disable: [] });
    expect(config.keep).toEqual([]);
    expect(config.disable).toEqual([]);
  });

  it("reads back what it stored and drops what does not fit", () => {
    const own: OwnChoices = { keep: ["OTS"], disable: [{ id: "lexicon/reeds", label: "Ouderwets woord: reeds" }] };
    expect(parseOwnChoices(JSON.stringify(own))).toEqual(own);
    expect(parseOwnChoices("{kapot")).toEqual({ keep: [], disable: [] });
    expect(parseOwnChoices(JSON.stringify({ keep: ["", 3, "OTS", "OTS"], disable: [{ id: "letter/aanhef", label: "x" }, { id: 1 }] }))).toEqual({
      keep: ["OTS"],
      disable: [],
    });
  });
});
