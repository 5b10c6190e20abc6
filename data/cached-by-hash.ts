// Data made from the shipped data files (the validated lexicon, the parsed rewrite rules, the word frequencies with
// their compound-part trie), kept in dist/ and keyed by a hash of the files: reading it back is many times faster
// than making it again, and what is kept is a pure function of the files, so a changed file gives a new key. A
// read-only install works without the cache.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { projectRoot } from "../server/project-root.ts";

export interface DataFile {
  name: string;
  text: string;
}

interface Format<T> {
  suffix: string;
  /** What else the key holds besides the files (a format that changes with the Node version holds that). */
  keyPrefix: string;
  write(entry: { key: string; value: T }): string | Uint8Array;
  read(bytes: Buffer): { key: string; value: T };
}

const json: Format<unknown> = {
  suffix: "json",
  keyPrefix: "",
  write: (entry) => JSON.stringify(entry),
  read: (bytes) => JSON.parse(bytes.toString("utf8")) as { key: string; value: unknown },
};

// V8's own format keeps Maps and typed arrays as they are (JSON cannot); it can change with the Node version,
// which is therefore part of the key.
const v8: Format<unknown> = {
  suffix: "v8",
  keyPrefix: `${process.version}\0`,
  write: (entry) => serialize(entry),
  read: (bytes) => deserialize(bytes) as { key: string; value: unknown },
};

function cached<T>(format: Format<T>, name: string, files: DataFile[], make: () => T, dir: string): T {
  const cacheFile = join(dir, `${name}-cache.${format.suffix}`);
  const key = createHash("sha256").update(format.keyPrefix + files.map((f) => `${f.name}\0${f.text}`).join("\0")).digest("hex");
  try {
    const entry = format.read(readFileSync(cacheFile));
    if (entry.key === key && entry.value !== undefined) return entry.value;
  } catch {
    /* no cache yet */
  }
  const value = make(); // throws on a bad file before anything is cached
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    // unique per writer: test files and server workers run as threads of one process and may write at once
    const temp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temp, format.write({ key, value }));
    renameSync(temp, cacheFile);
  } catch {
    /* a read-only install works without the cache */
  }
  return value;
}

/** Files of the project (data, or the code that makes the kept data) by their paths from the project's root. */
export function projectFiles(paths: string[]): DataFile[] {
  return paths.map((name) => ({ name, text: readFileSync(join(projectRoot(), name), "utf8") }));
}

/** `make()` of the files, from <dir>/<name>-cache.json when the files are the same as when it was made. */
export function cachedByHash<T>(name: string, files: DataFile[], make: () => T, dir: string = join(projectRoot(), "dist")): T {
  return cached(json as Format<T>, name, files, make, dir);
}

/**
 * The same for data JSON cannot hold (Maps, typed arrays), in V8's format (<dir>/<name>-cache.v8). `files` should
 * include the code that makes the value when the value depends on more than the data.
 */
export function cachedByHashV8<T>(name: string, files: DataFile[], make: () => T, dir: string = join(projectRoot(), "dist")): T {
  return cached(v8 as Format<T>, name, files, make, dir);
}
