import { describe, expect, it } from "vitest";
import { member } from "./fixtures";
import {
  checkMember,
  checkVisa,
  emptyVisa,
  formToMember,
  formToVisa,
  memberChangeIsAmendment,
  memberToForm,
} from "./memberForm";

describe("a delegation member's form", () => {
  it("sends a register person by id, an outsider by name and organisation", () => {
    const person = { ...memberToForm(null), person: { id: "p1", name: "Karimova Dilnoza" } };
    expect(formToMember(person, true)).toEqual({
      person_id: "p1",
      name: null,
      organisation: null,
      role: "member",
      invitation_sent_on: null,
      passport_valid_until: null,
    });
    const outsider = {
      ...memberToForm(null),
      kind: "outsider" as const,
      name: " Leyla Məmmədova ",
      organisation: "Translation bureau",
      role: "interpreter" as const,
      passport_valid_until: "2029-05-01",
    };
    expect(formToMember(outsider, true)).toMatchObject({
      person_id: null,
      name: "Leyla Məmmədova",
      organisation: "Translation bureau",
      role: "interpreter",
      passport_valid_until: "2029-05-01",
    });
    // Without the right to see papers the passport is never sent.
    expect(formToMember(outsider, false).passport_valid_until).toBeNull();
  });

  it("asks for a person or a name, and a reason when the visit is agreed", () => {
    expect(checkMember(memberToForm(null), null)).toEqual({
      person: { key: "trainers.pickPerson" },
    });
    expect(checkMember({ ...memberToForm(null), kind: "outsider" }, null)).toEqual({
      name: { reason: { key: "member_needs_name" } },
    });
    const outsider = { ...memberToForm(null), kind: "outsider" as const, name: "Leyla" };
    expect(checkMember(outsider, "confirmed").reason).toEqual({
      reason: { key: "amendment_reason_required", status: "confirmed" },
    });
  });

  it("fills the form from a member, with the passport when papers are shown", () => {
    const m = member("m1", { role: "head", invitation_sent_on: "2027-03-01" });
    expect(memberToForm(m)).toMatchObject({
      kind: "register",
      person: { id: "p-m1", name: "Person m1" },
      role: "head",
      invitation_sent_on: "2027-03-01",
      passport_valid_until: "2030-01-01",
    });
    const outsider = member("m2", {
      person_id: null,
      name: "Leyla",
      organisation: null,
      papers: null,
    });
    expect(memberToForm(outsider)).toMatchObject({
      kind: "outsider",
      name: "Leyla",
      organisation: "",
      passport_valid_until: "",
    });
  });

  it("counts a new role or name as an amendment, a new date as a fact", () => {
    const m = member("m1");
    const v = memberToForm(m);
    expect(memberChangeIsAmendment(null, v)).toBe(true);
    expect(memberChangeIsAmendment(m, v)).toBe(false);
    expect(memberChangeIsAmendment(m, { ...v, invitation_sent_on: "2027-03-01" })).toBe(false);
    expect(memberChangeIsAmendment(m, { ...v, role: "head" })).toBe(true);
    const outsider = member("m2", { person_id: null, name: "Leyla", organisation: "Bureau" });
    const ov = memberToForm(outsider);
    expect(memberChangeIsAmendment(outsider, ov)).toBe(false);
    expect(memberChangeIsAmendment(outsider, { ...ov, organisation: "Other bureau" })).toBe(true);
  });
});

describe("a visa record", () => {
  it("suggests the step after the latest status, and checks a status and a day", () => {
    expect(emptyVisa("2027-03-10")).toEqual({ status: "", on: "2027-03-10", note: "" });
    expect(emptyVisa("2027-03-10", "applied").status).toBe("issued");
    expect(emptyVisa("2027-03-10", "refused").status).toBe("");
    expect(checkVisa(emptyVisa(""))).toEqual({
      status: { key: "validation.required" },
      on: { key: "validation.required" },
    });
    expect(formToVisa({ status: "refused", on: "2027-03-10", note: " " })).toEqual({
      status: "refused",
      on: "2027-03-10",
      note: null,
    });
  });
});
