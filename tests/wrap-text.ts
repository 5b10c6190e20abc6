// Hard-wraps a text as an e-mail program does (greedy, at a column), for the soft-wrap tests, with an offset
// map from the wrapped text back to the original.

export interface WrappedText {
  text: string;
  /** The offset in the original text of an offset in the wrapped text (an offset inside a new line end maps to its start). */
  toOriginal(offset: number): number;
}

/**
 * Breaks every line longer than `width` at the last space that keeps the line within `width` (a word longer
 * than `width` gets a line of its own). Shorter lines (address lines, the salutation, the closing) and blank
 * lines stay as they are. The spaces at a break are replaced by `eol`.
 */
export function hardWrap(original: string, width: number, eol = "\n"): WrappedText {
  // [offset in the original, offset in the wrapped text, original length, new length] of every replacement
  const edits: [number, number, number, number][] = [];
  let out = "";
  let shift = 0;
  const lineEnd = /\r?\n|$/g;
  let lineStart = 0;
  while (lineStart <= original.length) {
    lineEnd.lastIndex = lineStart;
    const m = lineEnd.exec(original)!;
    const line = original.slice(lineStart, m.index);
    let pos = 0; // start of the current output line within `line`
    if (line.length > width) {
      const spaces = /[ \t]+/g;
      let lastBreak: RegExpExecArray | undefined;
      for (let s = spaces.exec(line); s; s = spaces.exec(line)) {
        if (s.index - pos > width && lastBreak) {
          pos = breakAt(lastBreak);
          if (s.index - pos > width) {
            lastBreak = s;
            continue;
          }
        }
        lastBreak = s;
      }
      if (line.length - pos > width && lastBreak && lastBreak.index + lastBreak[0].length > pos) pos = breakAt(lastBreak);
    }
    out += line.slice(pos) + m[0];
    if (m[0] === "") break;
    lineStart = m.index + m[0].length;

    function breakAt(s: RegExpExecArray): number {
      out += line.slice(pos, s.index) + eol;
      edits.push([lineStart + s.index, lineStart + s.index + shift, s[0].length, eol.length]);
      shift += eol.length - s[0].length;
      return s.index + s[0].length;
    }
  }
  return {
    text: out,
    toOriginal(offset) {
      let delta = 0;
      for (const [from, at, oldLength, newLength] of edits) {
        if (offset < at) break;
        if (offset < at + newLength) return from;
        delta += newLength - oldLength;
      }
      return offset - delta;
    },
  };
}
