// Terms that a text defines itself: "de Wet maatschappelijke ondersteuning (hierna: Wmo)", "(hierna te noemen:
// 'de verhuurder')". Such a term is explained; expanding it would break the definition.

const hierna = /\(\s*hierna(?:\s+te\s+noemen)?\s*:?\s*["'“”„‘’]?([^()"'“”„‘’]{1,60}?)["'“”„‘’]?\s*\)/giu;

/** The defined terms, lower case (without an article: "de verhuurder" also gives "verhuurder"). */
export function definedTerms(text: string): Set<string> {
  const out = new Set<string>();
  if (!/hierna/i.test(text)) return out;
  for (const m of text.matchAll(hierna)) {
    const term = m[1]!.trim().toLowerCase();
    out.add(term);
    out.add(term.replace(/^(?:de|het|een)\s+/, ""));
  }
  return out;
}

/** The offset lies inside a "(hierna: …)" definition (looks at most 80 characters back and forth). */
export function isInsideDefinition(text: string, offset: number): boolean {
  const from = Math.max(0, offset - 80);
  const open = text.slice(from, offset).lastIndexOf("(");
  if (open < 0) return false;
  const close = text.slice(offset, offset + 80).indexOf(")");
  return close >= 0 && /^\(\s*hierna\b/i.test(text.slice(from + open, from + open + 12));
}
