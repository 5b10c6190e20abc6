// Schema of the lexicon data files (docs/lexicon-format.md). Unknown keys are errors.
import { z } from "zod";

export const categories = [
  "ambtelijk",
  "juridisch",
  "vaktaal",
  "afkorting",
  "toon",
  "formeel",
  "omslachtig",
] as const;

const severity = z.enum(["error", "warning", "info"]);

const alternative = z.strictObject({
  text: z.string().min(1),
  safe: z.boolean(),
  context: z.enum(["sentence-start", "mid-sentence"]).optional(),
  note: z.string().min(1).optional(),
});

const patternString = z
  .string()
  .min(1)
  .refine((p) => !/^\s*(…|\(|\{)/.test(p), "een patroon moet met een woord beginnen");

const matchItem = z.union([
  patternString,
  z.strictObject({ pattern: patternString, alternatives: z.array(alternative) }),
]);

const bracketed = /\[[^\[\]]+\]/;

const example = z.union([
  z.strictObject({
    wrong: z.string().refine((s) => bracketed.test(s), "een 'wrong'-voorbeeld markeert de fout met [ ]"),
    fixed: z.string().optional(),
  }),
  z.strictObject({ right: z.string().min(1) }),
]);

/** Words in lower case, as the matcher compares them with a token's lower-case text, or one punctuation mark (":"). */
const lowerCaseWords = z.array(z.string().regex(/^(?:[\p{Ll}'’-]+|\p{P})$/u, "een woord in kleine letters of één leesteken")).min(1);

export const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  match: z.array(matchItem).min(1),
  message: z.string().min(1).max(300),
  alternatives: z.array(alternative),
  explain: z.string().min(1).optional(),
  severity: severity.optional(),
  firstOnly: z.boolean().optional(),
  /** Words right before a match that make it another word: after "te", "dienen" is the verb "(in)dienen". */
  notAfter: lowerCaseWords.optional(),
  /** Words right after a match that make it part of a fixed name: "spoedeisende hulp" is the emergency room. */
  notBefore: lowerCaseWords.optional(),
  examples: z
    .array(example)
    .min(1)
    .refine((xs) => xs.some((x) => "wrong" in x), "minstens één 'wrong'-voorbeeld"),
});

export const lexiconFileSchema = z.strictObject({
  category: z.enum(categories),
  severity,
  entries: z.array(entrySchema).min(1),
});

export type LexiconAlternative = z.infer<typeof alternative>;
export type LexiconEntryData = z.infer<typeof entrySchema>;
export type LexiconFileData = z.infer<typeof lexiconFileSchema>;

/** A lexicon entry with its file's category and severity resolved. */
export interface LexiconEntry extends LexiconEntryData {
  category: (typeof categories)[number];
  severity: z.infer<typeof severity>;
  firstOnly: boolean;
  /** Where the entry came from, for error messages. */
  source: string;
}

export class LexiconError extends Error {}

/** Validates parsed lexicon files; throws a LexiconError naming the file and the entry. */
export function validateLexicon(files: { name: string; data: unknown }[]): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  const seen = new Map<string, string>();
  for (const { name, data } of files) {
    const parsed = lexiconFileSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issue.path;
      let where = path.join(".");
      if (path[0] === "entries" && typeof path[1] === "number") {
        const raw = (data as { entries?: { id?: unknown }[] }).entries?.[path[1]];
        where = `entry ${JSON.stringify(raw?.id ?? `#${path[1]}`)} (${path.slice(2).join(".") || "entry"})`;
      }
      throw new LexiconError(`lexicon ${name}: ${where}: ${issue.message}`);
    }
    const file = parsed.data;
    for (const e of file.entries) {
      const before = seen.get(e.id);
      if (before) throw new LexiconError(`lexicon ${name}: entry "${e.id}": id also used in ${before}`);
      seen.set(e.id, name);
      entries.push({
        ...e,
        category: file.category,
        severity: e.severity ?? file.severity,
        firstOnly: e.firstOnly ?? (file.category === "vaktaal" || file.category === "afkorting"),
        source: name,
      });
    }
  }
  return entries;
}
