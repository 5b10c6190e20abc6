// Reads and validates the lexicon data files (Node only; the engine itself does no I/O).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { load } from "js-yaml";
import { validateLexicon, type LexiconEntry } from "../engine/lexicon/schema.ts";
import { projectRoot } from "../server/project-root.ts";

export const lexiconDir = join(projectRoot(), "lexicon");
/** The validated shipped lexicon, keyed by a hash of the files (see cachedLexicon). */
const cacheFile = join(projectRoot(), "dist", "lexicon-cache.json");

type ParsedFiles = { name: string; data: unknown }[];

function parseYaml(files: { name: string; text: string }[]): ParsedFiles {
  return files.map(({ name, text }) => ({ name, data: load(text, { filename: name }) }));
}

/**
 * The shipped lexicon, validated, from a cache keyed by a hash of the files: JSON reads ten times faster than YAML,
 * and entries that passed the schema once pass it again (the check is deterministic), which saves about 100 ms in
 * every worker at start-up. A bad entry throws before anything is cached.
 */
function cachedLexicon(files: { name: string; text: string }[]): LexiconEntry[] {
  const key = createHash("sha256").update(files.map((f) => `${f.name}\0${f.text}`).join("\0")).digest("hex");
  try {
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as { key: string; entries: LexiconEntry[] };
    if (cached.key === key && Array.isArray(cached.entries)) return cached.entries;
  } catch {
    /* no cache yet */
  }
  const entries = validateLexicon(parseYaml(files));
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ key, entries }));
    renameSync(temp, cacheFile);
  } catch {
    /* a read-only install works without the cache */
  }
  return entries;
}

/** Loads every lexicon/*.yaml file; throws a LexiconError naming file and entry on a bad entry. */
export function loadLexicon(dir: string = lexiconDir): LexiconEntry[] {
  const files = readdirSync(dir)
    .filter((n) => n.endsWith(".yaml"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
  return dir === lexiconDir ? cachedLexicon(files) : validateLexicon(parseYaml(files));
}
