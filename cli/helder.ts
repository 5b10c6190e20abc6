// Command line: helder check [--format json|text] [--fail-on error|warning] FILE|-
//               helder rewrite [--format json|text] FILE|-   (draft on stdout, fact check on stderr)
//               helder review [options] PATH…   (folders of templates: cli/review/)
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { defaultChecker } from "../server/default-checker.ts";
import { formatText } from "./format-text.ts";
import { compareFacts } from "../engine/facts/compare.ts";
import { rewriteAllSafe } from "../engine/rewrite/rewrite.ts";

const usage = `Gebruik: helder check [--format json|text] [--fail-on error|warning] BESTAND
  BESTAND  het tekstbestand dat Helder nakijkt; '-' leest de tekst van standaardinvoer
  --format json geeft het rapport als JSON; text (standaard) geeft een lijst om te lezen
  --fail-on  stopt met code 1 als er een fout (error) of waarschuwing (warning) is
       helder rewrite [--format json|text] BESTAND
  schrijft een B1-versie met alle veilige voorstellen naar standaarduitvoer en de feitencheck naar standaardfout;
  stopt met code 1 als er een feit (bedrag, datum, naam …) kwijt of veranderd is
       helder review [opties] PAD…
  controleert sjablonen in bestanden en mappen; meer uitleg: helder review --help`;

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
  if ((command !== "check" && command !== "rewrite") || !file || rest.length) fail(usage);
  if (values.format !== "json" && values.format !== "text") fail(`onbekend formaat '${values.format}'. Kies json of text.`);
  const failOn = values["fail-on"];
  if (failOn !== undefined && failOn !== "error" && failOn !== "warning") fail(`--fail-on kan error of warning zijn.`);

  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (err) {
    fail(`kan '${file}' niet lezen (${(err as NodeJS.ErrnoException).code ?? "onbekende fout"}).`);
  }
  if (command === "rewrite") return rewrite(text, values.format === "json");
  const report = defaultChecker().check(text);
  process.stdout.write(values.format === "json" ? `${JSON.stringify(report)}\n` : formatText(text, report, file === "-" ? "invoer" : file));
  const failing = failOn === "error" ? ["error"] : failOn === "warning" ? ["error", "warning"] : [];
  if (report.findings.some((f) => failing.includes(f.severity))) process.exitCode = 1;
}

function rewrite(text: string, json: boolean) {
  const result = rewriteAllSafe(defaultChecker(), text);
  const facts = compareFacts(text, result.draft);
  process.stdout.write(json ? `${JSON.stringify({ draft: result.draft, changes: result.changes, findings: result.report.findings, factCheck: facts })}\n` : result.draft);
  const lines = [`Feitencheck: ${facts.kept} van de ${facts.facts.length} feiten staan nog in de tekst.`, ...facts.findings.map((f) => `fout: ${f.message}`)];
  process.stderr.write(`${lines.join("\n")}\n`);
  if (facts.findings.length) process.exitCode = 1;
}

const argv = process.argv.slice(2);
// loaded only for review: its file readers (Word, HTML) would slow down every other command's start
if (argv[0] === "review") process.exitCode = await (await import("./review/main.ts")).reviewMain(argv.slice(1));
else main(argv);
