// helder review [options] PATH…: reviews template files and folders; see usage below.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { loadLexicon } from "../../lexicon/load.ts";
import { ConfigError, findConfig, loadConfig, type ReviewConfig } from "./config.ts";
import { formatJson } from "./format-json.ts";
import { formatReviewText, totalsLine } from "./format-review-text.ts";
import { htmlReport } from "./html-report.ts";
import { reviewMessages } from "./messages.ts";
import { runReview, type ReviewRun } from "./run-review.ts";
import { totalsOf } from "./totals.ts";

export const reviewUsage = `Gebruik: helder review [opties] PAD…
  PAD  een bestand of een map (met alle mappen erin): .txt, .md, .html, .htm, .docx en .odt
  --format text|json|html  een lijst om te lezen (standaard), JSON of een rapport als webpagina
  --out BESTAND            schrijft het resultaat naar dit bestand in plaats van naar het scherm
  --fail-on error|warning  stopt met code 1 bij een fout (error) of waarschuwing (warning), of als een bestand niet te lezen is
  --config BESTAND         de instellingen van uw organisatie (standaard: helder.config.yaml in deze map)
  --quiet                  geen voortgang en geen samenvatting op het scherm`;

function fail(message: string): number {
  process.stderr.write(`helder: ${message}\n`);
  return 2;
}

function progressBar(quiet: boolean) {
  if (quiet || !process.stderr.isTTY || process.env.CI) return undefined;
  return new SingleBar({ format: `${reviewMessages.progress} [{bar}] {value}/{total}`, stream: process.stderr, hideCursor: true, clearOnComplete: true });
}

function failsOn(run: ReviewRun, failOn: string | undefined): boolean {
  if (!failOn) return false;
  const severities = failOn === "error" ? ["error"] : ["error", "warning"];
  return run.files.some((f) => "error" in f || (severities.includes("error") && f.summary.errors > 0) || (severities.includes("warning") && f.summary.warnings > 0));
}

/** Runs the review command; resolves to the exit code. */
export async function reviewMain(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        out: { type: "string" },
        "fail-on": { type: "string" },
        config: { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${reviewUsage}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${reviewUsage}\n`);
    return 0;
  }
  const format = values.format;
  if (format !== "text" && format !== "json" && format !== "html") return fail(`onbekend formaat '${format}'. Kies text, json of html.`);
  const failOn = values["fail-on"];
  if (failOn !== undefined && failOn !== "error" && failOn !== "warning") return fail("--fail-on kan error of warning zijn.");
  if (positionals.length === 0) return fail(reviewUsage);

  let config: ReviewConfig | undefined;
  const configPath = values.config ?? findConfig();
  if (configPath) {
    try {
      config = loadConfig(configPath, new Set(loadLexicon().map((e) => e.id)));
    } catch (error) {
      if (error instanceof ConfigError) return fail(error.message);
      throw error;
    }
  }

  const bar = progressBar(values.quiet);
  const run = await runReview(positionals, {
    config,
    withText: format !== "json",
    onStart: (total) => bar?.start(total, 0),
    onFileDone: () => bar?.increment(),
  });
  bar?.stop();
  if (run.files.length === 0 && run.skipped.length === 0) return fail(reviewMessages.noFiles);
  const totals = totalsOf(run);
  const output = format === "json" ? formatJson(run, totals) : format === "html" ? htmlReport(run, totals, config) : formatReviewText(run, totals);
  if (values.out) {
    try {
      writeFileSync(values.out, output);
    } catch (error) {
      return fail(`kan '${values.out}' niet schrijven (${(error as NodeJS.ErrnoException).code ?? "onbekende fout"}).`);
    }
    if (!values.quiet) process.stderr.write(`${totalsLine(totals)}\nHet resultaat staat in ${values.out}.\n`);
  } else process.stdout.write(output);
  return failsOn(run, failOn) ? 1 : 0;
}
