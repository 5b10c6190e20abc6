// POST /api/rewrite: text + accepted suggestions → draft, applied changes, remaining findings and the fact check.
//
// Request:  { "text": "…", "accept": "all-safe" | ["lexicon/reeds@330-335#0", …], "options"?: same as /api/check }
//   "profile"?: a server profile (server/profiles.ts), applied as in /api/check
//   "all-safe" (the default) applies every safe suggestion and sentence rewrite, checks again and repeats until
//   nothing changes; suggestions that would lose a fact are left out.
//   A list applies the named suggestions in one round. A suggestion is named
//   "<finding id>@<start>-<end>#<suggestion index>"; the names refer to the report of POST /api/check for the
//   same text and options plus the sentence rewrites (rule "rewrite"). Send "accept": [] to get that report:
//   the answer's findings are then those of the text itself, rewrite proposals included.
// Answer:   { draft, changes: [{ start, end, newStart, newEnd, replacement }], findings, metrics, factCheck,
//             unknown: [names not in the report], skipped: number of overlapping suggestions left out, rounds,
//             truncated?: { changes, findings, facts } when a list was cut at 5,000 (see engine/report.ts) }
// The work runs in a check worker (server/pool/), under the same deadline as a check.
import { Hono } from "hono";
import { z } from "zod";
import type { TaskRunner } from "./pool/inline-runner.ts";
import { checkOptionsSchema, jsonAnswer, limitBody, profileField, readTextRequest } from "./read-request.ts";
import { noProfiles, profileFor, type Profiles } from "./profiles.ts";

export const rewriteRequest = z.strictObject({
  text: z.string(),
  accept: z.union([z.literal("all-safe"), z.array(z.string().max(300)).max(10_000)]).default("all-safe"),
  options: checkOptionsSchema,
  profile: profileField,
});

const invalidMessage = 'De vraag klopt niet. Stuur JSON zoals {"text": "uw tekst", "accept": "all-safe"}.';

export function rewriteRoutes(runner: TaskRunner, profiles: Profiles = noProfiles) {
  const app = new Hono();
  app.post("/api/rewrite", limitBody(), async (c) => {
    const { text, accept, options, profile } = await readTextRequest(c, rewriteRequest, invalidMessage);
    return jsonAnswer(await runner.run({ kind: "rewrite", text, accept, options, profile: profileFor(profiles, profile, options) }));
  });
  return app;
}
