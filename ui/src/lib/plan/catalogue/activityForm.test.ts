import { describe, expect, it } from "vitest";
import {
  activityErrorFromApi,
  activityToForm,
  applyProgramme,
  checkActivityForm,
  emptyActivityForm,
  formToNewActivity,
  type ActivityFormValues,
} from "./activityForm";
import { activity, programme } from "./fixtures";

const filled = (over: Partial<ActivityFormValues> = {}): ActivityFormValues => ({
  ...emptyActivityForm("uz-Latn"),
  title: " Anti-corruption basics ",
  starts_on: "2026-03-10",
  ends_on: "2026-03-12",
  host: "org-a",
  ...over,
});

describe("a new activity's form", () => {
  it("starts as a planned training in the UI's language", () => {
    const v = emptyActivityForm("az", "org-a");
    expect(v.kind).toBe("training");
    expect(v.status).toBe("planned");
    expect(v.language).toBe("az");
    expect(v.host).toBe("org-a");
    expect(v.partners).toEqual([]);
  });
});

describe("carrying a programme over", () => {
  const p = programme("p1", {
    title: "Ethics",
    planned_hours: 7.5,
    objectives: "Know the code",
    language: "ru",
  });
  const q = programme("p2", { title: "Law", planned_hours: 16, objectives: null, language: "az" });

  it("fills title, hours, description and language of an empty form", () => {
    const v = applyProgramme(emptyActivityForm("uz-Latn"), p);
    expect(v).toMatchObject({
      programme: "p1",
      title: "Ethics",
      planned_hours: "7.5",
      description: "Know the code",
      language: "ru",
    });
  });

  it("keeps what the officer typed", () => {
    const v = applyProgramme(filled({ planned_hours: "8" }), p);
    expect(v.title).toBe(" Anti-corruption basics ");
    expect(v.planned_hours).toBe("8");
    expect(v.description).toBe("Know the code");
  });

  it("replaces the previous programme's words when another is chosen", () => {
    const first = applyProgramme(emptyActivityForm("uz-Latn"), p);
    const edited = { ...first, title: "Ethics for managers" };
    const v = applyProgramme(edited, q, p);
    expect(v).toMatchObject({
      programme: "p2",
      title: "Ethics for managers",
      planned_hours: "16",
      description: "",
      language: "az",
    });
  });

  it("clears only the link when no programme is chosen", () => {
    const first = applyProgramme(emptyActivityForm("uz-Latn"), p);
    const v = applyProgramme(first, null, p);
    expect(v.programme).toBe("");
    expect(v.title).toBe("Ethics");
  });

  it("does not change the form it was given", () => {
    const v = emptyActivityForm("en");
    applyProgramme(v, p);
    expect(v.title).toBe("");
    expect(v.programme).toBe("");
  });
});

describe("checking the activity form", () => {
  it("requires the title (unless a programme gives one), dates and host", () => {
    expect(checkActivityForm(emptyActivityForm("en"))).toEqual({
      title: { key: "validation.required" },
      starts_on: { key: "validation.required" },
      ends_on: { key: "validation.required" },
      host: { key: "validation.required" },
    });
    const fromProgramme = { ...filled({ title: "" }), programme: "p1" };
    expect(checkActivityForm(fromProgramme)).toEqual({});
  });

  it("catches a malformed date and an end before the start", () => {
    expect(checkActivityForm(filled({ starts_on: "10.03.2026" })).starts_on).toEqual({
      key: "validation.date",
    });
    expect(checkActivityForm(filled({ ends_on: "2026-03-09" }))).toEqual({
      ends_on: { key: "activityForm.endsBeforeStarts" },
    });
    expect(checkActivityForm(filled({ ends_on: "2026-03-10" }))).toEqual({});
  });

  it("checks seats and hours when given", () => {
    expect(checkActivityForm(filled({ capacity: "0", planned_hours: "-2" }))).toEqual({
      capacity: { key: "activityForm.seats" },
      planned_hours: { key: "catalogue.hoursFormat" },
    });
    expect(checkActivityForm(filled({ capacity: "12.5" })).capacity).toBeTruthy();
    expect(checkActivityForm(filled({ capacity: "twenty" })).capacity).toBeTruthy();
    expect(checkActivityForm(filled({ capacity: "25", planned_hours: "7,5" }))).toEqual({});
  });

  it("refuses the host as a partner", () => {
    expect(checkActivityForm(filled({ partners: ["org-a"] }))).toEqual({
      partner: { key: "activityForm.hostIsPartner" },
    });
  });
});

