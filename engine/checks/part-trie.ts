// A letter trie of the words that may be a part of a compound. Walking it from a position in a word
// finds every part that starts there without making a string per candidate, which keeps compound
// splitting fast on text full of new words. Edges live in one Map keyed by node × 128 + letter index
// (small integers hash fast), so building it for 30,000 words takes a few milliseconds.

const ALPHABET = 128;

export class PartTrie {
  private readonly edges = new Map<number, number>();
  private readonly letterIndex = new Map<number, number>();
  /** Zipf of the word that ends at a node (undefined if none does). Node 0 is the root. */
  private readonly zipfAt = new Map<number, number>();
  private size = 1;

  /** The child of `node` for a UTF-16 code unit, or -1. */
  child(node: number, code: number): number {
    const index = this.letterIndex.get(code);
    if (index === undefined) return -1;
    return this.edges.get(node * ALPHABET + index) ?? -1;
  }

  zipf(node: number): number | undefined {
    return this.zipfAt.get(node);
  }

  private add(word: string, zipf: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let index = this.letterIndex.get(code);
      if (index === undefined) {
        if (this.letterIndex.size >= ALPHABET) return; // an odd script: this word is no part
        index = this.letterIndex.size;
        this.letterIndex.set(code, index);
      }
      const key = node * ALPHABET + index;
      let next = this.edges.get(key);
      if (next === undefined) {
        next = this.size++;
        this.edges.set(key, next);
      }
      node = next;
    }
    this.zipfAt.set(node, zipf);
  }

  static build(words: Iterable<[string, number]>, accept: (word: string, zipf: number) => boolean): PartTrie {
    const trie = new PartTrie();
    for (const [word, zipf] of words) if (accept(word, zipf)) trie.add(word, zipf);
    return trie;
  }
}
