// Response schemas for the OpenAPI document (requests use the schemas that validate them: server/app.ts,
// server/rewrite-route.ts). Objects are open: new optional fields keep old clients working (brief §3).
import { z } from "zod";

const span = { start: z.number().int().min(0), end: z.number().int().min(0) };

export const suggestionSchema = z
  .object({
    replacement: z.string(),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
    safe: z.boolean().describe("true only when one click leaves correct Dutch with the same meaning (checked by the safety gate)"),
    note: z.string().optional(),
  })
  .loose();

export const findingSchema = z
  .object({
    id: z.string().describe('stable id, e.g. "lexicon/indien", "sentence-length", "passive"'),
    rule: z.string(),
    category: z.string().optional(),
    severity: z.enum(["error", "warning", "info"]),
    ...span,
    text: z.string().describe("text.slice(start, end) of the input (UTF-16 offsets)"),
    message: z.string().describe("B1 Dutch: why, and what to do"),
    suggestions: z.array(suggestionSchema),
  })
  .loose();

export const reportSchema = z
  .object({
    version: z.literal(1),
    metrics: z.record(z.string(), z.number()),
    sentences: z.array(z.object({ ...span, words: z.number().int(), class: z.number().int().min(1).max(4).optional() }).loose()),
    findings: z.array(findingSchema),
    placeholders: z.array(z.object({ ...span, text: z.string() })),
    truncated: z.object({ findings: z.number().int(), sentences: z.number().int() }).optional(),
    level: z.object({ score: z.number(), label: z.string(), reasons: z.array(z.string()) }).loose().optional(),
  })
  .loose();

export const rewriteResponseSchema = z
  .object({
    draft: z.string(),
    changes: z.array(z.object({ ...span, newStart: z.number().int(), newEnd: z.number().int(), replacement: z.string() })),
    findings: z.array(findingSchema),
    metrics: z.record(z.string(), z.number()),
    factCheck: z.object({ kept: z.number().int(), facts: z.array(z.unknown()), missing: z.array(z.unknown()), changed: z.array(z.unknown()), findings: z.array(findingSchema) }).loose(),
    unknown: z.array(z.string()),
    skipped: z.number().int(),
    rounds: z.number().int(),
    truncated: z.object({ changes: z.number().int(), findings: z.number().int(), facts: z.number().int() }).optional(),
  })
  .loose();

export const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export const healthSchema = z.object({ status: z.literal("ok"), version: z.number() });
export const readySchema = z.object({ status: z.string() }).loose();

const ltMatch = z
  .object({
    message: z.string(),
    shortMessage: z.string(),
    replacements: z.array(z.object({ value: z.string() })),
    offset: z.number().int(),
    length: z.number().int(),
    context: z.object({ text: z.string(), offset: z.number().int(), length: z.number().int() }),
    sentence: z.string(),
    type: z.object({ typeName: z.string() }),
    rule: z.object({ id: z.string(), description: z.string(), issueType: z.string(), category: z.object({ id: z.string(), name: z.string() }) }).loose(),
  })
  .loose();

export const ltCheckResponseSchema = z
  .object({
    software: z.object({ name: z.string(), version: z.string(), apiVersion: z.number() }).loose(),
    warnings: z.record(z.string(), z.unknown()),
    language: z.object({ name: z.string(), code: z.string(), detectedLanguage: z.object({ name: z.string(), code: z.string(), confidence: z.number() }) }),
    matches: z.array(ltMatch),
  })
  .loose();

export const ltLanguagesSchema = z.array(z.object({ name: z.string(), code: z.string(), longCode: z.string() }));

export const ltCheckParameters = z
  .object({
    text: z.string().optional().describe("the text to check; or use data"),
    data: z.string().optional().describe('annotated text as JSON: {"annotation":[{"text":"…"},{"markup":"<b>","interpretAs":""}]}'),
    language: z.string().describe("nl, nl-NL, nl-BE or auto; another language gives no matches and a warning"),
    enabledRules: z.string().optional(),
    disabledRules: z.string().optional(),
    enabledCategories: z.string().optional(),
    disabledCategories: z.string().optional(),
    enabledOnly: z.enum(["true", "false"]).optional(),
    level: z.enum(["default", "picky"]).optional(),
  })
  .loose();

const reviewFile = z.union([
  z.object({ path: z.string(), format: z.string(), report: reportSchema, text: z.string().optional() }).loose(),
  z.object({ path: z.string(), error: z.object({ code: z.string(), message: z.string() }) }).loose(),
]);

export const reviewResponseSchema = z
  .object({
    version: z.literal(1),
    files: z.array(reviewFile),
    skipped: z.array(z.object({ path: z.string(), reason: z.string() }).loose()).optional(),
    totals: z.record(z.string(), z.unknown()),
  })
  .loose();

export const reviewRequestSchema = z.object({
  files: z.array(z.string().describe("a file: .txt, .md, .html, .docx or .odt")).describe("one or more files, at most 200 and 20 MB together"),
  profile: z.string().optional().describe("a profile the server loaded (HELDER_PROFILES)"),
  text: z.enum(["true", "false"]).optional().describe("true: each file also gets the text Helder checked"),
});
