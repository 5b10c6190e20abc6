// A letter trie of the words that may be a part of a compound. Walking it from a position in a word
// finds every part that starts there without making a string per candidate, which keeps compound
// splitting fast on text full of new words. Edges live in one open-addressing hash table of typed arrays,
// keyed by node × 128 + letter index: built at every start-up for about 30,000 words, where a Map of
// numbers took 43-56 ms, and a few large arrays are also less for the collector to walk than a Map.

const ALPHABET = 128;
const EMPTY = -1;

/** Everything a trie holds, as plain numbers and typed arrays: a loader can keep it and give it back (fromState). */
export interface PartTrieState {
  letterIndex: Uint8Array;
  letters: number;
  keys: Int32Array;
  children: Int32Array;
  bits: number;
  edges: number;
  zipfAt: Float64Array;
  size: number;
}

/** A trie without words, with room for 2^bits edges. */
function emptyState(bits: number): PartTrieState {
  return {
    letterIndex: new Uint8Array(65_536),
    letters: 0,
    keys: new Int32Array(1 << bits).fill(EMPTY),
    children: new Int32Array(1 << bits),
    bits,
    edges: 0,
    zipfAt: new Float64Array(1 << 16).fill(NaN),
    size: 1,
  };
}

export class PartTrie {
  /** Letter index + 1 per UTF-16 code unit; 0: no word has that letter. */
  private readonly letterIndex: Uint8Array;
  private letters: number;
  private keys: Int32Array;
  private children: Int32Array;
  private bits: number;
  private edges: number;
  /** Zipf of the word that ends at a node (NaN if none does). Node 0 is the root. */
  private zipfAt: Float64Array;
  private size: number;

  private constructor(s: PartTrieState) {
    this.letterIndex = s.letterIndex;
    this.letters = s.letters;
    this.keys = s.keys;
    this.children = s.children;
    this.bits = s.bits;
    this.edges = s.edges;
    this.zipfAt = s.zipfAt;
    this.size = s.size;
  }

  private slot(key: number): number {
    const mask = (1 << this.bits) - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    while (this.keys[i] !== EMPTY && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** The child of `node` for a UTF-16 code unit, or -1. */
  child(node: number, code: number): number {
    const index = this.letterIndex[code]!;
    if (index === 0) return -1;
    const i = this.slot(node * ALPHABET + index - 1);
    return this.keys[i] === EMPTY ? -1 : this.children[i]!;
  }

  zipf(node: number): number | undefined {
    const z = this.zipfAt[node]!;
    return Number.isNaN(z) ? undefined : z;
  }

  private grow(): void {
    const { keys, children } = this;
    this.bits++;
    this.keys = new Int32Array(1 << this.bits).fill(EMPTY);
    this.children = new Int32Array(1 << this.bits);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === EMPTY) continue;
      const j = this.slot(keys[i]!);
      this.keys[j] = keys[i]!;
      this.children[j] = children[i]!;
    }
  }

  private newNode(): number {
    if (this.size === this.zipfAt.length) {
      const more = new Float64Array(2 * this.size).fill(NaN);
      more.set(this.zipfAt);
      this.zipfAt = more;
    }
    return this.size++;
  }

  private add(word: string, zipf: number): void {
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (this.letterIndex[code] === 0) {
        if (this.letters >= ALPHABET) return; // an odd script: this word is no part
        this.letterIndex[code] = ++this.letters;
      }
    }
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const key = node * ALPHABET + this.letterIndex[word.charCodeAt(i)]! - 1;
      let at = this.slot(key);
      if (this.keys[at] === EMPTY) {
        if (2 * (this.edges + 1) > this.keys.length) {
          this.grow();
          at = this.slot(key);
        }
        this.keys[at] = key;
        this.children[at] = this.newNode();
        this.edges++;
      }
      node = this.children[at]!;
    }
    this.zipfAt[node] = zipf;
  }

  state(): PartTrieState {
    const { letterIndex, letters, keys, children, bits, edges, zipfAt, size } = this;
    return { letterIndex, letters, keys, children, bits, edges, zipfAt, size };
  }

  static fromState(s: PartTrieState): PartTrie {
    return new PartTrie(s);
  }

  static build(words: Iterable<[string, number]>, accept: (word: string, zipf: number) => boolean): PartTrie {
    const trie = new PartTrie(emptyState(17));
    for (const [word, zipf] of words) if (accept(word, zipf)) trie.add(word, zipf);
    return trie;
  }
}
