// Own words and lasting ignores, per browser: "Dit woord is goed" keeps a word (never flagged again) and "Negeer
// deze regel" switches a rule off. Both last in localStorage and export as the keep/disable part of
// helder.config.yaml, so the CLI and the server can use the same choices (README, "Sjablonen controleren").
// The filter works as the config does in cli/review/review-checker.ts: a kept word hides word remarks on any of its
// occurrences (whole words, any case); a rule is off by its finding id or its rule.
import { wordRules } from "../cli/review/word-rules.ts";
import type { Finding } from "./report-types.ts";

export interface OwnRule {
  id: string;
  /** What the user saw, to name the rule in the list: the kind and an example. */
  label: string;
}

export interface OwnChoices {
  keep: string[];
  disable: OwnRule[];
}

export const OWN_STORAGE_KEY = "helder.own";
export const OWN_REASON = "Wij hebben deze regel uitgezet op de Helder-pagina.";
/** The finding id families helder.config.yaml can switch off (ruleFamilies in cli/review/config.ts). */
export const CONFIG_RULE_FAMILIES: readonly string[] = ["lexicon", "pattern", "sentence-length", "passive", "nominal-style", "abbreviation", "hard-word", "rewrite"];

export const noOwnChoices = (): OwnChoices => ({ keep: [], disable: [] });

/** "Dit woord is goed" fits a remark about one word, not a phrase or a sentence. */
export function canKeepWord(f: Pick<Finding, "rule" | "text">): boolean {
  return wordRules.has(f.rule) && /^[\p{L}\p{N}][\p{L}\p{N}.'’-]*$/u.test(f.text.trim());
}

/** "Negeer deze regel" only where helder.config.yaml can say the same. */
export function canDisableRule(f: Pick<Finding, "id">): boolean {
  return CONFIG_RULE_FAMILIES.includes(f.id.split("/")[0]!);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function keptSpans(text: string, terms: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const term of terms) {
    const pattern = term.trim().split(/\s+/).map(escapeRegExp).join("\\s+");
    if (pattern === "") continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, "giu");
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** The findings left when the kept words and the rules switched off are taken out. */
export function withoutOwn<F extends Pick<Finding, "id" | "rule" | "start" | "end">>(text: string, findings: readonly F[], own: OwnChoices): F[] {
  if (own.keep.length === 0 && own.disable.length === 0) return [...findings];
  const off = new Set(own.disable.map((d) => d.id));
  const kept = keptSpans(text, own.keep);
  return findings.filter(
    (f) => !off.has(f.id) && !off.has(f.rule) && !(wordRules.has(f.rule) && kept.some(([s, e]) => f.start < e && s < f.end)),
  );
}

export function parseOwnChoices(stored: string | null | undefined): OwnChoices {
  if (!stored) return noOwnChoices();
  try {
    const raw = JSON.parse(stored) as Partial<OwnChoices>;
    const keep = Array.isArray(raw.keep) ? raw.keep.filter((k): k is string => typeof k === "string" && k.trim() !== "") : [];
    const disable = Array.isArray(raw.disable)
      ? raw.disable.filter((d): d is OwnRule => typeof d?.id === "string" && typeof d.label === "string" && canDisableRule(d))
      : [];
    return { keep: [...new Set(keep)], disable };
  } catch {
    return noOwnChoices();
  }
}

export function loadOwnChoices(storage: Pick<Storage, "getItem"> | undefined): OwnChoices {
  try {
    return parseOwnChoices(storage?.getItem(OWN_STORAGE_KEY));
  } catch {
    return noOwnChoices(); // storage can be switched off
  }
}

export function saveOwnChoices(storage: Pick<Storage, "setItem"> | undefined, own: OwnChoices): void {
  try {
    storage?.setItem(OWN_STORAGE_KEY, JSON.stringify(own));
  } catch {
    // storage full or switched off: the choice lasts for this visit only
  }
}

/** The choices as helder.config.yaml (keep and disable); strings in JSON quotes, which YAML reads as they are. */
export function ownChoicesYaml(own: OwnChoices): string {
  const lines = ["# Eigen woorden en regels van de Helder-pagina. Zet dit in helder.config.yaml."];
  lines.push(own.keep.length > 0 ? "keep:" : "keep: []", ...own.keep.map((k) => `  - ${JSON.stringify(k)}`));
  lines.push(own.disable.length > 0 ? "disable:" : "disable: []");
  for (const d of own.disable) lines.push(`  - id: ${JSON.stringify(d.id)}`, `    reason: ${JSON.stringify(OWN_REASON)}`);
  return `${lines.join("\n")}\n`;
}
