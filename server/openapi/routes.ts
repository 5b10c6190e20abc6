// GET /api/openapi.json (the OpenAPI 3.1 document) and GET /api/docs (the same, as a readable page).
import { Hono } from "hono";
import { escapeHtml } from "../../cli/review/html/escape.ts";
import { openApiDocument } from "./document.ts";


function docsPage(doc: ReturnType<typeof openApiDocument>): string {
  const sections = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, { summary: string; requestBody?: { content: Record<string, { schema: unknown }> }; parameters?: { name: string }[]; responses: Record<string, { description: string }> }>).map(
      ([method, op]) => {
        const body = op.requestBody ? Object.entries(op.requestBody.content).map(([type, c]) => `<h4>Vraag (${escapeHtml(type)})</h4><details><summary>Schema</summary><pre>${escapeHtml(JSON.stringify(c.schema, null, 2))}</pre></details>`).join("") : "";
        const params = op.parameters?.length ? `<h4>Parameters</h4><p>${op.parameters.map((p) => `<code>${escapeHtml(p.name)}</code>`).join(", ")}</p>` : "";
        const responses = Object.entries(op.responses).map(([status, r]) => `<li><code>${escapeHtml(status)}</code> ${escapeHtml(r.description)}</li>`).join("");
        return `<section><h3><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h3><p>${escapeHtml(op.summary)}</p>${params}${body}<h4>Antwoorden</h4><ul>${responses}</ul></section>`;
      },
    ),
  );
  return `<!doctype html><html lang="nl" class="voorbeeld-theme utrecht-root"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Helder API</title><link rel="stylesheet" href="/page.css"></head><body><main class="helder-docs"><h1>Helder API</h1><p>${escapeHtml(doc.info.description)}</p><p>Het hele document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(doc.openapi)}). Koppelen met Word, LibreOffice en editors: zie <code>docs/integrations.md</code>.</p><h2>Adressen</h2>${sections.join("")}</main></body></html>`;
}

export function openApiRoutes(): Hono {
  const app = new Hono();
  const doc = openApiDocument();
  const page = docsPage(doc);
  app.get("/api/openapi.json", (c) => c.json(doc));
  app.get("/api/docs", (c) => c.html(page));
  return app;
}
