// Reads and compiles the sentence rewrite rules in rewrites/*.yaml (Node only; the engine itself does no I/O).
// Files run in name order, rules in file order.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { cachedByHash } from "../data/cached-by-hash.ts";
import { compileRewriteRules, type RewriteRule } from "../engine/rewrite/rules.ts";
import { projectRoot } from "../server/project-root.ts";

export const rewritesDir = join(projectRoot(), "rewrites");

/** Loads every rewrites/*.yaml file; throws a RewriteRuleError naming file and rule on a bad rule. */
export function loadRewriteRules(dir: string = rewritesDir): RewriteRule[] {
  const files = readdirSync(dir)
    .filter((n) => n.endsWith(".yaml"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
  const parse = () => files.map(({ name, text }) => ({ name, data: load(text, { filename: name }) as unknown }));
  // the shipped rules' YAML is read from a JSON copy; every rule is still checked and compiled
  return compileRewriteRules(dir === rewritesDir ? cachedByHash("rewrites", files, parse) : parse());
}
