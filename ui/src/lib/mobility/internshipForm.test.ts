import { describe, expect, it } from "vitest";
import type { ApiError } from "$lib/api/error";
import { internship } from "./internshipFixtures";
import {
  checkInternshipForm,
  emptyInternshipForm,
  formToNewInternship,
  hasInternshipErrors,
  internshipToForm,
  parseHours,
  placeInternshipError,
  type InternshipFormValues,
} from "./internshipForm";

function filled(over: Partial<InternshipFormValues> = {}): InternshipFormValues {
  return {
    ...emptyInternshipForm(),
    intern: { id: "p-dilnoza", name: "Karimova Dilnoza" },
    host_org: "o-asan",
    planned_start: "2027-03-01",
    planned_end: "2027-03-26",
    ...over,
  };
}

describe("the internship form", () => {
  it("asks for the intern, the host, the dates and sensible hours", () => {
    const e = checkInternshipForm({ ...emptyInternshipForm(), hours_per_week: "0,5" });
    expect(e.fields).toEqual({
      intern: { key: "trainers.pickPerson" },
      host_org: { key: "validation.required" },
      planned_start: { key: "validation.required" },
      planned_end: { key: "validation.required" },
      hours_per_week: { key: "internship.form.hoursRange" },
    });
    expect(hasInternshipErrors(checkInternshipForm(filled()))).toBe(false);
    expect(parseHours("37,5")).toBe(37.5);
    expect(parseHours("forty")).toBeNull();
  });

  it("sends a blank title as null, a named mentor from outside, and only written objectives", () => {
    const v = filled({
      hours_per_week: "37,5",
      mentor_name: " Rəşad Əliyev ",
      mentor_email: "r.aliyev@asan.az",
      objectives: ["Front office routing", " ", "Queue analytics "],
      units: [{ name: "", starts_on: "", ends_on: "" }],
    });
    expect(formToNewInternship(v)).toEqual({
      title: null,
      intern_id: "p-dilnoza",
      host_org_id: "o-asan",
      units: [],
      mentor: {
        person_id: null,
        name: "Rəşad Əliyev",
        position: null,
        email: "r.aliyev@asan.az",
      },
      planned_start: "2027-03-01",
      planned_end: "2027-03-26",
      actual_start: null,
      actual_end: null,
      hours_per_week: 37.5,
      objectives: ["Front office routing", "Queue analytics"],
    });
    const register = filled({ mentor_kind: "register", mentor_person: { id: "p-m", name: "M" } });
    expect(formToNewInternship(register).mentor).toEqual({
      person_id: "p-m",
      name: null,
      position: null,
      email: null,
    });
    expect(formToNewInternship(filled()).mentor).toBeNull();
  });

  it("checks host units within the placement, one after another", () => {
    const e = checkInternshipForm(
      filled({
        units: [
          { name: "Front office", starts_on: "2027-03-01", ends_on: "2027-03-12" },
          { name: "", starts_on: "", ends_on: "" },
          { name: "Back office", starts_on: "2027-03-12", ends_on: "2027-03-31" },
        ],
      }),
    );
    // The empty row is dropped: the third row is the second unit sent.
    expect(e.units).toEqual({
      1: {
        starts_on: { reason: { key: "ends_before_start", start: "2027-03-13" } },
        ends_on: {
          reason: {
            key: "outside_placement_dates",
            when: "2027-03-31",
            from: "2027-03-01",
            to: "2027-03-26",
          },
        },
      },
    });
  });

  it("asks a name for a mentor described, and a reason once the placement is agreed", () => {
    const e = checkInternshipForm(filled({ mentor_position: "Head of unit" }), "agreed");
    expect(e.fields).toEqual({
      mentor_name: { key: "validation.required" },
      reason: { key: "internship.form.reasonRequired" },
    });
  });

  it("fills the form from a placement", () => {
    const v = internshipToForm(internship(), "Karimova Dilnoza");
    expect(v).toMatchObject({
      intern: { id: "p-dilnoza", name: "Karimova Dilnoza" },
      host_org: "o-asan",
      title: "Karimova Dilnoza at ASAN xidmət",
      hours_per_week: "40",
      mentor_kind: "outsider",
      mentor_name: "Rəşad Əliyev",
      mentor_position: "Head of front office",
      objectives: ["Front office routing", "Queue analytics"],
    });
    expect(v.units[1]).toEqual({
      name: "Back office",
      starts_on: "2027-03-15",
      ends_on: "2027-03-26",
    });
    const withStaff = internship({
      mentor: { person_id: "p-m", name: "Mentor Person", position: null, email: null },
    });
    expect(internshipToForm(withStaff, "x")).toMatchObject({
      mentor_kind: "register",
      mentor_person: { id: "p-m", name: "Mentor Person" },
      mentor_name: "",
    });
  });

  it("places the server's refusals at the right row or field", () => {
    const refused = (field: string): ApiError => ({
      code: "invalid",
      field,
      reason: { key: "required" },
    });
    expect(placeInternshipError(refused("units.2.starts_on"))?.units).toEqual({
      1: { starts_on: { reason: { key: "required" } } },
    });
    expect(placeInternshipError(refused("objectives.1.text"))?.objectives).toEqual({
      0: { reason: { key: "required" } },
    });
    expect(placeInternshipError(refused("mentor.email"))?.fields).toEqual({
      mentor_email: { reason: { key: "required" } },
    });
    expect(placeInternshipError(refused("intern"))?.fields.intern).toBeTruthy();
    expect(placeInternshipError(refused("hours_per_week"))?.fields.hours_per_week).toBeTruthy();
    expect(placeInternshipError(refused("units.1.other"))).toBeNull();
    expect(placeInternshipError(refused("version"))).toBeNull();
    expect(
      placeInternshipError({ code: "stale", reason: { key: "stale", entity: "x" } }),
    ).toBeNull();
  });
});
