import { describe, expect, it } from "vitest";
import { fieldErrorFromApi } from "$lib/people/form";
import { orgFieldErrorFromApi } from "$lib/orgs/form";

describe("person form: placing server errors beside fields", () => {
  it("uses the error's field", () => {
    expect(
      fieldErrorFromApi({ code: "invalid", message: "is not a date", field: "birth_date" }),
    ).toEqual({
      field: "birth_date",
      error: { message: "is not a date" },
    });
  });

  it("maps the API's organisation and unit names", () => {
    expect(fieldErrorFromApi({ code: "invalid", message: "x", field: "organisation" })?.field).toBe(
      "organisation",
    );
    expect(fieldErrorFromApi({ code: "invalid", message: "x", field: "unit" })?.field).toBe("unit");
    expect(fieldErrorFromApi({ code: "invalid", message: "x", field: "reference" })?.field).toBe(
      "organisation",
    );
    expect(
      fieldErrorFromApi({ code: "invalid_input", message: "x", field: "organisation_id" })?.field,
    ).toBe("organisation");
  });

  it("reads the field from a duplicate's message", () => {
    expect(
      fieldErrorFromApi({
        code: "duplicate",
        message: "personnel_number: already used in this organisation",
      }),
    ).toEqual({
      field: "personnel_number",
      error: { message: "already used in this organisation" },
    });
  });

  it("leaves errors about the whole form to the banner", () => {
    expect(fieldErrorFromApi({ code: "storage", message: "database is locked" })).toBeNull();
    expect(fieldErrorFromApi({ code: "invalid", message: "x", field: "search" })).toBeNull();
    expect(fieldErrorFromApi({ code: "not_found", message: "person 'x' not found" })).toBeNull();
  });
});

describe("organisation form", () => {
  it("maps parent and short_code errors", () => {
    expect(
      orgFieldErrorFromApi({ code: "invalid", message: "bad id", field: "parent" })?.field,
    ).toBe("parent");
    expect(
      orgFieldErrorFromApi({
        code: "duplicate",
        message: "short_code: already used by another organisation",
      }),
    ).toEqual({ field: "short_code", message: "already used by another organisation" });
  });
});
