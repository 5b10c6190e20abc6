// Text of an OpenDocument text file (.odt): page headers and footers (from the styles) and the body, as
// paragraphs. Fields a letter is filled in with (mail-merge columns, placeholders, user fields) become «name».
import { ReviewFileError } from "../review-error.ts";

const TOKEN = /<[^>]*>|[^<]+/g;
const NAME = /^<\/?([A-Za-z_][\w.-]*(?::[\w.-]+)?)/;
const PARAGRAPHS = new Set(["text:p", "text:h"]);
/** Not read: comments, notes, deleted text in tracked changes, image titles, the names of sequences. */
const SKIPPED = new Set(["office:annotation", "text:note", "text:tracked-changes", "svg:title", "svg:desc", "text:sequence-decls", "text:variable-decls", "text:user-field-decls"]);
const FIELDS: Record<string, string> = { "text:database-display": "text:column-name", "text:user-field-get": "text:name", "text:variable-get": "text:name" };

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === "lt" ? "<" : e === "gt" ? ">" : e === "amp" ? "&" : e === "quot" ? '"' : e === "apos" ? "'" : String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}

function paragraphs(xml: string, within?: RegExp): string[] {
  const out: string[] = [];
  let line = "";
  let skipping = 0;
  let fieldDepth = 0;
  let inside = within ? 0 : 1;
  for (const m of xml.matchAll(TOKEN)) {
    const token = m[0];
    if (token[0] !== "<") {
      if (inside > 0 && skipping === 0 && fieldDepth === 0) line += decodeXml(token);
      continue;
    }
    const name = NAME.exec(token)?.[1] ?? "";
    const closing = token[1] === "/";
    const selfClosing = token.endsWith("/>");
    if (within && within.test(name)) {
      if (!selfClosing) inside += closing ? -1 : 1;
      continue;
    }
    if (inside <= 0) continue;
    if (SKIPPED.has(name)) {
      if (!selfClosing) skipping += closing ? -1 : 1;
      continue;
    }
    if (skipping > 0) continue;
    if (name in FIELDS) {
      // the shown text is the value of the last merge or a prompt: the field's name is what the letter means
      if (closing) fieldDepth--;
      else {
        const column = new RegExp(`\\s${FIELDS[name]!}="([^"]*)"`).exec(token)?.[1];
        line += column ? `«${decodeXml(column)}»` : "«invulveld»";
        if (!selfClosing) fieldDepth++;
      }
      continue;
    }
    if (name === "text:s") line += " ".repeat(Number(/\stext:c="(\d+)"/.exec(token)?.[1] ?? 1));
    else if (name === "text:tab") line += "\t";
    else if (name === "text:line-break") line += "\n";
    else if (PARAGRAPHS.has(name) && (closing || selfClosing)) {
      out.push(line);
      line = "";
    }
  }
  return out;
}

/** The shown text of <text:placeholder>&lt;Naam&gt;</text:placeholder> is its prompt: it becomes «Naam». */
function markPlaceholders(xml: string): string {
  return xml.replace(/<text:placeholder\b[^>]*>([\s\S]*?)<\/text:placeholder>/g, (_, prompt: string) => {
    const name = decodeXml(prompt.replace(/<[^>]*>/g, "")).replace(/^[<«\s]+|[>»\s]+$/g, "") || "invulveld";
    return `«${name.replace(/&/g, "&amp;").replace(/</g, "&lt;")}»`;
  });
}

/** Paragraphs apart by a blank line, as mammoth gives a Word file: a paragraph never runs into the next. */
function joined(lines: string[]): string {
  return lines.map((l) => l.trim()).filter((l) => l !== "").join("\n\n");
}

export async function odtText(bytes: Uint8Array): Promise<string> {
  let content: string | undefined;
  let styles: string | undefined;
  try {
    const { default: JSZip } = await import("jszip"); // at the first file, as in docx.ts
    const zip = await JSZip.loadAsync(bytes);
    content = await zip.file("content.xml")?.async("string");
    styles = await zip.file("styles.xml")?.async("string");
  } catch {
    /* reported below */
  }
  if (content === undefined) throw new ReviewFileError("broken-file");
  const pageParts = (kind: string) => (styles ? joined(paragraphs(markPlaceholders(styles), new RegExp(`^style:${kind}(?:-first)?$`))) : "");
  const body = /<office:text\b[\s\S]*<\/office:text>/.exec(content)?.[0] ?? "";
  const parts = [pageParts("header"), joined(paragraphs(markPlaceholders(body))), pageParts("footer")].filter((p) => p !== "");
  return parts.length ? `${parts.join("\n\n")}\n` : "";
}
