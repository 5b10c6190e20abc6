// The LanguageTool HTTP API (v2) over Helder's engine, so LibreOffice, the LanguageTool browser add-on and
// editor plug-ins (LTeX) can check a letter at B1 against Helder. Only Dutch; see docs/integrations.md.
//   POST /v2/check  (application/x-www-form-urlencoded or multipart) and GET /v2/check?…: text or data, language,
//        enabledRules, disabledRules, enabledCategories, disabledCategories, enabledOnly, level; other parameters
//        that clients send (motherTongue, preferredVariants, username, apiKey, mode, …) are accepted and ignored.
//   GET  /v2/languages, GET /v2/info
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { HelderReport } from "../../engine/report.ts";
import type { TaskRunner } from "../pool/inline-runner.ts";
import { maxBodyBytes } from "../read-request.ts";
import { projectVersion } from "../project-root.ts";
import { annotatedSchema, readAnnotated } from "./annotated.ts";
import { looksDutch } from "./dutch.ts";
import { allCategories, toMatches, type MatchFilter } from "./matches.ts";

const software = { name: "Helder", version: projectVersion(), buildDate: "", apiVersion: 1, premium: false, premiumHint: "", status: "" };
const dutchCodes = new Map([
  ["nl", "nl"],
  ["nl-nl", "nl-NL"],
  ["nl-be", "nl-BE"],
]);
export const ltMessages = {
  missingText: "Stuur een tekst met de parameter 'text' of 'data'.",
  badData: "De parameter 'data' is geen goede JSON met een lijst 'annotation'.",
  onlyDutch: "Helder controleert alleen Nederlandse tekst. Kies de taal Nederlands (nl).",
  notDutch: "Deze tekst lijkt geen Nederlands. Helder controleert alleen Nederlandse tekst.",
  tooLarge: "De tekst is te lang. Stuur een tekst van hoogstens 1 MB.",
} as const;

const list = (value: string | undefined) => new Set((value ?? "").split(",").map((s) => s.trim()).filter(Boolean));

async function parameters(c: Context): Promise<Record<string, string>> {
  const params: Record<string, string> = { ...c.req.query() };
  if (c.req.method === "POST") {
    const type = (c.req.header("content-type") ?? "").toLowerCase();
    if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
      const body = await c.req.parseBody();
      for (const [k, v] of Object.entries(body)) if (typeof v === "string") params[k] = v;
    }
  }
  return params;
}

const plainError = (c: Context, status: 400 | 413, message: string) => c.text(message, status);

export function languageToolRoutes(runner: TaskRunner): Hono {
  const app = new Hono();

  app.get("/v2/languages", (c) =>
    c.json([
      { name: "Dutch", code: "nl", longCode: "nl-NL" },
      { name: "Dutch (Belgium)", code: "nl", longCode: "nl-BE" },
    ]),
  );
  app.get("/v2/info", (c) => c.json({ software, categories: allCategories.map(({ id, name }) => ({ id, name })) }));

  const check = async (c: Context) => {
    const p = await parameters(c);
    let plain: string;
    let toDocument: (offset: number, asEnd?: boolean) => number = (offset) => offset;
    if (p.data !== undefined) {
      let parsed;
      try {
        parsed = annotatedSchema.safeParse(JSON.parse(p.data));
      } catch {
        return plainError(c, 400, ltMessages.badData);
      }
      if (!parsed.success) return plainError(c, 400, ltMessages.badData);
      const annotated = readAnnotated(parsed.data);
      plain = annotated.plain;
      toDocument = annotated.toDocument;
    } else if (p.text !== undefined) plain = p.text;
    else return plainError(c, 400, ltMessages.missingText);

    const asked = (p.language ?? "auto").trim().toLowerCase();
    const code = asked === "auto" ? "nl-NL" : dutchCodes.get(asked);
    const warnings: Record<string, unknown> = { incompleteResults: false };
    const language = (name: string, detected: { name: string; code: string; confidence: number }) => ({ name, code: code ?? asked, detectedLanguage: detected });
    const dutch = { name: "Dutch", code: code ?? "nl-NL", confidence: 0.9 };
    if (!code) {
      warnings.helder = ltMessages.onlyDutch;
      return c.json({ software, warnings, language: language(asked, { name: "Unknown", code: asked, confidence: 0 }), matches: [] });
    }
    if (asked === "auto" && !looksDutch(plain)) {
      warnings.helder = ltMessages.notDutch;
      return c.json({ software, warnings, language: language("Dutch", { name: "Unknown", code: "zz", confidence: 0 }), matches: [] });
    }
    if (plain.trim() === "") return c.json({ software, warnings, language: language("Dutch", dutch), matches: [], sentenceRanges: [] });

    const report = JSON.parse(await runner.run({ kind: "check", text: plain })) as HelderReport;
    if (report.truncated) warnings.incompleteResults = true;
    const filter: MatchFilter = {
      picky: (p.level ?? "").toLowerCase() === "picky",
      enabledOnly: p.enabledOnly === "true",
      enabledRules: list(p.enabledRules),
      disabledRules: list(p.disabledRules),
      enabledCategories: list(p.enabledCategories),
      disabledCategories: list(p.disabledCategories),
    };
    return c.json({
      software,
      warnings,
      language: language(code === "nl-BE" ? "Dutch (Belgium)" : "Dutch", dutch),
      matches: toMatches(plain, report, filter, toDocument),
      sentenceRanges: report.sentences.map((s) => [toDocument(s.start), toDocument(s.end, true)]),
    });
  };

  const limit = bodyLimit({ maxSize: maxBodyBytes * 2, onError: (c) => plainError(c, 413, ltMessages.tooLarge) });
  app.post("/v2/check", limit, check);
  app.get("/v2/check", check);
  return app;
}
