// Data made from the shipped data files (the validated lexicon, the parsed rewrite rules), kept as JSON in dist/
// and keyed by a hash of the files: JSON reads about ten times faster than YAML, and what is kept is a pure
// function of the files, so a changed file gives a new key. A read-only install works without the cache.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { projectRoot } from "../server/project-root.ts";

export interface DataFile {
  name: string;
  text: string;
}

/** `make()` of the files, from <dir>/<name>-cache.json when the files are the same as when it was made. */
export function cachedByHash<T>(name: string, files: DataFile[], make: () => T, dir: string = join(projectRoot(), "dist")): T {
  const cacheFile = join(dir, `${name}-cache.json`);
  const key = createHash("sha256").update(files.map((f) => `${f.name}\0${f.text}`).join("\0")).digest("hex");
  try {
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as { key: string; value: T };
    if (cached.key === key && cached.value !== undefined) return cached.value;
  } catch {
    /* no cache yet */
  }
  const value = make(); // throws on a bad file before anything is cached
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ key, value }));
    renameSync(temp, cacheFile);
  } catch {
    /* a read-only install works without the cache */
  }
  return value;
}
