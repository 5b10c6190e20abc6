// Text of an HTML template: what a reader sees, without markup, scripts, styles or link addresses.

const headings = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } }));

const options = {
  wordwrap: false as const,
  selectors: [
    ...headings,
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    // a table cell is read as its own block, as in a Word table
    ...["table", "tr", "td", "th"].map((selector) => ({ selector, format: "block" })),
    { selector: "ul", options: { itemPrefix: "- " } },
  ],
};

export async function htmlText(html: string): Promise<string> {
  const { convert } = await import("html-to-text"); // at the first file, as in docx.ts
  const text = convert(html, options);
  return text ? `${text}\n` : "";
}
