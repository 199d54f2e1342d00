import { describe, expect, it } from "vitest";
import {
  auditFilterToApi,
  auditPageFilter,
  emptyAuditFilter,
  isAuditNarrowed,
  isAuditPeriodComplete,
  recordHistory,
  withChosen,
} from "./filters";

describe("the audit log's filter", () => {
  it("asks for everything when nothing is chosen, on the reader's clock", () => {
    expect(auditFilterToApi(emptyAuditFilter(), "Asia/Tashkent")).toEqual({
      actor: null,
      action: null,
      entity: null,
      entity_id: null,
      text: null,
      from: null,
      to: null,
      time_zone: "Asia/Tashkent",
    });
  });

  it("passes what is chosen, trimmed, and drops blanks", () => {
    const v = {
      actor: "Administrator",
      action: "person.update",
      entity: "person",
      record: " 0190f0c2-0000-7000-8000-000000000001 ",
      text: "  Karimova ",
      from: "2027-03-01",
      to: "   ",
    };
    expect(auditFilterToApi(v, null)).toEqual({
      actor: "Administrator",
      action: "person.update",
      entity: "person",
      entity_id: "0190f0c2-0000-7000-8000-000000000001",
      text: "Karimova",
      from: "2027-03-01",
      to: null,
      time_zone: null,
    });
  });

  it("pages: the newest lines, then those below the last one seen", () => {
    const f = auditFilterToApi({ ...emptyAuditFilter(), actor: "a" }, "UTC");
    expect(auditPageFilter(f)).toEqual({ ...f, limit: 200 });
    expect(auditPageFilter(f, 4200)).toEqual({ ...f, before_id: 4200, limit: 200 });
    expect(auditPageFilter(f, 7, 50)).toEqual({ ...f, before_id: 7, limit: 50 });
    expect(f).not.toHaveProperty("before_id");
  });

  it("knows when it narrows the log", () => {
    expect(isAuditNarrowed(emptyAuditFilter())).toBe(false);
    expect(isAuditNarrowed({ ...emptyAuditFilter(), text: " " })).toBe(false);
    expect(isAuditNarrowed({ ...emptyAuditFilter(), to: "2027-01-01" })).toBe(true);
    expect(isAuditNarrowed({ ...emptyAuditFilter(), actor: "x" })).toBe(true);
  });

  it("waits for whole dates; an empty one is whole", () => {
    expect(isAuditPeriodComplete({ from: "", to: "" })).toBe(true);
    expect(isAuditPeriodComplete({ from: "2027-03-01", to: "" })).toBe(true);
    expect(isAuditPeriodComplete({ from: "2027-03-01", to: "2027-3" })).toBe(false);
    expect(isAuditPeriodComplete({ from: "2027-02-30", to: "" })).toBe(false);
  });

  it("shows one record's whole history", () => {
    expect(recordHistory("person", "p1")).toEqual({
      ...emptyAuditFilter(),
      entity: "person",
      record: "p1",
    });
  });

  it("keeps the chosen code among the choices", () => {
    expect(withChosen(["a", "b"], "")).toEqual(["a", "b"]);
    expect(withChosen(["a", "b"], "b")).toEqual(["a", "b"]);
    expect(withChosen(["a", "b"], "c")).toEqual(["a", "b", "c"]);
  });
});
