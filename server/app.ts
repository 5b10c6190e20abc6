// The Hono app: POST /api/check and GET /api/health over the shared engine. Never logs or stores the text.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import type { Checker } from "../engine/index.ts";
import { defaultChecker } from "./default-checker.ts";
import { ApiError, errorBody, messages } from "./errors.ts";
import { securityHeaders } from "./security-headers.ts";
import { webRoutes } from "./web-routes.ts";

export const maxBodyBytes = 1024 * 1024;

const checkRequest = z.strictObject({
  text: z.string(),
  options: z
    .strictObject({
      sentenceWarnWords: z.number().int().min(5).max(200).optional(),
      sentenceErrorWords: z.number().int().min(5).max(200).optional(),
      disable: z.array(z.string().max(100)).max(500).optional(),
    })
    .optional(),
});

/** Text with NUL bytes or many control characters is not a letter. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 4096);
  const control = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return control > sample.length / 20;
}

async function readCheckRequest(req: Request) {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new ApiError(415, "unsupported_media_type", messages.contentType);
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new ApiError(400, "bad_json", messages.badJson);
  }
  const parsed = checkRequest.safeParse(body);
  if (!parsed.success) throw new ApiError(400, "invalid_request", messages.noText);
  if (parsed.data.text.trim() === "") throw new ApiError(400, "empty_text", messages.emptyText);
  if (looksBinary(parsed.data.text)) throw new ApiError(400, "binary_text", messages.binary);
  return parsed.data;
}

export function createApp(checker: Checker = defaultChecker()) {
  const app = new Hono();
  app.use("*", securityHeaders);

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(errorBody(err.code, err.message), err.status);
    // never echo the error or the request: it may contain the text
    console.error(`helder: interne fout (${err.name})`);
    return c.json(errorBody("internal_error", messages.internal), 500);
  });

  app.get("/api/health", (c) => c.json({ status: "ok", version: 1 }));

  app.post(
    "/api/check",
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => c.json(errorBody("payload_too_large", messages.tooLarge), 413),
    }),
    async (c) => {
      const { text, options } = await readCheckRequest(c.req.raw);
      return c.json(checker.check(text, options));
    },
  );

  app.all("/api/*", (c) => c.json(errorBody("not_found", messages.notFound), 404));
  app.route("/", webRoutes());
  return app;
}
