// Command line: helder check [--format json|text] [--fail-on error|warning] FILE|-
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { defaultChecker } from "../server/default-checker.ts";
import { formatText } from "./format-text.ts";

const usage = `Gebruik: helder check [--format json|text] [--fail-on error|warning] BESTAND
  BESTAND  het tekstbestand dat Helder nakijkt; '-' leest de tekst van standaardinvoer
  --format json geeft het rapport als JSON; text (standaard) geeft een lijst om te lezen
  --fail-on  stopt met code 1 als er een fout (error) of waarschuwing (warning) is`;

function fail(message: string, code = 2): never {
  process.stderr.write(`helder: ${message}\n`);
  process.exit(code);
}

function main(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: "string", default: "text" }, "fail-on": { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (err) {
    fail(`${(err as Error).message}\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return void process.stdout.write(`${usage}\n`);
  const [command, file, ...rest] = positionals;
  if (command !== "check" || !file || rest.length) fail(usage);
  if (values.format !== "json" && values.format !== "text") fail(`onbekend formaat '${values.format}'. Kies json of text.`);
  const failOn = values["fail-on"];
  if (failOn !== undefined && failOn !== "error" && failOn !== "warning") fail(`--fail-on kan error of warning zijn.`);

  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (err) {
    fail(`kan '${file}' niet lezen (${(err as NodeJS.ErrnoException).code ?? "onbekende fout"}).`);
  }
  const report = defaultChecker().check(text);
  process.stdout.write(values.format === "json" ? `${JSON.stringify(report)}\n` : formatText(text, report, file === "-" ? "invoer" : file));
  const failing = failOn === "error" ? ["error"] : failOn === "warning" ? ["error", "warning"] : [];
  if (report.findings.some((f) => failing.includes(f.severity))) process.exitCode = 1;
}

main(process.argv.slice(2));
