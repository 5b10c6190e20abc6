// Reads and validates the lexicon data files (Node only; the engine itself does no I/O).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { cachedByHash, cachedByHashV8, projectFiles, type DataFile } from "../data/cached-by-hash.ts";
import { compileLexiconPatterns } from "../engine/lexicon/lexicon-check.ts";
import type { CompiledPattern } from "../engine/lexicon/pattern.ts";
import { validateLexicon, type LexiconEntry } from "../engine/lexicon/schema.ts";
import { projectRoot } from "../server/project-root.ts";

export const lexiconDir = join(projectRoot(), "lexicon");

type ParsedFiles = { name: string; data: unknown }[];

function parseYaml(files: DataFile[]): ParsedFiles {
  return files.map(({ name, text }) => ({ name, data: load(text, { filename: name }) }));
}

function readYamlFiles(dir: string): DataFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".yaml"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
}

let shippedFiles: DataFile[] | undefined;
/** The shipped lexicon's files, read once per process (both caches are keyed by them). */
const shippedYaml = () => (shippedFiles ??= readYamlFiles(lexiconDir));

/** Loads every lexicon/*.yaml file; throws a LexiconError naming file and entry on a bad entry. */
export function loadLexicon(dir: string = lexiconDir): LexiconEntry[] {
  const files = dir === lexiconDir ? shippedYaml() : readYamlFiles(dir);
  // the shipped lexicon passed the schema once, so it passes again (the check is deterministic): about 100 ms
  // less in every worker at start-up
  const validate = () => validateLexicon(parseYaml(files));
  return dir === lexiconDir ? cachedByHash("lexicon", files, validate) : validate();
}

/**
 * The shipped lexicon's patterns, compiled (for createChecker's lexiconPatterns), from dist/lexicon-patterns-cache.v8
 * while the lexicon and the code that compiles it are the same: compiling 5,800 patterns cost 40-55 ms of every
 * start-up.
 */
export function loadLexiconPatterns(): CompiledPattern[] {
  const entries = loadLexicon();
  // the code that compiles patterns: the pattern language, and the tokenizer that splits a pattern's words
  const textCode = readdirSync(join(projectRoot(), "engine/text")).filter((n) => n.endsWith(".ts")).sort().map((n) => `engine/text/${n}`);
  const code = projectFiles(["engine/lexicon/pattern.ts", ...textCode]);
  return cachedByHashV8("lexicon-patterns", [...shippedYaml(), ...code], () => compileLexiconPatterns(entries));
}
