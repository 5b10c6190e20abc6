// The project's root folder (where package.json says "helder"), found from this file upward. Data files are
// read relative to it, so the code works the same from the sources (tsx, vitest) and from the bundle in dist/.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

export function projectRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && /"name":\s*"helder"/.test(readFileSync(pkg, "utf8"))) return (cached = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error("helder: package.json of the project not found");
    dir = up;
  }
}

/** The version in package.json, for the places that name it (the LanguageTool API's /v2/info). */
export function projectVersion(): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as { version?: unknown };
  return typeof pkg.version === "string" ? pkg.version : "0";
}