describe("building the activity input", () => {
  it("turns empty optional fields into null and parses numbers", () => {
    expect(formToNewActivity(filled(), "create")).toEqual({
      kind: "training",
      title: "Anti-corruption basics",
      programme_id: null,
      status: "planned",
      starts_on: "2026-03-10",
      ends_on: "2026-03-12",
      host_org_id: "org-a",
      partner_org_ids: [],
      venue_id: null,
      capacity: null,
      language: "uz-Latn",
      planned_hours: null,
      description: null,
    });
  });

  it("sends what was chosen", () => {
    const input = formToNewActivity(
      filled({
        kind: "study_visit",
        programme: "p1",
        partners: ["org-b", "org-c", "org-b"],
        venue: "v1",
        capacity: "1 200",
        planned_hours: "7,5",
        description: "  Visit  ",
        status: "draft",
      }),
      "create",
    );
    expect(input).toMatchObject({
      kind: "study_visit",
      programme_id: "p1",
      partner_org_ids: ["org-b", "org-c"],
      venue_id: "v1",
      capacity: 1200,
      planned_hours: 7.5,
      description: "Visit",
      status: "draft",
    });
  });

  it("leaves the status out when editing", () => {
    const input = formToNewActivity(filled({ status: "draft" }), "edit");
    expect("status" in input).toBe(false);
  });

  it("round-trips a stored activity", () => {
    const a = activity("a1", {
      kind: "seminar",
      programme_id: "p1",
      partner_org_ids: ["org-b"],
      venue_id: "v1",
      capacity: 30,
      planned_hours: 12,
      description: "About",
      status: "confirmed",
    });
    const v = activityToForm(a);
    expect(v.capacity).toBe("30");
    expect(v.status).toBe("planned");
    expect(formToNewActivity(v, "edit")).toEqual({
      kind: "seminar",
      title: "Activity a1",
      programme_id: "p1",
      starts_on: "2026-03-10",
      ends_on: "2026-03-12",
      host_org_id: "org-a",
      partner_org_ids: ["org-b"],
      venue_id: "v1",
      capacity: 30,
      language: "uz-Latn",
      planned_hours: 12,
      description: "About",
    });
  });
});

describe("server errors on the activity form", () => {
  it("places each field the server names", () => {
    expect(
      activityErrorFromApi({
        code: "invalid",
        field: "ends_on",
        reason: { key: "ends_before_start", start: "2026-03-10" },
      }),
    ).toEqual({
      field: "ends_on",
      error: { reason: { key: "ends_before_start", start: "2026-03-10" } },
    });
    expect(
      activityErrorFromApi({
        code: "invalid",
        field: "partner",
        reason: { key: "host_is_partner" },
      }),
    ).toEqual({ field: "partner", error: { reason: { key: "host_is_partner" } } });
    expect(
      activityErrorFromApi({
        code: "invalid",
        field: "host_org_id",
        reason: { key: "missing_reference" },
      })?.field,
    ).toBe("host");
  });

  it("leaves the rest to the whole form", () => {
    expect(
      activityErrorFromApi({
        code: "not_found",
        reason: { key: "not_found", entity: "person", id: "p1" },
      }),
    ).toBeNull();
  });
});
