// Text of a Word file (.docx): the letterhead (headers), the body with its tables, and the footers, each read
// by mammoth after merge fields and content controls became placeholders (docx-placeholders.ts).
// mammoth reads only the body; a header or footer is read by giving it to mammoth as if it were the body.
// The libraries load at the first Word file: the server's check workers carry this code and should not pay
// for them at start-up (about 0.5 s per thread).
import type JSZip from "jszip";
import { ReviewFileError } from "../review-error.ts";
import { markPlaceholders } from "./docx-placeholders.ts";

const DOCUMENT = "word/document.xml";
const DOCUMENT_RELS = "word/_rels/document.xml.rels";

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(bytes);
    if (!zip.file(DOCUMENT)) throw new Error("no document part");
    return zip;
  } catch {
    throw new ReviewFileError("broken-file");
  }
}

async function readPart(zip: JSZip, name: string): Promise<string | undefined> {
  return zip.file(name)?.async("string");
}

/** Header or footer parts in the order a reader meets them: first page, other pages, even pages. */
function pagePartTargets(documentXml: string, rels: string, settings: string, kind: "header" | "footer"): string[] {
  const targetOf = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\sId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\sTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targetOf.set(id, target.replace(/^\/?word\//, "").replace(/^\//, ""));
  }
  const usesFirst = /<w:titlePg(?:\s*\/>|\s+w:val="(?:1|true|on)")/.test(documentXml);
  const usesEven = /<w:evenAndOddHeaders(?:\s*\/>|\s+w:val="(?:1|true|on)")/.test(settings);
  const order = { first: 0, default: 1, even: 2 } as const;
  const targets: string[] = [];
  for (const section of documentXml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)) {
    const refs = [...section[0].matchAll(new RegExp(`<w:${kind}Reference\\b[^>]*>`, "g"))]
      .map((r) => ({ type: (/\sw:type="(\w+)"/.exec(r[0])?.[1] ?? "default") as keyof typeof order, id: /\sr:id="([^"]+)"/.exec(r[0])?.[1] }))
      .filter((r) => r.type in order && (r.type !== "first" || usesFirst) && (r.type !== "even" || usesEven))
      .sort((a, b) => order[a.type] - order[b.type]);
    for (const r of refs) {
      const target = r.id ? targetOf.get(r.id) : undefined;
      if (target && !targets.includes(target)) targets.push(target);
    }
  }
  return targets;
}

/** A header or footer part as the body of a document, so mammoth reads it (namespaces and relations kept). */
function asDocumentXml(partXml: string): string | undefined {
  const root = /<w:(hdr|ftr)\b([^>]*)>/.exec(partXml);
  if (!root) return undefined;
  const close = partXml.lastIndexOf(`</w:${root[1]}>`);
  if (close < 0) return undefined;
  return `${partXml.slice(0, root.index)}<w:document${root[2]}><w:body>${partXml.slice(root.index + root[0].length, close)}</w:body></w:document>`;
}

/** Parts mammoth reads for HTML (styles, lists, notes, comments) that do not change its raw text. */
const NOT_FOR_RAW_TEXT = /(?:^|\/)(?:styles|stylesWithEffects|numbering|footnotes|endnotes|comments)\.xml$/;

/**
 * The open zip as mammoth reads a zip (its `file` input: exists, read, write, toArrayBuffer, as in mammoth's own
 * zipfile.js), so the parts we changed need not be zipped again and unzipped by mammoth for every part we read.
 * The input is mammoth's own but not in its README: package-lock.json pins the version, and the Word tests
 * (review-docx.test.ts) fail if a new version reads it differently.
 */
function asMammothFile(zip: JSZip) {
  // the parts we do not change (styles, numbering, notes) are unzipped once for the body and all headers and footers
  const unzipped = new Map<string, Promise<Uint8Array>>();
  const bytesOf = (name: string) => {
    if (name === DOCUMENT || name === DOCUMENT_RELS) return zip.file(name)!.async("uint8array");
    let bytes = unzipped.get(name);
    if (!bytes) unzipped.set(name, (bytes = zip.file(name)!.async("uint8array")));
    return bytes;
  };
  return {
    // raw text is the text of the body: styles, numbering, notes and comments only add what mammoth's HTML shows
    exists: (name: string) => !NOT_FOR_RAW_TEXT.test(name) && zip.file(name) !== null,
    read: async (name: string, encoding?: string) => {
      const bytes = await bytesOf(name);
      if (encoding === "base64") return Buffer.from(bytes).toString("base64");
      return encoding ? new TextDecoder(encoding).decode(bytes) : bytes;
    },
    write: (name: string, contents: string | Uint8Array) => void zip.file(name, contents),
    toArrayBuffer: () => zip.generateAsync({ type: "arraybuffer" }),
  };
}

async function rawText(file: ReturnType<typeof asMammothFile>): Promise<string> {
  const { default: mammoth } = await import("mammoth");
  const input = { file } as unknown as Parameters<typeof mammoth.extractRawText>[0];
  const result = await mammoth.extractRawText(input);
  return result.value.replace(/\s+$/, "");
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await openZip(bytes);
  const file = asMammothFile(zip);
  try {
    const documentXml = (await readPart(zip, DOCUMENT))!;
    const rels = (await readPart(zip, DOCUMENT_RELS)) ?? "";
    const settings = (await readPart(zip, "word/settings.xml")) ?? "";
    const parts: string[] = [];
    const pagePart = async (target: string) => {
      const xml = await readPart(zip, `word/${target}`);
      const asDocument = xml && asDocumentXml(xml);
      if (!asDocument) return "";
      const partRels = (await readPart(zip, `word/_rels/${target}.rels`)) ?? '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
      zip.file(DOCUMENT, markPlaceholders(asDocument));
      zip.file(DOCUMENT_RELS, partRels);
      return rawText(file);
    };
    for (const target of pagePartTargets(documentXml, rels, settings, "header")) parts.push(await pagePart(target));
    const footers: string[] = [];
    for (const target of pagePartTargets(documentXml, rels, settings, "footer")) footers.push(await pagePart(target));
    zip.file(DOCUMENT, markPlaceholders(documentXml));
    zip.file(DOCUMENT_RELS, rels);
    parts.push(await rawText(file));
    parts.push(...footers);
    // the same letterhead on every page is one letterhead
    const kept = parts.filter((p, i) => p.trim() !== "" && parts.indexOf(p) === i);
    return kept.length ? `${kept.join("\n\n")}\n` : "";
  } catch (error) {
    if (error instanceof ReviewFileError) throw error;
    throw new ReviewFileError("broken-file");
  }
}
