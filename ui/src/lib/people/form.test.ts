import { describe, expect, it } from "vitest";
import type { Person } from "$lib/api/types";
import { checkPersonForm, emptyPersonForm, formToNewPerson, personToForm } from "./form";
import { checkOrgForm, emptyOrgForm, orgFormToInput } from "$lib/orgs/form";

const person: Person = {
  id: "p1",
  family_name: "Karimova",
  given_name: "Dilnoza",
  patronymic: null,
  family_name_alt: "Каримова",
  given_name_alt: "Дилноза",
  patronymic_alt: null,
  organisation_id: "o1",
  unit_id: null,
  personnel_number: "A-17",
  position: null,
  email: null,
  phone: null,
  birth_date: "1990-05-04",
  hired_on: "2015-09-01",
  created_at: "2025-01-01T00:00:00Z",
};

describe("person form values", () => {
  it("round-trips a person, with empty inputs sent as null", () => {
    // Every field the person was read with comes back as it was; only the server's own go.
    const { id: _id, created_at: _createdAt, ...fields } = person;
    expect(formToNewPerson(personToForm(person))).toEqual(fields);
  });

  it("trims what was typed", () => {
    const v = {
      ...emptyPersonForm("o1"),
      family_name: "  Aliyev ",
      given_name: "Rauf",
      position: "  ",
    };
    const input = formToNewPerson(v);
    expect(input.family_name).toBe("Aliyev");
    expect(input.position).toBeNull();
    expect(input.hired_on).toBeNull();
  });
});

describe("client checks", () => {
  it("require family name, given name and organisation", () => {
    expect(checkPersonForm(emptyPersonForm())).toEqual({
      family_name: { key: "validation.required" },
      given_name: { key: "validation.required" },
      organisation: { key: "validation.required" },
    });
  });

  it("check date and email shape, leaving the rest to the server", () => {
    const v = {
      ...personToForm(person),
      birth_date: "04.05.1990",
      hired_on: "1.9.2015",
      email: "not-an-email",
      phone: "x",
    };
    expect(checkPersonForm(v)).toEqual({
      birth_date: { key: "validation.date" },
      hired_on: { key: "validation.date" },
      email: { key: "validation.email" },
    });
    expect(checkPersonForm(personToForm(person))).toEqual({});
  });

  it("check an organisation's name, country and short code", () => {
    expect(
      checkOrgForm({ ...emptyOrgForm(), country: "UZB", short_code: "far too long code" }),
    ).toEqual({
      name: { key: "validation.required" },
      country: { key: "validation.country" },
      short_code: { key: "validation.shortCode" },
    });
    const input = orgFormToInput({
      name: " ASAN ",
      short_code: "",
      country: "az",
      kind: "partner",
      parent: "",
    });
    expect(input).toEqual({
      name: "ASAN",
      short_code: null,
      country: "AZ",
      kind: "partner",
      parent_id: null,
    });
  });
});
