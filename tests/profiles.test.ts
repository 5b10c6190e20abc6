// Server profiles (HELDER_PROFILES): loaded from a folder at start, named by a request to /api/check,
// /api/rewrite and /api/review, and applied as `helder review --config` applies helder.config.yaml.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { createApp } from "../server/app.ts";
import { defaultChecker } from "../server/default-checker.ts";
import { loadProfiles, profileMessages, profilesFromEnv } from "../server/profiles.ts";
import { reviewApiMessages } from "../server/review-messages.ts";
import { createReviewChecker } from "../cli/review/review-checker.ts";
import { ConfigError } from "../cli/review/config.ts";
import { createCheckPool, type CheckPool } from "../server/pool/check-pool.ts";
import { folderWith } from "./review-fixtures.ts";

const gemeente = `words:
  - id: clientvolgsysteem
    category: vaktaal
    match: [cliëntvolgsysteem]
    message: "Dit woord kent de lezer niet. Schrijf 'ons computersysteem'."
    alternatives: [{ text: ons computersysteem, safe: true }]
keep:
  - term: ondertoezichtstelling
    explanation: "de rechter zegt dat een jeugdbeschermer met u meekijkt"
disable:
  - id: lexicon/indien
    reason: "Wij kiezen dit woord zelf."
thresholds:
  sentenceWarnWords: 8
  sentenceErrorWords: 30
`;
const dir = folderWith({ "gemeente.yaml": gemeente, "jeugd.yaml": "keep: [OTS]\n", "lees-mij.txt": "geen profiel" });
const profiles = loadProfiles(dir);
const app = createApp(undefined, { profiles });
const text =
  "Geachte heer/mevrouw ACHTERNAAM,\n\nIndien u vragen heeft over de ondertoezichtstelling, kijk dan in het cliëntvolgsysteem. Wij bellen u over de zaak van uw zoon en uw dochter op de school.\n\nMet vriendelijke groet,\n";

const post = (target: ReturnType<typeof createApp>, path: string, body: unknown) =>
  target.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const ids = (report: { findings: { id: string }[] }) => report.findings.map((f) => f.id);

