// Every distinct lower-case word gets a number when it is first tokenized. Checks keep what they know about a word
// in arrays by that number, instead of each looking the string up in a Map of its own: a Map look-up of a token's
// word costs about 100-250 ns here (the tables do not stay in the processor's cache), and a letter's words were
// looked up five times over.
//
// The numbers are process-wide, like the checks' verdicts on single words that they replace (no phrases, no
// text). They are forgotten when a text starts and the table has grown past WORD_NUMBERS_LIMIT (a check never sees numbers
// change under it); `numbersAge` tells the caches by number to forget theirs too.

export const WORD_NUMBERS_LIMIT = 100_000;
const numbers = new Map<string, number>();
let age = 0;

/** The number of a lower-case word. */
export function wordNumber(lower: string): number {
  let n = numbers.get(lower);
  if (n === undefined) numbers.set(lower, (n = numbers.size));
  return n;
}

/** Called when a check of a whole text starts: the only moment the numbers may be forgotten. */
export function startText(): void {
  if (numbers.size < WORD_NUMBERS_LIMIT) return;
  numbers.clear();
  age++;
}

/** Changes each time the numbers are forgotten. */
export function numbersAge(): number {
  return age;
}

/**
 * What a check knows about words, by word number; `undefined` for a word not seen yet. Forgets everything when the
 * numbers are forgotten.
 */
export class ByWordNumber<T> {
  private values: (T | undefined)[] = [];
  private age = age;
  get(n: number): T | undefined {
    if (this.age !== age) {
      this.values = [];
      this.age = age;
    }
    return this.values[n];
  }
  set(n: number, value: T): void {
    // pushed, not assigned past the end: the array stays packed (a gap would make V8 keep it as a dictionary)
    while (this.values.length <= n) this.values.push(undefined);
    this.values[n] = value;
  }
}
