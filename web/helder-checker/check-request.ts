// POST {api}/check for one text. The answer is the report, or a message for the user when checking failed.
import type { HelderReport } from "../report-types.ts";

export const TOO_LARGE_MESSAGE =
  "Uw tekst is te lang om te controleren. Helder kan tot 1 MB aan tekst aan. Maak de tekst korter, of controleer hem in delen.";
export const FAILED_MESSAGE = "Controleren lukt nu niet. Probeer het later opnieuw.";

export type CheckAnswer = { report: HelderReport } | { error: string };

export function apiUrl(api: string, path: string): string {
  return `${api.replace(/\/+$/, "")}/${path}`;
}

/** Throws only when aborted; every other failure becomes a message. */
export async function requestCheck(api: string, text: string, signal: AbortSignal): Promise<CheckAnswer> {
  try {
    const response = await fetch(apiUrl(api, "check"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
      signal,
    });
    // a text over the limit will never pass, so "try again later" would be wrong
    if (response.status === 413) return { error: TOO_LARGE_MESSAGE };
    if (!response.ok) return { error: FAILED_MESSAGE };
    return { report: (await response.json()) as HelderReport };
  } catch (error) {
    if (signal.aborted) throw error;
    return { error: FAILED_MESSAGE };
  }
}
