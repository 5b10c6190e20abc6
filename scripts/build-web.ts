// Builds the web page: one ES module with <helder-checker> and Lit inside (dist/web/helder-checker.js),
// the page CSS with the NL Design System CSS bundled in (dist/web/page.css), and the page (index.html).
// Run `tsx scripts/build-web.ts`; the server calls ensureWebBuild() at start-up.
import { mkdir, readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import type { Plugin } from "esbuild";
import { projectRoot } from "../server/project-root.ts";
import { browserModuleOptions, newestSourceTime, writeAtomically } from "./build-shared.ts";
import { readPage } from "./page-shell.ts";

const root = projectRoot();
const thisScript = join(root, "scripts", "build-web.ts");
const sharedScript = join(root, "scripts", "build-shared.ts");
const pageShell = join(root, "scripts", "page-shell.ts");
const webDir = join(root, "web");
export const webOutDir = join(root, "dist", "web");
export const WEB_FILES = ["helder-checker.js", "page.css", "index.html"] as const;

const require = createRequire(join(root, "package.json"));

/**
 * The design tokens that the component's CSS refers to (and the tokens those refer to), from the NL Design
 * System's open "Voorbeeld" theme (EUPL-1.2), as one `:host { … }` rule. The component adopts it only on pages
 * that do not load a theme of their own.
 */
async function tokenSubset(sources: string[]): Promise<string> {
  // Helder's palette first: the first value of a token wins
  const theme =
    (await readFile(join(webDir, "helder-palette.css"), "utf8")) +
    (await readFile(require.resolve("@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css"), "utf8"));
  const values = new Map<string, string>();
  for (const match of theme.matchAll(/(--[\w-]{1,120}):\s{0,4}([^;{}]{1,400});/g)) {
    if (!values.has(match[1]!)) values.set(match[1]!, match[2]!.trim());
  }
  const wanted = new Set<string>();
  const queue: string[] = [];
  const collect = (css: string) => {
    for (const match of css.matchAll(/var\(\s{0,4}(--[\w-]{1,120})/g)) {
      const name = match[1]!;
      if (!wanted.has(name) && values.has(name)) {
        wanted.add(name);
        queue.push(name);
      }
    }
  };
  sources.forEach(collect);
  while (queue.length > 0) collect(values.get(queue.pop()!)!);
  const declarations = [...wanted].sort().map((name) => `${name}: ${values.get(name)};`);
  return `:host { ${declarations.join(" ")} }`;
}

function tokensPlugin(): Plugin {
  return {
    name: "helder-tokens",
    setup(build) {
      build.onResolve({ filter: /^helder:tokens$/ }, () => ({ path: "tokens", namespace: "helder" }));
      build.onLoad({ filter: /.*/, namespace: "helder" }, async () => {
        const sources = await Promise.all([
          readFile(require.resolve("@utrecht/button-css/dist/index.min.css"), "utf8"),
          readFile(join(webDir, "helder-checker", "helder-checker.styles.ts"), "utf8"),
        ]);
        return { contents: await tokenSubset(sources), loader: "text" };
      });
    },
  };
}

export interface BuildResult {
  outDir: string;
  milliseconds: number;
  bytes: Record<string, number>;
}

export async function buildWeb(outDir: string = webOutDir): Promise<BuildResult> {
  const started = performance.now();
  const esbuild = await import("esbuild");
  await mkdir(outDir, { recursive: true });
  const [script, page] = await Promise.all([
    esbuild.build({
      entryPoints: [join(webDir, "helder-checker", "index.ts")],
      ...browserModuleOptions(root),
      loader: { ".css": "text" },
      plugins: [tokensPlugin()],
    }),
    esbuild.build({
      entryPoints: [join(webDir, "page.css")],
      bundle: true,
      minify: true,
      write: false,
      logLevel: "silent",
    }),
  ]);
  const js = script.outputFiles[0]!.contents;
  const css = page.outputFiles[0]!.contents;
  const htmlText = await readPage(join(webDir, "index.html"));
  await Promise.all([
    writeAtomically(join(outDir, "helder-checker.js"), js),
    writeAtomically(join(outDir, "page.css"), css),
    writeAtomically(join(outDir, "index.html"), htmlText),
  ]);
  return {
    outDir,
    milliseconds: Math.round(performance.now() - started),
    bytes: { "helder-checker.js": js.byteLength, "page.css": css.byteLength, "index.html": htmlText.byteLength },
  };
}

/** True when a built file is missing or older than a source file (web/** or this script). */
export async function isWebBuildStale(outDir: string = webOutDir): Promise<boolean> {
  let oldestOutput = Infinity;
  for (const file of WEB_FILES) {
    try {
      oldestOutput = Math.min(oldestOutput, (await stat(join(outDir, file))).mtimeMs);
    } catch {
      return true;
    }
  }
  const newestSource = Math.max(await newestSourceTime(webDir), ...(await Promise.all([thisScript, sharedScript, pageShell].map(async (f) => (await stat(f)).mtimeMs))));
  return newestSource > oldestOutput;
}

/** Builds the page if it is missing or stale (about 100 ms), and returns the folder to serve. */
export async function ensureWebBuild(outDir: string = webOutDir): Promise<string> {
  if (await isWebBuildStale(outDir)) await buildWeb(outDir);
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === thisScript) {
  const result = await buildWeb();
  const sizes = Object.entries(result.bytes)
    .map(([file, bytes]) => `${file} ${(bytes / 1024).toFixed(1)} kB`)
    .join(", ");
  console.log(`web build in ${result.milliseconds} ms → ${result.outDir}: ${sizes}`);
}
