// The JSON cache of data made from the shipped data files (data/cached-by-hash.ts): made once, used while the
// files stay the same, made again when one changes, and never in the way when it cannot be written.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cachedByHash, cachedByHashV8 } from "../data/cached-by-hash.ts";

const dir = mkdtempSync(join(tmpdir(), "helder-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cachedByHash", () => {
  it("makes the value once and then reads it from the cache while the files are the same", () => {
    const files = [{ name: "a.yaml", text: "echter: maar" }];
    let made = 0;
    const make = () => ({ words: ["echter"], made: ++made });
    expect(cachedByHash("test", files, make, dir)).toEqual({ words: ["echter"], made: 1 });
    expect(cachedByHash("test", files, make, dir)).toEqual({ words: ["echter"], made: 1 });
    expect(made).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, "test-cache.json"), "utf8")).value).toEqual({ words: ["echter"], made: 1 });
  });

  it("makes it again when a file changes", () => {
    let made = 0;
    const make = () => ++made;
    cachedByHash("changes", [{ name: "a.yaml", text: "indien: als" }], make, dir);
    expect(cachedByHash("changes", [{ name: "a.yaml", text: "indien: als, wanneer" }], make, dir)).toBe(2);
  });

  it("makes it again from a broken cache file, and throws what make throws without caching", () => {
    writeFileSync(join(dir, "broken-cache.json"), "{ niet af");
    expect(cachedByHash("broken", [{ name: "a.yaml", text: "x" }], () => "fresh", dir)).toBe("fresh");
    expect(() => cachedByHash("bad", [{ name: "a.yaml", text: "x" }], () => { throw new Error("fout in a.yaml"); }, dir)).toThrow("fout in a.yaml");
    expect(() => readFileSync(join(dir, "bad-cache.json"))).toThrow();
  });

  it("works when the cache cannot be written", () => {
    expect(cachedByHash("x", [{ name: "a.yaml", text: "x" }], () => 42, join(dir, "no-such-dir", "\0"))).toBe(42);
  });

  it("keeps Maps and typed arrays in V8's format, and makes them again when a file changes", () => {
    let made = 0;
    const make = () => ({ zipf: new Map([["huur", 4.9 + made]]), trie: new Int32Array([1, 2, ++made]) });
    const first = cachedByHashV8("v8", [{ name: "freq.tsv", text: "huur\t4.9" }], make, dir);
    const again = cachedByHashV8("v8", [{ name: "freq.tsv", text: "huur\t4.9" }], make, dir);
    expect(made).toBe(1);
    expect(again.zipf).toBeInstanceOf(Map);
    expect(again.zipf.get("huur")).toBe(4.9);
    expect(again.trie).toBeInstanceOf(Int32Array);
    expect([...again.trie]).toEqual([...first.trie]);
    expect(cachedByHashV8("v8", [{ name: "freq.tsv", text: "huur\t5.0" }], make, dir).trie[2]).toBe(2);
  });
});
