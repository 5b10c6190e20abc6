// Text of an HTML template: what a reader sees, without markup, scripts, styles or link addresses.
import { convert } from "html-to-text";

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

export function htmlText(html: string): string {
  const text = convert(html, options);
  return text ? `${text}\n` : "";
}
