// Dutch number words up to 99 ("dertig", "vierentwintig", "één") → their value, for "30 dagen" = "dertig dagen".
const units: Record<string, number> = {
  één: 1, eén: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9,
};
const teens: Record<string, number> = {
  tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
};
const tens: Record<string, number> = {
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100,
};

/** The value of a Dutch number word, or undefined. "een" is left out: it is mostly the article. */
export function numberWordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w in units) return units[w];
  if (w in teens) return teens[w];
  if (w in tens) return tens[w];
  // eenentwintig, tweeëndertig, vierenveertig
  const m = /^(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(w);
  if (m) return (m[1] === "een" || m[1] === "één" ? 1 : units[m[1]!]!) + tens[m[2]!]!;
  return undefined;
}
