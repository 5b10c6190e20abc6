// The OpenAPI 3.1 document of /api/* and /v2/*, made from zod schemas: the request schemas are the ones that
// validate requests, so the document cannot drift from what the server accepts. The workshop's endpoints
// (/api/oefening/…) serve Helder's own pages and are left out.
import { z } from "zod";
import { checkRequest } from "../read-request.ts";
import { rewriteRequest } from "../rewrite-route.ts";
import {
  errorSchema,
  healthSchema,
  ltCheckParameters,
  ltCheckResponseSchema,
  ltLanguagesSchema,
  readySchema,
  reportSchema,
  reviewRequestSchema,
  reviewResponseSchema,
  rewriteResponseSchema,
} from "./schemas.ts";

const schema = (s: z.ZodType, io: "input" | "output" = "output") => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
};
const json = (s: z.ZodType, io: "input" | "output" = "output") => ({ "application/json": { schema: schema(s, io) } });
const error = (description: string) => ({ description, content: json(errorSchema) });

export function openApiDocument() {
  const ltParameters = schema(ltCheckParameters, "input") as { properties: Record<string, object>; required?: string[] };
  return {
    openapi: "3.1.0",
    info: {
      title: "Helder",
      version: "1",
      summary: "Een B1-schrijfhulp voor Nederlandse brieven.",
      description: "Helder controleert een Nederlandse tekst op taalniveau B1. Helder bewaart, logt of verstuurt de tekst nooit.",
      license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
    },
    paths: {
      "/api/check": {
        post: {
          summary: "Controleer een tekst",
          requestBody: { required: true, content: json(checkRequest, "input") },
          responses: {
            "200": { description: "Het rapport", content: json(reportSchema) },
            "400": error("Geen goede vraag"),
            "413": error("Tekst langer dan 1 MB"),
            "415": error("Geen application/json"),
            "503": error("Te druk, of de tekst kostte te veel tijd"),
          },
        },
      },
      "/api/rewrite": {
        post: {
          summary: "Maak een B1-versie met de veilige suggesties",
          requestBody: { required: true, content: json(rewriteRequest, "input") },
          responses: {
            "200": { description: "De nieuwe versie, de wijzigingen en de feitencheck", content: json(rewriteResponseSchema) },
            "400": error("Geen goede vraag"),
            "413": error("Tekst langer dan 1 MB"),
            "415": error("Geen application/json"),
            "503": error("Te druk, of de tekst kostte te veel tijd"),
          },
        },
      },
      "/api/review": {
        post: {
          summary: "Controleer sjablonen (bestanden)",
          requestBody: {
            required: true,
            content: {
              "multipart/form-data": {
                schema: { ...schema(reviewRequestSchema, "input"), properties: { ...(schema(reviewRequestSchema, "input").properties as object), files: { type: "array", items: { type: "string", contentMediaType: "application/octet-stream" } } } },
              },
            },
          },
          responses: {
            "200": { description: "Een rapport per bestand, en de totalen", content: json(reviewResponseSchema) },
            "400": error("Geen goede vraag, of een onbekend profiel"),
            "413": error("Te veel of te grote bestanden"),
            "415": error("Geen multipart/form-data"),
          },
        },
      },
      "/api/health": { get: { summary: "Draait Helder?", responses: { "200": { description: "Ja", content: json(healthSchema) } } } },
      "/api/ready": {
        get: {
          summary: "Neemt Helder werk aan?",
          responses: { "200": { description: "Ja", content: json(readySchema) }, "503": { description: "Helder start of stopt", content: json(readySchema) } },
        },
      },
      "/v2/check": {
        post: {
          summary: "Controleer een tekst (LanguageTool-protocol)",
          requestBody: { required: true, content: { "application/x-www-form-urlencoded": { schema: ltParameters } } },
          responses: {
            "200": { description: "Matches zoals LanguageTool ze geeft", content: json(ltCheckResponseSchema) },
            "400": { description: "Geen tekst", content: { "text/plain": { schema: { type: "string" } } } },
          },
        },
        get: {
          summary: "Controleer een tekst (LanguageTool-protocol)",
          parameters: Object.entries(ltParameters.properties).map(([name, s]) => ({ name, in: "query", required: name === "language", schema: s })),
          responses: { "200": { description: "Matches zoals LanguageTool ze geeft", content: json(ltCheckResponseSchema) } },
        },
      },
      "/v2/languages": { get: { summary: "De talen: Nederlands", responses: { "200": { description: "De talen", content: json(ltLanguagesSchema) } } } },
    },
  };
}
