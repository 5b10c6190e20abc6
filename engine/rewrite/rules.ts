// Sentence rewrite rules: the schema of the data files (rewrites/*.yaml, docs/rewrites-format.md) and their
// compilation to regexes and templates. Pure: the Node adapter (rewrites/load.ts) reads and parses the files.
import { z } from "zod";
import { groupValue, parseTemplate, renderTemplate, templateGroups, TemplateError, type TemplatePart } from "./template.ts";

const text = z.string().min(1);

const condition = z
  .strictObject({
    /** A group of the match by number or name, or "sentence": the whole sentence. */
    group: z.union([z.number().int().min(0), z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/u)]),
    matches: text.optional(),
    "not-matches": text.optional(),
  })
  .refine((c) => c.matches !== undefined || c["not-matches"] !== undefined, "een voorwaarde heeft 'matches' of 'not-matches'");

const caseSchema = z.strictObject({
  match: text,
  replace: z.string(),
  require: z.array(condition).optional(),
});

const example = z.strictObject({ before: text, after: text });

const ruleSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, "een id is kleine letters, cijfers en streepjes"),
    note: z.string().regex(/^[A-Z'].{10,}[.!']$/u, "een 'note' is een hele zin met een hoofdletter en een punt"),
    safe: z.union([z.boolean(), z.strictObject({ when: z.array(condition).min(1) })]),
    minWords: z.number().int().min(1).optional(),
    match: text.optional(),
    replace: z.string().optional(),
    require: z.array(condition).optional(),
    cases: z.array(caseSchema).min(1).optional(),
    examples: z.array(example).min(1),
  })
  .refine((r) => (r.cases === undefined) === (r.match !== undefined && r.replace !== undefined), "een regel heeft 'match' en 'replace', of 'cases'")
  .refine((r) => r.cases === undefined || r.require === undefined, "bij 'cases' staat 'require' in elk geval");

export const rewriteFileSchema = z.strictObject({
  /** Named pieces of regex, used in patterns as {{NAME}}. */
  define: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/u), text).optional(),
  rules: z.array(ruleSchema).min(1),
});

export type RewriteFile = z.infer<typeof rewriteFileSchema>;

export interface RewriteCondition {
  group: string;
  matches?: RegExp;
  notMatches?: RegExp;
}

export interface RewriteCase {
  pattern: RegExp;
  template: TemplatePart[];
  require: RewriteCondition[];
}

export interface RewriteRule {
  id: string;
  /** B1 Dutch: what the rewrite does, shown as the suggestion's note. */
  note: string;
  /** true, false, or conditions on the match that must all hold for the rewrite to be safe. */
  safe: boolean | RewriteCondition[];
  /** Only for sentences of at least this many words (splits of long sentences). */
  minWords?: number;
  /** Tried in order; the first that matches, passes its conditions and fills its template gives the rewrite. */
  cases: RewriteCase[];
  examples: { before: string; after: string }[];
  /** The data file the rule comes from. */
  source: string;
}

export class RewriteRuleError extends Error {}

/**
 * Quantifiers without an upper bound (*, +, {n,}) outside character classes. Every quantifier has a bound and
 * sentences over 400 characters are skipped, so a rule's cost per sentence has a fixed ceiling.
 */
function unboundedQuantifier(source: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "*" || c === "+") return c;
    else if (c === "{") {
      const q = /^\{\d+,\}/u.exec(source.slice(i));
      if (q) return q[0];
    }
  }
  return undefined;
}

