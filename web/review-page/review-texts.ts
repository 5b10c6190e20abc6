// Every sentence of the "Sjablonen controleren" page, in B1 Dutch (tests/api-review.test.ts checks them with Helder).
export const reviewPageTexts = {
  uploadHeading: "Kies uw sjablonen",
  dropHint: "Sleep de bestanden hierheen, of kies ze op uw computer.",
  choose: "Kies bestanden",
  kinds: "Helder leest .docx, .odt, .txt, .md en .html. U kunt 200 bestanden tegelijk sturen, samen hoogstens 20 MB.",
  busy: "Helder controleert de sjablonen. Even geduld.",
  done: "Klaar. Hieronder ziet u de uitkomst.",
  offline: "Helder kon de bestanden niet controleren. Kijk of u nog verbinding heeft en probeer het opnieuw.",
  resultHeading: "Uitkomst",
  caption: "Per sjabloon het niveau en het aantal fouten, waarschuwingen en tips",
  template: "Sjabloon",
  level: "Niveau",
  errors: "Fouten",
  warnings: "Waarschuwingen",
  tips: "Tips",
  open: "Open in Helder",
  openColumn: "Openen",
  openHint: "Met de knop Terug in uw browser komt u weer bij deze lijst.",
  tooBigToOpen: "Dit sjabloon is te groot om hier te openen. Open het bestand zelf en plak de tekst in Helder.",
  skipped: "Deze bestanden heeft Helder niet gelezen:",
} as const;

const count = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

/** "3 sjablonen gecontroleerd. 1 is op B1-niveau. Helder vond 2 fouten, 5 waarschuwingen en 1 tip." */
export function totalsSentence(t: { reviewed: number; unreadable: number; errors: number; warnings: number; tips: number; levels: Record<string, number> }): string {
  const parts = [`${count(t.reviewed, "sjabloon", "sjablonen")} gecontroleerd.`];
  if (t.reviewed > 0) parts.push(`${t.levels.B1 ?? 0} ${(t.levels.B1 ?? 0) === 1 ? "is" : "zijn"} op B1-niveau.`);
  parts.push(`Helder vond ${count(t.errors, "fout", "fouten")}, ${count(t.warnings, "waarschuwing", "waarschuwingen")} en ${count(t.tips, "tip", "tips")}.`);
  if (t.unreadable > 0) parts.push(`${count(t.unreadable, "bestand", "bestanden")} kon Helder niet lezen.`);
  return parts.join(" ");
}
