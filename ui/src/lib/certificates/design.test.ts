import { describe, expect, it } from "vitest";
import type { OrgKind, Organisation } from "$lib/api/types";
import { defaultIssuer, issuers, secondLocales } from "./design";

const org = (id: string, short_code: string | null, kind: OrgKind): Organisation => ({
  id,
  name: id,
  short_code,
  kind,
  country: "UZ",
  parent_id: null,
  created_at: "2026-01-01T00:00:00Z",
});

describe("the certificate design's choices", () => {
  it("keeps only organisations with a short code, in their order", () => {
    const list = [org("a", "MOJ", "ministry"), org("b", null, "agency"), org("c", " ", "unit")];
    expect(issuers([...list, org("d", "ASAN", "agency")]).map((o) => o.id)).toEqual(["a", "d"]);
  });

  it("starts with the first agency or service centre, else the first issuer", () => {
    expect(defaultIssuer([org("a", "M", "ministry"), org("s", "S", "service_centre")])?.id).toBe(
      "s",
    );
    expect(defaultIssuer([org("a", "M", "ministry"), org("p", "P", "partner")])?.id).toBe("a");
    expect(defaultIssuer([])).toBeNull();
  });

  it("offers every other locale as a second language", () => {
    expect(secondLocales("ru")).toEqual(["uz-Latn", "uz-Cyrl", "az", "en"]);
  });
});
