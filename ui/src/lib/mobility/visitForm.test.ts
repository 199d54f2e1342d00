import { describe, expect, it } from "vitest";
import { ORGS, visit } from "./fixtures";
import {
  checkVisitForm,
  detailsChangeIsAmendment,
  emptyVisitForm,
  followOrg,
  formToNewVisit,
  placeVisitError,
  visitToForm,
} from "./visitForm";

const filled = () => ({
  ...emptyVisitForm("uz-Latn"),
  title: " Study visit to ASAN xidmət ",
  sending_org: "o-dxa",
  host_org: "o-asan",
  planned_start: "2027-04-12",
  planned_end: "2027-04-16",
});

describe("the visit form", () => {
  it("starts on the desk's clocks: Tashkent at home and Baku as host, or the other way in az", () => {
    expect(emptyVisitForm("uz-Latn")).toMatchObject({
      home_time_zone: "Asia/Tashkent",
      host_time_zone: "Asia/Baku",
      direction: "",
    });
    expect(emptyVisitForm("az")).toMatchObject({
      home_time_zone: "Asia/Baku",
      host_time_zone: "Asia/Tashkent",
    });
  });

  it("sets a side's clock from its organisation's country unless a zone was typed", () => {
    const v = { ...emptyVisitForm("az"), sending_org: "o-dxa", host_org: "o-kz" };
    expect(followOrg(v, ORGS, "sending_org", false).home_time_zone).toBe("Asia/Tashkent");
    expect(followOrg(v, ORGS, "host_org", false).host_time_zone).toBe("Asia/Almaty");
    expect(followOrg(v, ORGS, "host_org", true).host_time_zone).toBe("Asia/Tashkent");
    // An organisation in a country without a known capital zone leaves the clock as it is.
    const elsewhere = [{ ...ORGS[1], id: "o-x", country: "FR" }];
    expect(followOrg({ ...v, host_org: "o-x" }, elsewhere, "host_org", false)).toEqual({
      ...v,
      host_org: "o-x",
    });
  });

  it("asks for a title, two different sides, known zones and dates in order", () => {
    expect(checkVisitForm(filled())).toEqual({});
    expect(Object.keys(checkVisitForm(emptyVisitForm("ru"))).sort()).toEqual([
      "host_org",
      "planned_end",
      "planned_start",
      "sending_org",
      "title",
    ]);
    expect(checkVisitForm({ ...filled(), host_org: "o-dxa" }).host_org).toEqual({
      key: "visit.form.sameSides",
    });
    expect(checkVisitForm({ ...filled(), host_time_zone: "Baku" }).host_time_zone).toEqual({
      key: "venues.zoneUnknown",
    });
    expect(checkVisitForm({ ...filled(), planned_end: "2027-04-11" }).planned_end).toEqual({
      reason: { key: "ends_before_start", start: "2027-04-12" },
    });
    expect(checkVisitForm({ ...filled(), actual_end: "2027-04-16" }).actual_start).toEqual({
      key: "validation.required",
    });
  });

  it("asks why once the visit is agreed", () => {
    expect(checkVisitForm(filled(), "confirmed").reason).toEqual({
      reason: { key: "amendment_reason_required", status: "confirmed" },
    });
    expect(checkVisitForm({ ...filled(), reason: "Flights moved" }, "confirmed")).toEqual({});
  });

  it("sends trimmed text, nulls for empty fields, and no direction to let the server decide", () => {
    expect(formToNewVisit({ ...filled(), host_time_zone: "asia/baku" })).toEqual({
      title: "Study visit to ASAN xidmət",
      direction: null,
      purpose: null,
      agreement_ref: null,
      sending_org_id: "o-dxa",
      host_org_id: "o-asan",
      host_city: null,
      host_time_zone: "Asia/Baku",
      home_time_zone: "Asia/Tashkent",
      planned_start: "2027-04-12",
      planned_end: "2027-04-16",
      actual_start: null,
      actual_end: null,
    });
    expect(formToNewVisit({ ...filled(), direction: "incoming" }).direction).toBe("incoming");
  });

  it("fills the form from a visit and sends back what it read", () => {
    const v = visit({ actual_start: "2027-04-13" });
    const values = visitToForm(v);
    expect(values.sending_org).toBe("o-dxa");
    expect(values.actual_start).toBe("2027-04-13");
    expect(formToNewVisit(values)).toMatchObject({
      title: v.title,
      direction: "outgoing",
      agreement_ref: "MoU 2026/4",
      actual_start: "2027-04-13",
      actual_end: null,
    });
  });

  it("places a refusal beside its field, under the form's names", () => {
    const refused = (field: string) => ({
      code: "invalid" as const,
      field,
      reason: { key: "required" as const },
    });
    expect(placeVisitError(refused("planned_end"))?.field).toBe("planned_end");
    expect(placeVisitError(refused("host_org_id"))?.field).toBe("host_org");
    expect(placeVisitError(refused("reason"), ["title"])).toBeNull();
    expect(
      placeVisitError({ code: "stale", reason: { key: "stale", entity: "visit" } }),
    ).toBeNull();
  });

  it("counts a change of plan as an amendment, a first actual date as a fact", () => {
    const v = visit({ status: "confirmed" });
    const same = visitToForm(v);
    expect(detailsChangeIsAmendment(v, same)).toBe(false);
    expect(detailsChangeIsAmendment(v, { ...same, actual_start: "2027-04-12" })).toBe(false);
    expect(detailsChangeIsAmendment(v, { ...same, planned_end: "2027-04-17" })).toBe(true);
    expect(detailsChangeIsAmendment(v, { ...same, purpose: "" })).toBe(true);
    const started = visit({ status: "under_way", actual_start: "2027-04-12" });
    expect(
      detailsChangeIsAmendment(started, { ...visitToForm(started), actual_start: "2027-04-13" }),
    ).toBe(true);
  });
});
