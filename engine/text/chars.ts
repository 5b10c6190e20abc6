// Reading a string outside its bounds is legal in JavaScript, but each place that does it makes V8 throw away the
// optimised code of its function once and compile it again. The tokenizer did it at five places (six compiles of
// its largest function, about 0.2 s of CPU in a fresh process); these helpers keep every read in bounds.

/** The UTF-16 unit at k, or -1 before the start or past the end. */
export const codeAt = (text: string, k: number): number => (k >= 0 && k < text.length ? text.charCodeAt(k) : -1);

/** The character (UTF-16 unit) at k, or "" before the start or past the end. */
export const charAt = (text: string, k: number): string => (k >= 0 && k < text.length ? text[k]! : "");
