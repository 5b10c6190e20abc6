// Template files for the review tests, made in the test: Word files with the docx package (merge fields, a
// complex MERGEFIELD with a preview value, content controls, a table, a header and a footer), and text files.
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { Document, Footer, Header, Packer, Paragraph, SimpleMailMergeField, Table, TableCell, TableRow, TextRun } from "docx";

/** Raw WordprocessingML for what the docx package cannot write: put in place of a marker run. */
const complexMergeField = (name: string, preview: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD ${name} \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${preview}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const emptyComplexMergeField = (name: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD "${name}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const inlineControl = (alias: string, shown: string) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${alias}"/><w:tag w:val="tag-${alias}"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>${shown}</w:t></w:r></w:sdtContent></w:sdt>`;
const blockControl = (text: string) =>
  `<w:sdt><w:sdtPr><w:alias w:val="Alinea"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:sdtContent></w:sdt>`;

/** Inline markers are cut out of their run; a marker that is a whole paragraph is replaced with that paragraph. */
async function replaceMarkers(docx: Buffer, inline: Record<string, string>, paragraphs: Record<string, string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  let xml = await zip.file("word/document.xml")!.async("string");
  for (const [marker, raw] of Object.entries(inline)) {
    if (!xml.includes(marker)) throw new Error(`marker ${marker} not found`);
    xml = xml.replace(marker, `</w:t></w:r>${raw}<w:r><w:t xml:space="preserve">`);
  }
  for (const [marker, raw] of Object.entries(paragraphs)) {
    const paragraph = new RegExp(`<w:p>(?:(?!<w:p>).)*?${marker}.*?</w:p>`);
    if (!paragraph.test(xml)) throw new Error(`marker ${marker} not found`);
    xml = xml.replace(paragraph, raw);
  }
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** A letter template as Word writes them: letterhead in the header, merge fields, a table, contact details below. */
export async function templateDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph("Gemeente Lindenhoven, team Schulden")] }) },
        footers: { default: new Footer({ children: [new Paragraph("Vragen? Bel ons op 030 123 45 67.")] }) },
        children: [
          new Paragraph({ children: [new TextRun("Beste "), new SimpleMailMergeField("Naam"), new TextRun(",")] }),
          new Paragraph({ children: [new TextRun("Uw dossier staat op naam van MARKER1. Wij schreven u op MARKER2.")] }),
          new Paragraph("Indien u vragen heeft, kunt u ons bellen."),
          new Paragraph({ children: [new TextRun("Uw klantnummer is MARKER3.")] }),
          new Paragraph("MARKER4"),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph("Huur april")] }), new TableCell({ children: [new Paragraph("€ 850,-")] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph("Totaal")] }), new TableCell({ children: [new Paragraph("€ 1.700,-")] })] }),
            ],
          }),
          new Paragraph("Met vriendelijke groet,"),
        ],
      },
    ],
  });
  return replaceMarkers(await Packer.toBuffer(doc), {
    MARKER1: complexMergeField("Achternaam", "Jansen"),
    MARKER2: emptyComplexMergeField("Datum brief"),
    MARKER3: inlineControl("Klantnummer", "Klik of tik om tekst in te voeren."),
  }, { MARKER4: blockControl("Wij hebben uw aanvraag ontvangen.") });
}

export async function plainDocx(text: string): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: text.split("\n\n").map((p) => new Paragraph(p)) }] }));
}

/** A fresh temporary folder with the given files (name → content); folders in names are made. */
export function folderWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "helder-review-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
