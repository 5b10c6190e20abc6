// Node's flags as an npm script passes them (package.json), so a bench starts the server or the CLI as a user does.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export function nodeFlagsOf(script: "start" | "helder"): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  return scripts[script]!.split(/\s+/).filter((a) => a.startsWith("--"));
}
