// The Hono app: POST /api/check, POST /api/rewrite and GET /api/health over the shared engine. Never logs or stores the text.
import { Hono } from "hono";
import { cors } from "hono/cors";
import type { Checker } from "../engine/index.ts";
import { defaultChecker } from "./default-checker.ts";
import { exerciseRoutes } from "./exercise/routes.ts";
import type { LetterScore } from "./exercise/letter-score.ts";
import { ApiError, errorBody, messages } from "./errors.ts";
import { inlineRunner, type TaskRunner } from "./pool/inline-runner.ts";
import { checkRequest, jsonAnswer, limitBody, maxBodyBytes, readTextRequest } from "./read-request.ts";
import { rewriteRoutes } from "./rewrite-route.ts";
import { reviewRoutes } from "./review-route.ts";
import { noProfiles, profileFor, type Profiles } from "./profiles.ts";
import { languageToolRoutes } from "./languagetool/routes.ts";
import { openApiRoutes } from "./openapi/routes.ts";
import { securityHeaders } from "./security-headers.ts";
import { webRoutes } from "./web-routes.ts";

export { maxBodyBytes };

export type Readiness = "starting" | "ready" | "stopping";

export interface AppOptions {
  /** Other sites (origins) whose pages may call /api/check and /api/rewrite: an intranet page with the component. */
  allowedOrigins?: string[];
  /** The address participants of a workshop use (LAN mode); default: the address the trainer uses. */
  publicBase?: string;
  /** Where checks and rewrites run: the worker pool in the server; default the checker on this thread (tests). */
  runner?: TaskRunner;
  /** For /api/ready: the workers are still starting, the server takes work, or it is stopping. */
  readiness?: () => Readiness;
  /** Profiles a request may name ("profile": "<name>"); server/main.ts loads them from HELDER_PROFILES. */
  profiles?: Profiles;
}

export function createApp(checker: Checker = defaultChecker(), options: AppOptions = {}) {
  const app = new Hono();
  app.use("*", securityHeaders);
  if (options.allowedOrigins?.length) {
    const embedding = cors({ origin: options.allowedOrigins, allowMethods: ["POST", "OPTIONS"], allowHeaders: ["content-type"], maxAge: 600 });
    app.use("/api/check", embedding);
    app.use("/api/rewrite", embedding);
  }

  app.onError((err, c) => {
    if (err instanceof ApiError) {
      if (err.code === "busy") c.header("Retry-After", "2");
      return c.json(errorBody(err.code, err.message), err.status);
    }
    // never echo the error or the request: it may contain the text
    console.error(`helder: interne fout (${err.name})`);
    return c.json(errorBody("internal_error", messages.internal), 500);
  });

  const runner = options.runner ?? inlineRunner(checker);
  const profiles = options.profiles ?? noProfiles;
  app.get("/api/health", (c) => c.json({ status: "ok", version: 1 }));
  app.get("/api/ready", (c) => {
    const state = options.readiness?.() ?? "ready";
    if (state === "ready") return c.json({ status: "ready" });
    return c.json({ status: state, ...errorBody("not_ready", state === "starting" ? messages.starting : messages.stopping) }, 503);
  });

  app.post("/api/check", limitBody(), async (c) => {
    const { text, options, profile } = await readTextRequest(c, checkRequest);
    return jsonAnswer(await runner.run({ kind: "check", text, options, profile: profileFor(profiles, profile, options) }));
  });

  app.route(
    "/",
    exerciseRoutes(checker, {
      ...(options.publicBase ? { publicBase: options.publicBase } : {}),
      scoreLetter: async (original, text) => JSON.parse(await runner.run({ kind: "score-letter", original, text })) as LetterScore,
    }),
  );
  app.route("/", rewriteRoutes(runner, profiles));
  app.route("/", reviewRoutes(runner, profiles));
  app.route("/", languageToolRoutes(runner));
  app.route("/", openApiRoutes());
  app.all("/api/*", (c) => c.json(errorBody("not_found", messages.notFound), 404));
  app.route("/", webRoutes());
  return app;
}
