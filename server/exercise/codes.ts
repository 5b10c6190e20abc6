// Join codes and secret tokens, from the crypto random source.
import { randomBytes, randomInt } from "node:crypto";

/** No look-alikes (0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, U/V): 21 symbols, 6 places, about 86 million codes. */
export const CODE_ALPHABET = "ACEFGHJKMNPRTWXY34679";
export const CODE_LENGTH = 6;

export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Reads a code as typed: lower case, spaces and dashes are fine. */
export function normalizeJoinCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, "");
}

/** 192 random bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(24).toString("base64url");
}
