// About 3,000 words of real letters, one after the other: the long text the browser tests type in.
import { readdirSync, readFileSync } from "node:fs";

const dir = new URL("../fixtures/letters/", import.meta.url);

export function longText(): string {
  const letters = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(new URL(f, dir), "utf8").trim());
  const parts: string[] = [];
  let words = 0;
  for (let i = 0; words < 3000; i++) {
    const letter = letters[i % letters.length]!;
    parts.push(letter);
    words += letter.split(/\s+/).length;
  }
  return parts.join("\n\n");
}