function compilePattern(source: string, define: Record<string, string>): RegExp {
  let expanded = source;
  // a defined piece may use other pieces; five levels are plenty and stop a piece that names itself
  for (let depth = 0; /\{\{[A-Z]/u.test(expanded); depth++) {
    if (depth === 5) throw new RewriteRuleError("een stuk onder 'define' gebruikt zichzelf");
    expanded = expanded.replace(/\{\{([A-Z][A-Z0-9_]*)\}\}/gu, (_, name: string) => {
      const piece = define[name];
      if (piece === undefined) throw new RewriteRuleError(`{{${name}}} staat niet onder 'define'`);
      return piece;
    });
  }
  const unbounded = unboundedQuantifier(expanded);
  if (unbounded) throw new RewriteRuleError(`"${unbounded}" in een patroon heeft geen grens; schrijf bijvoorbeeld {1,60}`);
  try {
    return new RegExp(expanded, "u");
  } catch (e) {
    throw new RewriteRuleError(`fout patroon: ${(e as Error).message}`);
  }
}

/** Group numbers and names a pattern has. */
function groupsOf(pattern: RegExp): Set<string> {
  const m = new RegExp(`${pattern.source}|`, "u").exec("")!;
  const out = new Set<string>(["sentence"]);
  for (let i = 0; i < m.length; i++) out.add(String(i));
  for (const name of Object.keys(m.groups ?? {})) out.add(name);
  return out;
}

function checkGroups(names: Iterable<string>, known: Set<string>) {
  for (const g of names) if (!known.has(g)) throw new RewriteRuleError(`het patroon heeft geen groep ${g}`);
}

function compileCondition(c: z.infer<typeof condition>, define: Record<string, string>): RewriteCondition {
  return {
    group: String(c.group),
    ...(c.matches !== undefined && { matches: compilePattern(c.matches, define) }),
    ...(c["not-matches"] !== undefined && { notMatches: compilePattern(c["not-matches"], define) }),
  };
}

export function conditionsHold(conditions: RewriteCondition[], m: RegExpExecArray): boolean {
  return conditions.every((c) => {
    const value = (c.group === "sentence" ? m.input : groupValue(m, c.group)) ?? "";
    return (!c.matches || c.matches.test(value)) && (!c.notMatches || !c.notMatches.test(value));
  });
}

/** The replacement for the first case that applies, with its match; undefined when none does. */
export function firstCase(rule: RewriteRule, sentence: string): { m: RegExpExecArray; replacement: string } | undefined {
  for (const c of rule.cases) {
    const m = c.pattern.exec(sentence);
    if (!m || !conditionsHold(c.require, m)) continue;
    const replacement = renderTemplate(c.template, m);
    if (replacement !== undefined) return { m, replacement: replacement.replace(/ +(?=[.,;?!])/gu, "") };
  }
  return undefined;
}

function compileRule(rule: z.infer<typeof ruleSchema>, define: Record<string, string>, source: string): RewriteRule {
  const rawCases = rule.cases ?? [{ match: rule.match!, replace: rule.replace!, require: rule.require }];
  const cases = rawCases.map((c, i): RewriteCase => {
    const where = rawCases.length > 1 ? `geval ${i + 1}: ` : "";
    try {
      const pattern = compilePattern(c.match, define);
      const template = parseTemplate(c.replace);
      const require = (c.require ?? []).map((x) => compileCondition(x, define));
      const known = groupsOf(pattern);
      checkGroups([...templateGroups(template), ...require.map((x) => x.group)], known);
      return { pattern, template, require };
    } catch (e) {
      if (e instanceof RewriteRuleError || e instanceof TemplateError) throw new RewriteRuleError(where + e.message);
      throw e;
    }
  });
  const safe = typeof rule.safe === "boolean" ? rule.safe : rule.safe.when.map((x) => compileCondition(x, define));
  if (typeof safe !== "boolean") for (const c of cases) checkGroups(safe.map((x) => x.group), groupsOf(c.pattern));
  return { id: rule.id, note: rule.note, safe, cases, examples: rule.examples, source, ...(rule.minWords !== undefined && { minWords: rule.minWords }) };
}

/** Validates and compiles parsed rewrite files, in order; throws a RewriteRuleError naming the file and the rule. */
export function compileRewriteRules(files: { name: string; data: unknown }[]): RewriteRule[] {
  const rules: RewriteRule[] = [];
  const seen = new Map<string, string>();
  for (const { name, data } of files) {
    const parsed = rewriteFileSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issue.path;
      let where = path.join(".") || "bestand";
      if (path[0] === "rules" && typeof path[1] === "number") {
        const raw = (data as { rules?: { id?: unknown }[] }).rules?.[path[1]];
        where = `rule ${JSON.stringify(raw?.id ?? `#${path[1]}`)} (${path.slice(2).join(".") || "regel"})`;
      }
      throw new RewriteRuleError(`rewrites ${name}: ${where}: ${issue.message}`);
    }
    const define = parsed.data.define ?? {};
    for (const r of parsed.data.rules) {
      const before = seen.get(r.id);
      if (before) throw new RewriteRuleError(`rewrites ${name}: rule "${r.id}": id ook gebruikt in ${before}`);
      seen.set(r.id, name);
      try {
        rules.push(compileRule(r, define, name));
      } catch (e) {
        if (e instanceof RewriteRuleError) throw new RewriteRuleError(`rewrites ${name}: rule "${r.id}": ${e.message}`);
        throw e;
      }
    }
  }
  return rules;
}
