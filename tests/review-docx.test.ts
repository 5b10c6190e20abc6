// Word templates: the text Helder checks, with merge fields and content controls as placeholders.
import { describe, expect, it } from "vitest";
import { docxText } from "../cli/review/extract/docx.ts";
import { markPlaceholders, mergeFieldLabel } from "../cli/review/extract/docx-placeholders.ts";
import { defaultChecker } from "../server/default-checker.ts";
import { plainDocx, templateDocx } from "./review-fixtures.ts";

describe("text of a .docx template", () => {
  it("reads the letterhead, the body with its table and the footer, in that order", async () => {
    const text = await docxText(await templateDocx());
    const at = (s: string) => text.indexOf(s);
    for (const part of ["Gemeente Lindenhoven, team Schulden", "Indien u vragen heeft", "Huur april", "€ 1.700,-", "Met vriendelijke groet,", "Bel ons op 030 123 45 67."])
      expect(at(part), part).toBeGreaterThanOrEqual(0);
    expect(at("Gemeente Lindenhoven")).toBeLessThan(at("Beste"));
    expect(at("Huur april")).toBeLessThan(at("Met vriendelijke groet"));
    expect(at("Met vriendelijke groet")).toBeLessThan(at("Vragen? Bel ons"));
  });

  it("keeps merge fields as placeholders: «Naam» survives, a preview value or an empty result becomes the field's name", async () => {
    const text = await docxText(await templateDocx());
    expect(text).toContain("Beste «Naam»,");
    expect(text).toContain("op naam van «Achternaam».");
    expect(text).not.toContain("Jansen");
    expect(text).toContain("Wij schreven u op «Datum brief».");
  });

  it("turns a content control in a sentence into «its name», and keeps a paragraph in a control as text", async () => {
    const text = await docxText(await templateDocx());
    expect(text).toContain("Uw klantnummer is «Klantnummer».");
    expect(text).not.toContain("Klik of tik");
    expect(text).toContain("Wij hebben uw aanvraag ontvangen.");
  });

  it("gives a report in which the placeholders are placeholders and no finding touches them", async () => {
    const text = await docxText(await templateDocx());
    const report = defaultChecker().check(text);
    expect(report.placeholders.map((p) => p.text)).toEqual(expect.arrayContaining(["«Naam»", "«Achternaam»", "«Datum brief»", "«Klantnummer»"]));
    for (const f of report.findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      for (const p of report.placeholders) {
        const overlaps = f.start < p.end && p.start < f.end;
        const contains = f.start <= p.start && p.end <= f.end;
        expect(overlaps && !contains, `${f.id} "${f.text}" cuts ${p.text}`).toBe(false);
      }
    }
    expect(report.findings.some((f) => f.id === "lexicon/indien")).toBe(true);
  });

  it("reads a Word file without headers or fields as its paragraphs", async () => {
    expect(await docxText(await plainDocx("Eerste alinea.\n\nTweede alinea."))).toBe("Eerste alinea.\n\nTweede alinea.\n");
  });

  it("reads lists, headings and footnotes as mammoth's own raw text does (it skips the parts only HTML needs)", async () => {
    const { Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } = await import("docx");
    const doc = new Document({
      numbering: { config: [{ reference: "stappen", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1." }] }] },
      footnotes: { 1: { children: [new Paragraph("Dit staat onderaan de bladzijde.")] } },
      sections: [
        {
          children: [
            new Paragraph({ text: "Wat moet u doen?", heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: "Vul het formulier in.", numbering: { reference: "stappen", level: 0 } }),
            new Paragraph({ text: "Stuur het terug.", numbering: { reference: "stappen", level: 0 } }),
            new Paragraph({ children: [new TextRun("Indien u vragen heeft, bel ons."), new FootnoteReferenceRun(1)] }),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(doc);
    const { default: mammoth } = await import("mammoth");
    const whole = (await mammoth.extractRawText({ buffer: bytes })).value.replace(/\s+$/, "");
    expect(await docxText(bytes)).toBe(`${whole}\n`);
    expect(whole).toContain("Vul het formulier in.\n\nStuur het terug.");
  });

  it("rejects a file that is not a Word file with a clear message", async () => {
    await expect(docxText(Buffer.from("dit is geen zip"))).rejects.toMatchObject({ code: "broken-file", message: expect.stringMatching(/Word-bestand niet openen/) });
  });
});

describe("merge fields and content controls in WordprocessingML", () => {
  it("names merge fields with or without quotes and ignores other fields", () => {
    expect(mergeFieldLabel(" MERGEFIELD Naam \\* MERGEFORMAT ")).toBe("«Naam»");
    expect(mergeFieldLabel(' MERGEFIELD "Naam ouder" ')).toBe("«Naam ouder»");
    expect(mergeFieldLabel(" PAGE ")).toBeUndefined();
  });

  it("unwraps a simple field that is not a merge field, so its shown text stays", () => {
    const xml = '<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>';
    expect(markPlaceholders(xml)).toBe("<w:p><w:r><w:t>3</w:t></w:r></w:p>");
  });

  it("keeps a checkbox control as it is", () => {
    const xml = '<w:sdt><w:sdtPr><w:alias w:val="Akkoord"/><w14:checkbox/></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>';
    expect(markPlaceholders(xml)).toBe(xml);
  });

  it("escapes a field name with XML characters", () => {
    const xml = '<w:p><w:fldSimple w:instr=" MERGEFIELD &quot;A&amp;B&quot; "/></w:p>';
    expect(markPlaceholders(xml)).toContain("«A&amp;B»");
  });
});
