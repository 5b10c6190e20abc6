// Replacement templates of sentence rewrites (docs/rewrites-format.md):
//   {2}             the text of group 2 (or of a named group: {agent}); empty when the group took no part
//   {2|lower-first} the group through one or more named transformations (engine/rewrite/transformations.ts)
//   {2?then}        "then" when group 2 took part, else nothing; {2?then|else} with an else
// "then" and "else" are templates themselves. Everything else is literal text.
import { transformations } from "./transformations.ts";

export type TemplatePart =
  | { kind: "text"; text: string }
  | { kind: "group"; group: string; transforms: string[] }
  | { kind: "if"; group: string; then: TemplatePart[]; else: TemplatePart[] };

export class TemplateError extends Error {}

/** The index of the "}" that closes the "{" at `open`, counting nested braces. */
function closing(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === "{") depth++;
    else if (src[i] === "}" && --depth === 0) return i;
  }
  throw new TemplateError(`'{' zonder '}' in "${src}"`);
}

/** Splits at the first "|" that is not inside braces. */
function splitElse(src: string): [string, string] {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    if (src[i] === "{") depth++;
    else if (src[i] === "}") depth--;
    else if (src[i] === "|" && depth === 0) return [src.slice(0, i), src.slice(i + 1)];
  }
  return [src, ""];
}

export function parseTemplate(src: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let text = "";
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === "}") throw new TemplateError(`'}' zonder '{' in "${src}"`);
    if (c !== "{") {
      text += c;
      i++;
      continue;
    }
    const end = closing(src, i);
    const inner = src.slice(i + 1, end);
    const head = /^([A-Za-z0-9]+)(\?|\||$)/u.exec(inner);
    if (!head) throw new TemplateError(`"{${inner}}" noemt geen groep (een nummer of een naam)`);
    if (text) parts.push({ kind: "text", text });
    text = "";
    const group = head[1]!;
    if (head[2] === "?") {
      const [then, otherwise] = splitElse(inner.slice(head[0].length));
      parts.push({ kind: "if", group, then: parseTemplate(then), else: parseTemplate(otherwise) });
    } else {
      const transforms = head[2] === "|" ? inner.slice(head[0].length).split("|") : [];
      for (const t of transforms) {
        if (!Object.hasOwn(transformations, t)) {
          throw new TemplateError(`onbekende bewerking "${t}"; kies uit: ${Object.keys(transformations).join(", ")}`);
        }
      }
      parts.push({ kind: "group", group, transforms });
    }
    i = end + 1;
  }
  if (text) parts.push({ kind: "text", text });
  return parts;
}

/** Every group a template refers to. */
export function templateGroups(parts: TemplatePart[]): string[] {
  return parts.flatMap((p) => (p.kind === "text" ? [] : p.kind === "group" ? [p.group] : [p.group, ...templateGroups(p.then), ...templateGroups(p.else)]));
}

export function groupValue(m: RegExpExecArray, group: string): string | undefined {
  return /^\d+$/u.test(group) ? m[Number(group)] : m.groups?.[group];
}

/** The filled-in template; undefined when a transformation has no sure answer. */
export function renderTemplate(parts: TemplatePart[], m: RegExpExecArray): string | undefined {
  let out = "";
  for (const p of parts) {
    if (p.kind === "text") {
      out += p.text;
      continue;
    }
    const value = groupValue(m, p.group);
    if (p.kind === "if") {
      const branch = renderTemplate(value ? p.then : p.else, m);
      if (branch === undefined) return undefined;
      out += branch;
      continue;
    }
    if (value === undefined || value === "") continue;
    let v: string | undefined = value;
    for (const t of p.transforms) {
      v = transformations[t]!(v);
      if (v === undefined) return undefined;
    }
    out += v;
  }
  return out;
}
