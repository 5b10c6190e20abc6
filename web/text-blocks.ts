// The marks layer is drawn as one block per paragraph. In one block of 20,000 characters every key press made the
// browser lay out the whole text again (8 ms per key on 3,000 words); with blocks it lays out one paragraph.
import type { Span } from "./report-types.ts";

/**
 * Cuts the text into blocks that lay out exactly like the text in one piece (white-space: pre-wrap): a cut comes
 * after a line break that ends a paragraph before an empty line, and after every empty line. A block that ends in
 * its own line break takes no extra line, so each line keeps its place.
 */
export function textBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i + 1 < text.length; i = text.indexOf("\n", i + 1)) {
    if (i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i + 1) === 10) {
      blocks.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length || blocks.length === 0) blocks.push({ start, end: text.length });
  return blocks;
}
