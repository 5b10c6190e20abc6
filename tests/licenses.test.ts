// Every package Helder ships has a licence that fits Helder's own, EUPL-1.2 (scripts/licenses.ts).
import { describe, expect, it } from "vitest";
import { licenceFits, shippedLicences } from "../scripts/licenses.ts";

describe("licences of shipped packages", () => {
  it("all fit EUPL-1.2", () => {
    const shipped = shippedLicences();
    expect(shipped.length).toBeGreaterThan(50);
    expect(shipped.filter((p) => !p.fits).map((p) => `${p.name} ${p.licence}`)).toEqual([]);
  });

  it("reads licence expressions and refuses closed or unknown licences", () => {
    expect(licenceFits("(MIT OR GPL-3.0-or-later)")).toBe(true);
    expect(licenceFits("(MIT AND Zlib)")).toBe(true);
    expect(licenceFits("SEE LICENSE IN ./LICENSE.md")).toBe(false);
    expect(licenceFits("UNLICENSED")).toBe(false);
    expect(licenceFits("(MIT AND SSPL-1.0)")).toBe(false);
  });
});
