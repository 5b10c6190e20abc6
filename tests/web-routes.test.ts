// The web routes and security headers, through the real app (no port, no browser).
import { describe, expect, it } from "vitest";
import { createApp } from "../server/app.ts";

describe("web routes", () => {
  const app = createApp();

  it("answers an unknown address with a page in Dutch and status 404", async () => {
    const response = await app.request("/bestaat-niet");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain('<html lang="nl"');
    expect(html).toContain("<h1 class=\"utrecht-heading-1\">Deze pagina bestaat niet</h1>");
    expect(html).not.toContain("Not Found");
    // the API keeps its JSON errors
    const api = await app.request("/api/bestaat-niet");
    expect(api.status).toBe(404);
    expect((await api.json()).error.code).toBe("not_found");
  });

  it("serves the page with a strict CSP, nosniff and no framing", async () => {
    const response = await app.request("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    const html = await response.text();
    expect(html).toContain('<script type="module" src="/helder-checker.js"></script>');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).toContain("<helder-checker");
  });

  it("serves the component as one ES module that other sites may load", async () => {
    const response = await app.request("/helder-checker.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/javascript");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const code = await response.text();
    expect(code).toContain("helder-checker");
    expect(code).not.toMatch(/^\s*import\s|from\s*["']lit/m);
  });

  it("serves the page CSS with the NL Design System tokens in it", async () => {
    const response = await app.request("/page.css");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/css");
    expect(await response.text()).toContain("--utrecht-");
  });

  it("keeps security headers on API answers too", async () => {
    const response = await app.request("/api/health");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
