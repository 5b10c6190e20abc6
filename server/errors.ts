// One error shape for every API error: { error: { code, message } }, with a B1 Dutch message.
import type { ContentfulStatusCode } from "hono/utils/http-status";

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const errorBody = (code: string, message: string) => ({ error: { code, message } });

export const messages = {
  badJson: "De vraag is geen goede JSON. Stuur JSON zoals {\"text\": \"uw tekst\"}.",
  noText: "Er staat geen tekst in de vraag. Stuur JSON zoals {\"text\": \"uw tekst\"}.",
  emptyText: "De tekst is leeg. Plak of typ eerst een tekst.",
  binary: "Dit lijkt geen gewone tekst. Stuur alleen platte tekst.",
  tooLarge: "De tekst is te lang. Stuur een tekst van hoogstens 1 MB.",
  contentType: "Stuur de tekst als JSON, met Content-Type: application/json.",
  notFound: "Deze pagina bestaat niet.",
  internal: "Er ging iets mis bij Helder. Probeer het nog een keer.",
  tooSlow: "Het controleren duurde te lang. Maak de tekst korter of controleer hem in delen.",
  busy: "Helder heeft het nu heel druk. Probeer het over een paar seconden opnieuw.",
  badOptions: "De grens voor een fout moet hoger zijn dan de grens voor een waarschuwing (sentenceErrorWords > sentenceWarnWords).",
  starting: "Helder start nog. Probeer het over een paar seconden opnieuw.",
  stopping: "Helder stopt zo. Probeer het over een minuut opnieuw.",
} as const;
