// Reading a JSON request with a text: content type, JSON, schema, empty and binary text. Shared by
// POST /api/check and POST /api/rewrite so both answer with the same errors.
import type { Context } from "hono";
import { z } from "zod";
import { defaultCheckOptions } from "../engine/types.ts";
import { ApiError, messages } from "./errors.ts";
import { requestText } from "./request-body.ts";

export { limitBody, maxBodyBytes } from "./request-body.ts";

/** The check options a request may set (thresholds and ids to switch off). */
export const checkOptionsSchema = z
  .strictObject({
    sentenceWarnWords: z.number().int().min(5).max(200).optional(),
    sentenceErrorWords: z.number().int().min(5).max(200).optional(),
    disable: z.array(z.string().max(100)).max(500).optional(),
  })
  .optional();

/** The name of a server profile (HELDER_PROFILES, see server/profiles.ts): its file name without .yaml. */
export const profileField = z.string().min(1).max(100).describe("Een profiel van de server: de naam van het bestand zonder .yaml").optional();

/** The body of POST /api/check. */
export const checkRequest = z.strictObject({
  text: z.string(),
  options: checkOptionsSchema,
  profile: profileField,
});

/** A warning threshold above the error threshold (the defaults fill in what is not given) is not a usable setting. */
function checkThresholds(options: z.infer<typeof checkOptionsSchema>): void {
  const warn = options?.sentenceWarnWords ?? defaultCheckOptions.sentenceWarnWords;
  const error = options?.sentenceErrorWords ?? defaultCheckOptions.sentenceErrorWords;
  if (warn > error) throw new ApiError(400, "invalid_options", messages.badOptions);
}

/** An answer whose JSON the check worker already wrote. */
export const jsonAnswer = (json: string) => new Response(json, { status: 200, headers: { "content-type": "application/json; charset=UTF-8" } });

/** Text with NUL bytes or many control characters is not a letter. */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 4096);
  const control = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return control > sample.length / 20;
}

/** Reads and checks the request body; throws ApiError with a B1 message when it is not a usable text. */
export async function readTextRequest<T extends { text: string; options?: z.infer<typeof checkOptionsSchema> }>(c: Context, schema: z.ZodType<T>, invalidMessage: string = messages.noText): Promise<T> {
  const mediaType = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (mediaType !== "application/json") throw new ApiError(415, "unsupported_media_type", messages.contentType);
  let body: unknown;
  try {
    body = JSON.parse(await requestText(c));
  } catch {
    throw new ApiError(400, "bad_json", messages.badJson);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(400, "invalid_request", invalidMessage);
  if (parsed.data.text.trim() === "") throw new ApiError(400, "empty_text", messages.emptyText);
  if (looksBinary(parsed.data.text)) throw new ApiError(400, "binary_text", messages.binary);
  checkThresholds(parsed.data.options);
  return parsed.data;
}
