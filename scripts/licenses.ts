// npm run licenses: the licence of every package Helder ships (production dependencies in package-lock.json),
// checked against the licences that fit Helder's own licence, EUPL-1.2: permissive licences, and the copyleft
// licences the EUPL's appendix lists as compatible. Exit 1 when a package has another or no known licence.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../server/project-root.ts";

/** Licences (SPDX ids) that fit a EUPL-1.2 project. */
export const fitting = new Set([
  "MIT", "MIT-0", "ISC", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "Apache-2.0", "CC0-1.0", "Unlicense", "Zlib",
  "PSF-2.0", "Python-2.0", "BlueOak-1.0.0", "OFL-1.1", "CC-BY-4.0", "EUPL-1.1", "EUPL-1.2", "MPL-2.0",
  "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later",
]);
/** Old npm licence strings that name a permissive licence without its SPDX id. */
const aliases: Record<string, string> = { BSD: "BSD-3-Clause", "Apache 2.0": "Apache-2.0", "Apache License 2.0": "Apache-2.0" };

export interface PackageLicence {
  name: string;
  version: string;
  licence: string;
  fits: boolean;
}

/** "(MIT OR GPL-3.0-or-later)" fits when one side fits; "(MIT AND Zlib)" when both do. */
export function licenceFits(expression: string): boolean {
  const e = expression.trim().replace(/^\((.*)\)$/, "$1");
  if (/ OR /i.test(e)) return e.split(/ OR /i).some(licenceFits);
  if (/ AND /i.test(e)) return e.split(/ AND /i).every(licenceFits);
  return fitting.has(aliases[e] ?? e);
}

export function shippedLicences(root = projectRoot()): PackageLicence[] {
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string; license?: string; dev?: boolean; devOptional?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, p]) => path !== "" && !p.dev && !p.devOptional)
    .map(([path, p]) => {
      const licence = p.license ?? "(geen)";
      return { name: path.replace(/^.*node_modules\//, ""), version: p.version ?? "", licence, fits: licenceFits(licence) };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

if (process.argv[1]?.endsWith("licenses.ts")) {
  const all = shippedLicences();
  const byLicence = new Map<string, string[]>();
  for (const p of all) byLicence.set(p.licence, [...(byLicence.get(p.licence) ?? []), p.name]);
  for (const [licence, names] of [...byLicence].sort((a, b) => b[1].length - a[1].length))
    console.log(`${licenceFits(licence) ? "  " : "✗ "}${licence.padEnd(28)} ${String(names.length).padStart(4)}  ${names.slice(0, 6).join(", ")}${names.length > 6 ? ", …" : ""}`);
  const bad = all.filter((p) => !p.fits);
  console.log(`${all.length} packages; ${bad.length} with a licence that does not fit EUPL-1.2${bad.length ? `: ${bad.map((p) => `${p.name} (${p.licence})`).join(", ")}` : ""}.`);
  process.exitCode = bad.length ? 1 : 0;
}
