// helder.config.yaml: an organisation's own words, the terms it keeps, the checks it turns off (each with a
// reason) and its sentence-length thresholds. Checked with a schema; an error names the file, the line and the entry.
import { existsSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { load, YAMLException } from "js-yaml";
import { z } from "zod";
import nl from "zod/v4/locales/nl.js";
import { categories, entrySchema, type LexiconEntry } from "../../engine/lexicon/schema.ts";
import { yamlLines } from "./yaml-lines.ts";

export const CONFIG_FILE = "helder.config.yaml";

const keepTerm = z.union([
  z.string().trim().min(1),
  z.strictObject({ term: z.string().trim().min(1), explanation: z.string().trim().min(1).optional() }),
]);

const disableEntry = z
  .strictObject({ id: z.string().trim().min(1).optional(), category: z.string().trim().min(1).optional(), reason: z.string().trim().min(3) })
  .refine((d) => (d.id === undefined) !== (d.category === undefined), "geef een 'id' of een 'category', niet allebei");

const wordEntry = entrySchema.extend({
  category: z.enum(categories).optional(),
  examples: entrySchema.shape.examples.optional(),
});

const configSchema = z.strictObject({
  words: z.array(wordEntry).optional(),
  keep: z.array(keepTerm).optional(),
  disable: z.array(disableEntry).optional(),
  thresholds: z
    .strictObject({
      sentenceWarnWords: z.number().int().min(5).max(100).optional(),
      sentenceErrorWords: z.number().int().min(5).max(100).optional(),
    })
    .optional(),
  /** How the letters address the reader; the suggestions follow it. */
  address: z.enum(["u", "je"]).optional(),
});

export type ConfigData = z.infer<typeof configSchema>;

/** A checked config, as plain data (it goes to the worker threads as it is). */
export interface ReviewConfig {
  file: string;
  words: LexiconEntry[];
  keep: { term: string; explanation?: string | undefined }[];
  disable: { match: string; kind: "id" | "category"; reason: string }[];
  sentenceWarnWords?: number | undefined;
  sentenceErrorWords?: number | undefined;
  address?: "u" | "je" | undefined;
}

export class ConfigError extends Error {}

/** Families of finding ids; `lexicon/indien`, `hard-word/long` … belong to them. */
export const ruleFamilies = ["lexicon", "pattern", "sentence-length", "passive", "nominal-style", "abbreviation", "hard-word", "rewrite"];
/** Categories of findings outside the lexicon's own (hard words, abbreviations). */
const otherCategories = ["lang woord", "weinig bekend woord", "afkorting"];

function entryName(data: unknown, path: PropertyKey[]): string {
  const [section, index] = path;
  if (typeof index !== "number") return String(section ?? "");
  const item = (data as Record<string, unknown[]>)[String(section)]?.[index] as Record<string, unknown> | string | undefined;
  const name = typeof item === "string" ? item : (item?.id ?? item?.term ?? item?.category);
  return name === undefined ? `${String(section)} nr. ${index + 1}` : `${String(section)}: '${String(name)}'`;
}

/** Finds helder.config.yaml in the folder, or undefined. */
export function findConfig(dir: string = process.cwd()): string | undefined {
  const path = resolve(dir, CONFIG_FILE);
  return existsSync(path) ? path : undefined;
}

export function loadConfig(path: string, shippedIds: ReadonlySet<string>): ReviewConfig {
  const name = basename(path);
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`${name}: Helder kan dit bestand niet lezen (${(error as NodeJS.ErrnoException).code ?? "onbekende fout"}).`);
  }
  let data: unknown;
  try {
    data = load(source, { filename: name }) ?? {};
  } catch (error) {
    const line = error instanceof YAMLException && error.mark ? error.mark.line + 1 : undefined;
    const reason = error instanceof YAMLException ? error.reason : String(error);
    throw new ConfigError(`${name}${line ? `, regel ${line}` : ""}: dit is geen goede YAML (${reason}).`);
  }
  const lineOf = yamlLines(source);
  const fail = (at: PropertyKey[], message: string): never => {
    const line = lineOf(at);
    throw new ConfigError(`${name}${line ? `, regel ${line}` : ""}, ${entryName(data, at)}: ${message}`);
  };

  const parsed = configSchema.safeParse(data, { error: nl().localeError });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.slice(typeof issue.path[1] === "number" ? 2 : 1).join(".");
    fail(issue.path, field ? `${field}: ${issue.message}` : issue.message);
  }
  const config = parsed.data!;

  const words: LexiconEntry[] = [];
  const ids = new Set(shippedIds);
  (config.words ?? []).forEach((w, i) => {
    if (ids.has(w.id)) fail(["words", i], `de id '${w.id}' bestaat al. Kies een andere id.`);
    ids.add(w.id);
    const category = w.category ?? "ambtelijk";
    words.push({
      ...w,
      examples: w.examples ?? [],
      category,
      severity: w.severity ?? "warning",
      firstOnly: w.firstOnly ?? (category === "vaktaal" || category === "afkorting"),
      source: name,
    });
  });

  const knownCategories = new Set<string>([...categories, ...otherCategories]);
  const disable = (config.disable ?? []).map((d, i) => {
    if (d.category !== undefined) {
      if (!knownCategories.has(d.category)) fail(["disable", i], `de categorie '${d.category}' kent Helder niet. Kies uit: ${[...knownCategories].join(", ")}.`);
      return { match: d.category, kind: "category" as const, reason: d.reason };
    }
    const id = d.id!;
    const [family, rest] = id.split(/\/(.*)/s);
    const known = ruleFamilies.includes(family!) && (family !== "lexicon" || rest === undefined || rest === "" || ids.has(rest));
    if (!known) fail(["disable", i], `de regel '${id}' kent Helder niet. Gebruik een id uit het rapport, zoals 'lexicon/indien' of 'passive'.`);
    return { match: id.replace(/\/$/, ""), kind: "id" as const, reason: d.reason };
  });

  const warn = config.thresholds?.sentenceWarnWords;
  const error = config.thresholds?.sentenceErrorWords;
  if (warn !== undefined && error !== undefined && warn > error)
    fail(["thresholds", "sentenceWarnWords"], "sentenceWarnWords mag niet groter zijn dan sentenceErrorWords.");

  return {
    file: path,
    words,
    keep: (config.keep ?? []).map((k) => (typeof k === "string" ? { term: k } : k)),
    disable,
    sentenceWarnWords: warn,
    sentenceErrorWords: error,
    address: config.address,
  };
}
