// The review as JSON: { version, files: [{ path, format, report } | { path, error }], skipped, totals }.
// Each report is the JSON text the worker made, put in as it is: exactly what `helder check --format json` prints.
import type { ReviewRun } from "./run-review.ts";
import type { ReviewTotals } from "./totals.ts";

export function formatJson(run: ReviewRun, totals: ReviewTotals): string {
  const files = run.files.map((f) =>
    "error" in f
      ? JSON.stringify({ path: f.path, error: f.error })
      : `{"path":${JSON.stringify(f.path)},"format":${JSON.stringify(f.format)},"report":${f.report}}`,
  );
  return `{"version":1,"files":[${files.join(",")}],"skipped":${JSON.stringify(run.skipped)},"totals":${JSON.stringify(totals)}}\n`;
}