function loadError(files: Record<string, string>): string {
  try {
    loadProfiles(folderWith(files));
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("no error");
}

describe("loading profiles", () => {
  it("loads every *.yaml in the folder, by its name without .yaml", () => {
    expect([...profiles.keys()]).toEqual(["gemeente", "jeugd"]);
    expect(profiles.get("jeugd")!.keep).toEqual([{ term: "OTS" }]);
    expect(profilesFromEnv({}).size).toBe(0);
    expect([...profilesFromEnv({ HELDER_PROFILES: dir }).keys()]).toEqual(["gemeente", "jeugd"]);
  });

  it("stops at a bad profile with the file, the line and the entry", () => {
    const message = loadError({ "goed.yaml": "keep: [OTS]\n", "kapot.yaml": "keep:\n  - OTS\ndisable:\n  - id: lexicon/indien\n" });
    expect(message).toMatch(/^kapot\.yaml, regel 4, disable: 'lexicon\/indien': .*reason/);
    expect(loadError({ "dubbel.yaml": "disable:\n  - id: lexicon/bestaat-niet\n    reason: Omdat het moet.\n" })).toMatch(/^dubbel\.yaml, regel 2, disable: 'lexicon\/bestaat-niet': /);
    expect(() => loadProfiles(join(dir, "bestaat-niet"))).toThrow(/HELDER_PROFILES.*bestaat-niet.*ENOENT/);
  });

  it("stops the server's start with that message", () => {
    const bad = folderWith({ "kapot.yaml": "thresholds:\n  sentenceWarnWords: 2\n" });
    const run = spawnSync(process.execPath, ["scripts/run.mjs", "server/main"], {
      env: { ...process.env, HELDER_PROFILES: bad, PORT: "0", HELDER_WORKERS: "1" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Helder start niet\. kapot\.yaml, regel 2, thresholds.*sentenceWarnWords/m);
    expect(run.stdout).not.toMatch(/Helder draait/);
  });
});

describe("a profile in a request", () => {
  it("/api/check applies the profile's words, kept terms, disabled rules and thresholds as helder review does", async () => {
    const res = await post(app, "/api/check", { text, profile: "gemeente" });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toEqual(JSON.parse(JSON.stringify(createReviewChecker(profiles.get("gemeente")).check(text))));
    expect(ids(report)).toContain("lexicon/clientvolgsysteem");
    expect(ids(report)).toContain("keep/uitleg");
    expect(ids(report)).not.toContain("lexicon/indien");
    const plain = await (await post(app, "/api/check", { text })).json();
    expect(plain).toEqual(JSON.parse(JSON.stringify(defaultChecker().check(text))));
    expect(ids(plain)).toContain("lexicon/indien");
    // the profile's warning threshold (8 words) flags a sentence the default (21) does not
    const long = (r: { findings: { rule: string }[] }) => r.findings.filter((f) => f.rule === "sentence-length").length;
    expect(long(report)).toBeGreaterThan(long(plain));
  });

  it("lets a request's own options go on top of the profile", async () => {
    const report = await (await post(app, "/api/check", { text, profile: "gemeente", options: { sentenceWarnWords: 25, disable: ["lexicon/clientvolgsysteem"] } })).json();
    expect(ids(report)).not.toContain("lexicon/clientvolgsysteem");
    expect(ids(report)).not.toContain("lexicon/indien");
    expect(report.findings.filter((f: { rule: string }) => f.rule === "sentence-length")).toEqual([]);
    const clash = await post(app, "/api/check", { text, profile: "gemeente", options: { sentenceWarnWords: 31 } });
    expect(clash.status).toBe(400);
    expect((await clash.json()).error.code).toBe("invalid_options");
  });

  it("/api/rewrite leaves a disabled word and a kept term alone and takes the profile's own words", async () => {
    const body = await (await post(app, "/api/rewrite", { text, profile: "gemeente" })).json();
    expect(body.draft).toContain("Indien u vragen heeft");
    expect(body.draft).toContain("ondertoezichtstelling");
    expect(body.draft).toContain("ons computersysteem");
    const plain = await (await post(app, "/api/rewrite", { text })).json();
    expect(plain.draft).not.toContain("Indien");
    expect(plain.draft).toContain("cliëntvolgsysteem");
  });

  it("/api/review takes the profile as a form field", async () => {
    const form = new FormData();
    form.append("files", new Blob([text]), "brief.txt");
    form.append("profile", "gemeente");
    const body = await (await app.request("/api/review", { method: "POST", body: form })).json();
    expect(body.files[0].report).toEqual(JSON.parse(JSON.stringify(createReviewChecker(profiles.get("gemeente")).check(text))));
  });

  it("answers an unknown profile with 400 and the names it knows", async () => {
    for (const path of ["/api/check", "/api/rewrite"]) {
      const res = await post(app, path, { text, profile: "onbekend" });
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error).toEqual({ code: "unknown_profile", message: `${profileMessages.unknown} 'gemeente', 'jeugd'.` });
    }
    const form = new FormData();
    form.append("files", new Blob([text]), "brief.txt");
    form.append("profile", "onbekend");
    expect((await app.request("/api/review", { method: "POST", body: form })).status).toBe(400);
    const none = await post(createApp(), "/api/check", { text, profile: "gemeente" });
    expect((await none.json()).error).toEqual({ code: "unknown_profile", message: profileMessages.noProfiles });
  });

  it("is in the OpenAPI request schemas of /api/check and /api/rewrite", async () => {
    const doc = await (await app.request("/api/openapi.json")).json();
    const ajv = new Ajv2020({ strict: false });
    for (const path of ["/api/check", "/api/rewrite"]) {
      const valid = ajv.compile(doc.paths[path].post.requestBody.content["application/json"].schema);
      expect(valid({ text: "x", profile: "gemeente" }), path).toBe(true);
      expect(valid({ text: "x", profile: 3 }), path).toBe(false);
    }
  });
});

describe("a profile on the check workers", () => {
  let pool: CheckPool;
  beforeAll(async () => {
    pool = await createCheckPool({ workers: 1 });
    await pool.ready;
  });
  afterAll(async () => {
    await pool?.close();
  });

  it("gives the same report as on one thread", async () => {
    const pooled = createApp(undefined, { runner: pool, profiles });
    const [viaPool, inline] = await Promise.all([post(pooled, "/api/check", { text, profile: "gemeente" }), post(app, "/api/check", { text, profile: "gemeente" })]);
    expect(await viaPool.json()).toEqual(await inline.json());
  });
});

describe("the messages about profiles and uploads are B1", () => {
  const checker = defaultChecker();
  const quoted = (message: string) => [...message.matchAll(/'[^']*'|"[^"]*"|\([^)]*\)/g)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  it.each([...Object.values(profileMessages), ...Object.values(reviewApiMessages)])("%s", (message) => {
    const spans = quoted(message);
    const loud = checker
      .check(message)
      .findings.filter((f) => f.severity !== "info" && f.rule !== "letter-structure" && !spans.some(([s, e]) => s <= f.start && f.end <= e));
    expect(loud.map((f) => `${f.id} "${f.text}"`)).toEqual([]);
  });
});
