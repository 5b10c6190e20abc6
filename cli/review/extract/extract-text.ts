// The text Helder checks in a template file, by its kind.
import { ReviewFileError } from "../review-error.ts";
import { decodeText } from "./decode-text.ts";
import { docxText } from "./docx.ts";
import { htmlText } from "./html.ts";
import { markdownText } from "./markdown.ts";
import { odtText } from "./odt.ts";

export type TemplateFormat = "txt" | "md" | "html" | "docx" | "odt";

const byExtension: Record<string, TemplateFormat> = { txt: "txt", text: "txt", md: "md", markdown: "md", html: "html", htm: "html", docx: "docx", odt: "odt" };

/** The format of a file name, or undefined when Helder does not read that kind of file. */
export function formatOf(path: string): TemplateFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext ? byExtension[ext] : undefined;
}

export async function extractText(bytes: Uint8Array, format: TemplateFormat): Promise<string> {
  switch (format) {
    case "txt":
      return decodeText(bytes);
    case "md":
      return markdownText(decodeText(bytes));
    case "html":
      return htmlText(decodeText(bytes));
    case "docx":
      if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw new ReviewFileError("old-word"); // an old .doc renamed
      return docxText(bytes);
    case "odt":
      return odtText(bytes);
  }
}
