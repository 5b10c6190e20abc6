// The marks layer's paragraph blocks: together exactly the text, cut only where a block boundary adds no line.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textBlocks } from "../web/text-blocks.ts";

const pieces = (text: string) => textBlocks(text).map((b) => text.slice(b.start, b.end));

describe("textBlocks", () => {
  it("cuts after the line that ends a paragraph and after each empty line, never inside a paragraph", () => {
    expect(pieces("Geachte heer,\n\nU moet betalen.\nDat is vóór 1 mei.\n\n\nGroet")).toEqual([
      "Geachte heer,\n",
      "\n",
      "U moet betalen.\nDat is vóór 1 mei.\n",
      "\n",
      "\n",
      "Groet",
    ]);
    expect(pieces("\nA")).toEqual(["\n", "A"]);
    expect(pieces("A\n")).toEqual(["A\n"]);
    expect(pieces("")).toEqual([""]);
  });

  it("gives blocks that together are the text, each ending where the next starts", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab \n]{0,40}$/), (text) => {
        const blocks = textBlocks(text);
        expect(blocks.map((b) => text.slice(b.start, b.end)).join("")).toBe(text);
        for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.start).toBe(blocks[i - 1]!.end);
        // every block but the last ends in a line break, so the next one starts on a new line anyway
        for (const b of blocks.slice(0, -1)) expect(text[b.end - 1]).toBe("\n");
      }),
    );
  });
});
