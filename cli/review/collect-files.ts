// The files a review reads, in a stable order: the paths in the order given; a folder's files sorted by name,
// its subfolders walked in the same order. Hidden files and folders and Word's lock files (~$brief.docx) are left out.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { formatOf, type TemplateFormat } from "./extract/extract-text.ts";
import { fileErrorOf } from "./review-error.ts";
import { reviewMessages } from "./messages.ts";

export type Collected =
  | { kind: "file"; path: string; format: TemplateFormat; bytes: number }
  | { kind: "skipped"; path: string; reason: string }
  | { kind: "error"; path: string; error: { code: string; message: string } };

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const hidden = (name: string) => name.startsWith(".") || name.startsWith("~$") || name === "node_modules";

export function collectFiles(paths: string[]): Collected[] {
  const out: Collected[] = [];
  const seen = new Set<string>();
  const visit = (path: string, given: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      out.push({ kind: "error", path, error: fileErrorOf(error) });
      return;
    }
    if (stat.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path);
      } catch (error) {
        out.push({ kind: "error", path, error: fileErrorOf(error) });
        return;
      }
      for (const name of names.sort(byName)) if (!hidden(name)) visit(join(path, name), false);
      return;
    }
    if (!stat.isFile() || seen.has(path)) return;
    seen.add(path);
    const format = formatOf(path);
    if (format) out.push({ kind: "file", path, format, bytes: stat.size });
    else if (given || !hidden(path)) out.push({ kind: "skipped", path, reason: reviewMessages.unsupported });
  };
  for (const path of paths) visit(path, true);
  return out;
}
