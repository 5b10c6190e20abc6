// Reads and validates the lexicon data files (Node only; the engine itself does no I/O).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { validateLexicon, type LexiconEntry } from "../engine/lexicon/schema.ts";
import { projectRoot } from "../server/project-root.ts";

export const lexiconDir = join(projectRoot(), "lexicon");

/** Loads every lexicon/*.yaml file; throws a LexiconError naming file and entry on a bad entry. */
export function loadLexicon(dir: string = lexiconDir): LexiconEntry[] {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith(".yaml"))
    .sort();
  return validateLexicon(names.map((name) => ({ name, data: load(readFileSync(join(dir, name), "utf8"), { filename: name }) })));
}
