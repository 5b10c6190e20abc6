// What the page shows: the Zinnen view (sentences coloured by level, word marks only for warnings and errors) or
// the Alles view (every mark), and which kinds of remarks. The choice lasts in localStorage.
import { kindOf, type KindKey } from "./finding-kinds.ts";
import type { Finding } from "./report-types.ts";

export type ViewName = "zinnen" | "alles";
export type FilterKey = "woorden" | "lange-zinnen" | "lijdende-vorm" | "toon" | "brief";

export interface ViewOptions {
  view: ViewName;
  /** Kinds the user switched off. */
  hidden: FilterKey[];
  /** Tips (severity info) in the Zinnen view; the Alles view always shows them. */
  tips: boolean;
}

export const FILTERS: ReadonlyArray<{ key: FilterKey; label: string }> = [
  { key: "woorden", label: "Moeilijke woorden" },
  { key: "lange-zinnen", label: "Lange zinnen" },
  { key: "lijdende-vorm", label: "Lijdende vorm" },
  { key: "toon", label: "Toon" },
  { key: "brief", label: "Brief" },
];

export const defaultViewOptions: ViewOptions = { view: "zinnen", hidden: [], tips: false };
export const VIEW_STORAGE_KEY = "helder.view";

const FILTER_OF_KIND: Record<KindKey, FilterKey> = {
  woord: "woorden",
  vaktaal: "woorden",
  uitdrukking: "woorden",
  afkorting: "woorden",
  naamwoordstijl: "woorden",
  toon: "toon",
  "lijdende-vorm": "lijdende-vorm",
  "lange-zin": "lange-zinnen",
  overig: "brief",
};

/** The filter a finding belongs to; remarks about the letter as a whole (salutation, closing …) are "brief". */
export function filterOf(finding: Pick<Finding, "rule" | "category">): FilterKey {
  if (finding.category && /brief/.test(finding.category)) return "brief";
  return FILTER_OF_KIND[kindOf(finding).key];
}

/** The findings drawn and listed with these options. */
export function shownFindings<F extends Pick<Finding, "rule" | "category" | "severity">>(findings: readonly F[], o: ViewOptions): F[] {
  const hidden = new Set(o.hidden);
  return findings.filter((f) => !hidden.has(filterOf(f)) && (o.view === "alles" || o.tips || f.severity !== "info"));
}

/** Reads the stored options; anything unknown falls back to the defaults. */
export function parseViewOptions(stored: string | null | undefined): ViewOptions {
  if (!stored) return { ...defaultViewOptions };
  try {
    const raw = JSON.parse(stored) as Partial<ViewOptions>;
    const keys = new Set(FILTERS.map((f) => f.key));
    return {
      view: raw.view === "alles" ? "alles" : "zinnen",
      hidden: Array.isArray(raw.hidden) ? [...new Set(raw.hidden.filter((k): k is FilterKey => keys.has(k as FilterKey)))] : [],
      tips: raw.tips === true,
    };
  } catch {
    return { ...defaultViewOptions };
  }
}

export function loadViewOptions(storage: Pick<Storage, "getItem"> | undefined): ViewOptions {
  try {
    return parseViewOptions(storage?.getItem(VIEW_STORAGE_KEY));
  } catch {
    return { ...defaultViewOptions }; // storage can be switched off
  }
}

export function saveViewOptions(storage: Pick<Storage, "setItem"> | undefined, o: ViewOptions): void {
  try {
    storage?.setItem(VIEW_STORAGE_KEY, JSON.stringify(o));
  } catch {
    // storage full or switched off: the choice lasts for this visit only
  }
}
