// How a finding is shown: its kind (for colour, grouping and the label) and its severity word.
import type { Finding, Severity } from "./report-types.ts";

export type KindKey =
  | "woord"
  | "vaktaal"
  | "toon"
  | "uitdrukking"
  | "afkorting"
  | "naamwoordstijl"
  | "lijdende-vorm"
  | "lange-zin"
  | "overig";

export interface Kind {
  key: KindKey;
  /** Short label, e.g. in the card heading. */
  label: string;
  /** Label for a group in the side panel. */
  groupLabel: string;
  /** Sentence-wide findings get a background; word findings an underline. */
  scope: "word" | "sentence";
}

const KINDS: Record<KindKey, Kind> = {
  woord: { key: "woord", label: "Moeilijk woord", groupLabel: "Moeilijke woorden", scope: "word" },
  vaktaal: { key: "vaktaal", label: "Vaktaal", groupLabel: "Vaktaal", scope: "word" },
  toon: { key: "toon", label: "Toon", groupLabel: "Toon", scope: "word" },
  uitdrukking: { key: "uitdrukking", label: "Stijve zin", groupLabel: "Stijve zinnen", scope: "word" },
  afkorting: { key: "afkorting", label: "Afkorting", groupLabel: "Afkortingen", scope: "word" },
  naamwoordstijl: { key: "naamwoordstijl", label: "Naamwoordstijl", groupLabel: "Naamwoordstijl", scope: "word" },
  "lijdende-vorm": { key: "lijdende-vorm", label: "Lijdende vorm", groupLabel: "Lijdende vorm", scope: "word" },
  "lange-zin": { key: "lange-zin", label: "Lange zin", groupLabel: "Lange zinnen", scope: "sentence" },
  overig: { key: "overig", label: "Opmerking", groupLabel: "Overige opmerkingen", scope: "word" },
};

/** Display order of the groups in the side panel. */
export const KIND_ORDER: KindKey[] = [
  "woord",
  "uitdrukking",
  "vaktaal",
  "afkorting",
  "toon",
  "naamwoordstijl",
  "lijdende-vorm",
  "lange-zin",
  "overig",
];

export function kindOf(finding: Pick<Finding, "rule" | "category">): Kind {
  switch (finding.rule) {
    case "sentence-length":
      return KINDS["lange-zin"];
    case "passive":
      return KINDS["lijdende-vorm"];
    case "nominal-style":
      return KINDS.naamwoordstijl;
    case "abbreviation":
      return KINDS.afkorting;
    case "pattern":
      return finding.category === "toon" ? KINDS.toon : KINDS.uitdrukking;
    case "lexicon":
    case "hard-word":
      if (finding.category === "vaktaal") return KINDS.vaktaal;
      if (finding.category === "toon") return KINDS.toon;
      if (finding.category === "afkorting") return KINDS.afkorting;
      return KINDS.woord;
    default:
      return KINDS.overig;
  }
}

export function kindByKey(key: KindKey): Kind {
  return KINDS[key];
}

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "Moet anders",
  warning: "Kan beter",
  info: "Tip",
};

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
