// Text of a Markdown template. Markup characters become spaces, so every line and column of the text is the
// line and column in the file; link addresses are blanked the same way. [datum] without "(…)" is a placeholder
// and stays.
const blank = (s: string) => s.replace(/[^\n]/g, " ");

export function markdownText(source: string): string {
  return source
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/^( {0,3})(```|~~~)[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, blank)
    .replace(/^( {0,3})(#{1,6})(?=\s)/gm, (_, indent: string, marks: string) => indent + blank(marks))
    .replace(/^( {0,3})((?:>\s?)+)/gm, (_, indent: string, marks: string) => indent + blank(marks))
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, blank)
    .replace(/\[([^\]\n]+)\](\([^)\n]*\))/g, (_, label: string, target: string) => ` ${label} ${blank(target)}`)
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, (_, marks: string, inner: string) => `${blank(marks)}${inner}${blank(marks)}`)
    .replace(/(^|[\s(])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?=[\s.,;:!?)]|$)/gm, (_, before: string, inner: string) => `${before} ${inner} `)
    .replace(/`([^`\n]+)`/g, (_, inner: string) => ` ${inner} `);
}
