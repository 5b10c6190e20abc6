// Reads and validates the lexicon data files (Node only; the engine itself does no I/O).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { cachedByHash, type DataFile } from "../data/cached-by-hash.ts";
import { validateLexicon, type LexiconEntry } from "../engine/lexicon/schema.ts";
import { projectRoot } from "../server/project-root.ts";

export const lexiconDir = join(projectRoot(), "lexicon");

type ParsedFiles = { name: string; data: unknown }[];

function parseYaml(files: DataFile[]): ParsedFiles {
  return files.map(({ name, text }) => ({ name, data: load(text, { filename: name }) }));
}

/** Loads every lexicon/*.yaml file; throws a LexiconError naming file and entry on a bad entry. */
export function loadLexicon(dir: string = lexiconDir): LexiconEntry[] {
  const files = readdirSync(dir)
    .filter((n) => n.endsWith(".yaml"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
  // the shipped lexicon passed the schema once, so it passes again (the check is deterministic): about 100 ms
  // less in every worker at start-up
  const validate = () => validateLexicon(parseYaml(files));
  return dir === lexiconDir ? cachedByHash("lexicon", files, validate) : validate();
}
