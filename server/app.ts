// The Hono app: POST /api/check, POST /api/rewrite and GET /api/health over the shared engine. Never logs or stores the text.
import { Hono } from "hono";
import { cors } from "hono/cors";
import { z } from "zod";
import type { Checker } from "../engine/index.ts";
import { defaultChecker } from "./default-checker.ts";
import { exerciseRoutes } from "./exercise/routes.ts";
import { ApiError, errorBody, messages } from "./errors.ts";
import { checkOptionsSchema, limitBody, maxBodyBytes, readTextRequest } from "./read-request.ts";
import { rewriteRoutes } from "./rewrite-route.ts";
import { securityHeaders } from "./security-headers.ts";
import { webRoutes } from "./web-routes.ts";

export { maxBodyBytes };

const checkRequest = z.strictObject({
  text: z.string(),
  options: checkOptionsSchema,
});

const readCheckRequest = (req: Request) => readTextRequest(req, checkRequest);

export interface AppOptions {
  /** Other sites (origins) whose pages may call /api/check and /api/rewrite: an intranet page with the component. */
  allowedOrigins?: string[];
  /** The address participants of a workshop use (LAN mode); default: the address the trainer uses. */
  publicBase?: string;
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
    if (err instanceof ApiError) return c.json(errorBody(err.code, err.message), err.status);
    // never echo the error or the request: it may contain the text
    console.error(`helder: interne fout (${err.name})`);
    return c.json(errorBody("internal_error", messages.internal), 500);
  });

  app.get("/api/health", (c) => c.json({ status: "ok", version: 1 }));

  app.post(
    "/api/check",
    limitBody(),
    async (c) => {
      const { text, options } = await readCheckRequest(c.req.raw);
      return c.json(checker.check(text, options));
    },
  );

  app.route("/", exerciseRoutes(checker, options.publicBase ? { publicBase: options.publicBase } : {}));
  app.route("/", rewriteRoutes(checker));
  app.all("/api/*", (c) => c.json(errorBody("not_found", messages.notFound), 404));
  app.route("/", webRoutes());
  return app;
}
