// Dutch abbreviations that letters use. Lower case, with their dots.
// "never-final": a full stop after them never ends a sentence (titles, words that need a follower).
// "may-final": they can end a sentence ("… water enz. Deze kosten …"); they end one before a capital.
// A dotted abbreviation in neither list (v.d., d.m.v.) needs a follower and never ends a sentence.

const neverFinal = [
  // titles and forms of address
  "mr.", "dhr.", "mevr.", "mw.", "drs.", "dr.", "ir.", "ing.", "prof.", "st.", "ds.", "bc.",
  // notes that start a sentence
  "n.b.", "p.s.",
  // abbreviations that need a follower
  "nr.", "art.", "blz.", "pag.", "tel.", "fax.", "ca.", "resp.", "bijv.", "bv.", "vb.", "o.a.", "i.v.m.",
  "t.a.v.", "m.b.t.", "t.b.v.", "t.o.v.", "i.p.v.", "o.b.v.", "d.d.", "m.i.v.", "d.w.z.", "m.n.", "vnl.",
  "zgn.", "i.o.m.", "i.s.m.", "m.u.v.", "o.v.v.", "t.w.v.", "v.w.b.", "c.q.", "excl.", "incl.", "p.p.",
  "vgl.", "ong.", "max.", "min.", "gem.", "mln.", "mld.", "nl.", "evt.",
  "w.o.", "t.w.", "i.c.m.", "m.a.w.", "o.l.v.", "p/a.", "adv.", "ivm.", "tav.", "mbt.", "bijl.", "geb.", "v.d.",
  "d.m.v.", "i.o.v.", "t.g.v.", "i.h.k.v.", "a.d.h.v.", "n.a.v.", "m.i.", "o.i.", "z.i.", "i.h.a.", "t.n.v.",
  "i.o.", "ter.", "afd.", "dir.", "secr.", "wethr.", "burg.", "zgn.", "jhr.", "kand.", "lic.", "mgr.", "ds.",
];

const mayFinal = ["enz.", "e.d.", "z.s.m.", "a.s.", "etc.", "e.a.", "o.i.d.", "e.v.", "j.l.", "jl.", "e.o.", "t.z.t.", "a.u.b.", "z.o.z.", "p.m.", "e.d.m.", "c.s."];

/** Month abbreviations are abbreviations only next to a number ("3 jan. 2024"); "Jan." can be a name. */
export const monthAbbreviations = new Set([
  "jan.", "feb.", "febr.", "mrt.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "dec.",
]);

export const neverFinalAbbreviations = new Set(neverFinal);
export const mayFinalAbbreviations = new Set(mayFinal);

export function isKnownAbbreviation(lower: string): boolean {
  return neverFinalAbbreviations.has(lower) || mayFinalAbbreviations.has(lower) || monthAbbreviations.has(lower);
}

/** Acronyms of four or more capitals that are not template placeholders. */
export const longAcronyms = new Set([
  "WSNP", "HAVO", "VMBO", "ADHD", "NIBUD", "BOPZ", "NVVK", "AMHK", "IBAN", "COVID", "AOW", "ANWB", "KNMI",
  "VWO", "WMO", "WLZ", "JGZ", "GGZ", "GGD", "UWV", "CJG", "SVB", "BSN", "DUO", "CAK", "PGB", "IND", "CBR",
  "RVDK", "RAAD", "NVWA", "OV", "HBO", "MBO", "WO", "PDF", "HTML", "ZZP", "BTW", "ICT", "OTS", "VOG",
  "KVK", "WWB", "IOAW", "IOAZ", "TOZO", "WAJONG", "WIA", "WAO", "WW", "ZW", "NOW", "LVB", "AWBZ", "GBA",
  "BRP", "DIGID", "RDW", "CIZ", "MEE", "JIM", "FACT", "MDT", "SAVE", "ZSM", "VNG", "NJI", "JBRA",
]);
