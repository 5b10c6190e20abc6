// The body of a JSON request to the check and rewrite API, at most maxBodyBytes. On Node it is read straight from
// the request stream (@hono/node-server's c.env.incoming): touching c.req.raw.body makes the adapter build a web
// Request with a ReadableStream around that stream; without it the HTTP thread's work per letter went from about
// 1.7 to 0.8 ms. Without a Node request (app.request() in tests) Hono's own body limit and c.req.text() do the same.
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { IncomingMessage } from "node:http";
import { collectWhenQuiet } from "./collect-when-quiet.ts";
import { ApiError, errorBody, messages } from "./errors.ts";

/** A body of this many characters is collected soon after it is done with (collect-when-quiet.ts). */
const LARGE_BODY_CHARS = 64 * 1024;

export const maxBodyBytes = 1024 * 1024;

const bodies = new WeakMap<Request, string>();

const tooLarge = (c: Context) => c.json(errorBody("payload_too_large", messages.tooLarge), 413);
const honoLimit = bodyLimit({ maxSize: maxBodyBytes, onError: tooLarge });

function nodeRequest(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming && typeof incoming.on === "function" && !incoming.readableEnded ? incoming : undefined;
}

/**
 * The text of the stream, or undefined as soon as it has more than `limit` bytes (the rest is not read). Each chunk is
 * decoded as it comes (a character split over two chunks waits for the next): no second copy of a 1 MB body.
 */
function readUpTo(incoming: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const utf8 = new TextDecoder(); // like Request.text(): replaces bad bytes, drops a byte order mark
    let text = "";
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void (text += utf8.decode(chunk, { stream: true }));
      incoming.off("data", onData);
      incoming.pause();
      resolve(undefined);
    };
    incoming.on("data", onData);
    incoming.once("end", () => resolve(text + utf8.decode()));
    // a client that goes away before its body is whole gets what a broken body gets (as through the web Request)
    incoming.once("error", () => reject(new ApiError(400, "bad_json", messages.badJson)));
  });
}

/** Middleware: answers 413 on a body over 1 MB (declared or sent), and keeps the body's text for requestText. */
export const limitBody = (): MiddlewareHandler => async (c, next) => {
  const incoming = nodeRequest(c);
  if (!incoming) return honoLimit(c, next);
  if (Number(incoming.headers["content-length"]) > maxBodyBytes) return tooLarge(c);
  const text = await readUpTo(incoming, maxBodyBytes);
  if (text === undefined) return tooLarge(c);
  bodies.set(c.req.raw, text);
  if (text.length > LARGE_BODY_CHARS) collectWhenQuiet();
  return next();
};

/** The request's body as text: as limitBody read it, or from the web Request. */
export async function requestText(c: Context): Promise<string> {
  return bodies.get(c.req.raw) ?? (await c.req.text());
}
