// Reads and compiles the sentence rewrite rules in rewrites/*.yaml (Node only; the engine itself does no I/O).
// Files run in name order, rules in file order.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { compileRewriteRules, type RewriteRule } from "../engine/rewrite/rules.ts";
import { projectRoot } from "../server/project-root.ts";

export const rewritesDir = join(projectRoot(), "rewrites");

/** Loads every rewrites/*.yaml file; throws a RewriteRuleError naming file and rule on a bad rule. */
export function loadRewriteRules(dir: string = rewritesDir): RewriteRule[] {
  const files = readdirSync(dir)
    .filter((n) => n.endsWith(".yaml"))
    .sort()
    .map((name) => ({ name, data: load(readFileSync(join(dir, name), "utf8"), { filename: name }) }));
  return compileRewriteRules(files);
}
