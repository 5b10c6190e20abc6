// LanguageTool's annotated text ("data" parameter): text parts and markup parts. Helder checks the plain text
// (text + interpretAs of the markup) and maps its offsets back to positions in the document with its markup.
import { z } from "zod";

const part = z
  .object({ text: z.string().optional(), markup: z.string().optional(), interpretAs: z.string().optional() })
  .loose()
  .refine((p) => p.text !== undefined || p.markup !== undefined, "a part has text or markup");
export const annotatedSchema = z.object({ annotation: z.array(part).max(200_000) }).loose();

interface Segment {
  /** Start in the plain text and in the document. */
  plainStart: number;
  docStart: number;
  plainLength: number;
  docLength: number;
  /** Text parts map one to one; markup maps as a whole. */
  isText: boolean;
}

export interface AnnotatedText {
  plain: string;
  /** Document position of a plain-text offset; `asEnd` maps an end offset at a boundary to the earlier part. */
  toDocument(plainOffset: number, asEnd?: boolean): number;
}

export function readAnnotated(data: z.infer<typeof annotatedSchema>): AnnotatedText {
  const segments: Segment[] = [];
  const plainParts: string[] = [];
  let plainAt = 0;
  let docAt = 0;
  for (const p of data.annotation) {
    const isText = p.text !== undefined;
    const plain = isText ? p.text! : (p.interpretAs ?? "");
    const doc = isText ? p.text! : p.markup!;
    segments.push({ plainStart: plainAt, docStart: docAt, plainLength: plain.length, docLength: doc.length, isText });
    plainParts.push(plain);
    plainAt += plain.length;
    docAt += doc.length;
  }
  return {
    plain: plainParts.join(""),
    toDocument(offset, asEnd = false) {
      // the last segment that starts at or before the offset (for an end: before it), by binary search
      let lo = 0;
      let hi = segments.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = segments[mid]!;
        if (asEnd ? s.plainStart < offset : s.plainStart <= offset) (found = mid), (lo = mid + 1);
        else hi = mid - 1;
      }
      if (found < 0) return 0;
      const s = segments[found]!;
      const into = offset - s.plainStart;
      if (s.isText) return s.docStart + Math.min(into, s.docLength);
      return into <= 0 ? s.docStart : s.docStart + s.docLength;
    },
  };
}
