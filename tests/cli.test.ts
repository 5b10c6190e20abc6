// The CLI as a user runs it: npm run --silent helder -- check …
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const letter = fileURLToPath(new URL("./fixtures/huurachterstand.txt", import.meta.url));
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "cli/helder.ts", ...args], { cwd: root, encoding: "utf8", input });

describe("helder check", () => {
  it("prints a JSON report of a file", () => {
    const r = run(["check", "--format", "json", letter]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.sentences.length).toBeGreaterThan(5);
  });

  it("reads standard input with -", () => {
    const r = run(["check", "--format", "json", "-"], "Indien u vragen heeft, belt u ons. Het is een zin.");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).metrics.sentences).toBe(2);
  });

  it("prints a readable list in Dutch", () => {
    const r = run(["check", letter]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/woorden/);
    expect(r.stdout).toMatch(/Deze zin is lang/);
    expect(r.stdout).toMatch(/\d+ fouten, \d+ waarschuwingen, \d+ tips\./);
  });

  it("fails with --fail-on error when there are errors", () => {
    expect(run(["check", "--fail-on", "error", letter]).status).toBe(1);
    expect(run(["check", "--fail-on", "error", "-"], "Wij bellen u morgen.").status).toBe(0);
  });

  it("says clearly when a file cannot be read", () => {
    const r = run(["check", "/geen/bestand.txt"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/kan '\/geen\/bestand.txt' niet lezen \(ENOENT\)/);
    expect(r.stderr).not.toMatch(/at .*\.ts/);
  });

  it("explains its use on a wrong call", () => {
    const r = run(["controleer"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Gebruik: helder check/);
  });
});
