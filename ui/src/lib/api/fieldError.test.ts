import { describe, expect, it } from "vitest";
import { fieldErrorFromApi } from "$lib/people/form";
import { orgFieldErrorFromApi } from "$lib/orgs/form";
import type { ApiError } from "./error";

const invalid = (field: string): ApiError => ({
  code: "invalid",
  field,
  reason: { key: "required" },
});

describe("person form: placing server errors beside fields", () => {
  it("uses the error's field and keeps its reason for the catalogue to word", () => {
    const reason = { key: "not_a_date", value: "1990-13-01" } as const;
    expect(fieldErrorFromApi({ code: "invalid", field: "birth_date", reason })).toEqual({
      field: "birth_date",
      error: { reason },
    });
  });

  it("maps the API's organisation and unit names", () => {
    expect(fieldErrorFromApi(invalid("organisation"))?.field).toBe("organisation");
    expect(fieldErrorFromApi(invalid("unit"))?.field).toBe("unit");
    expect(fieldErrorFromApi(invalid("reference"))?.field).toBe("organisation");
    expect(fieldErrorFromApi(invalid("organisation_id"))?.field).toBe("organisation");
  });

  it("places a duplicate by its field, never by reading a message", () => {
    expect(
      fieldErrorFromApi({
        code: "duplicate",
        field: "personnel_number",
        reason: { key: "personnel_number_used" },
      }),
    ).toEqual({ field: "personnel_number", error: { reason: { key: "personnel_number_used" } } });
  });

  it("leaves errors about the whole form to the banner", () => {
    expect(
      fieldErrorFromApi({
        code: "storage",
        reason: { key: "storage", log: "/data/logs/malaka.log" },
      }),
    ).toBeNull();
    expect(fieldErrorFromApi(invalid("search"))).toBeNull();
    expect(
      fieldErrorFromApi({
        code: "not_found",
        reason: { key: "not_found", entity: "person", id: "p1" },
      }),
    ).toBeNull();
  });
});

describe("organisation form", () => {
  it("maps parent and short_code errors", () => {
    expect(orgFieldErrorFromApi(invalid("parent_id"))?.field).toBe("parent");
    expect(
      orgFieldErrorFromApi({
        code: "duplicate",
        field: "short_code",
        reason: { key: "short_code_used" },
      }),
    ).toEqual({ field: "short_code", error: { reason: { key: "short_code_used" } } });
  });
});
