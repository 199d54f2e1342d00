import { describe, expect, it } from "vitest";
import { programme } from "./fixtures";
import {
  checkProgrammeForm,
  emptyProgrammeForm,
  formToNewProgramme,
  programmeErrorFromApi,
  programmeToForm,
  sortProgrammes,
  withProgramme,
} from "./programmeForm";

const filled = () => ({
  ...emptyProgrammeForm("uz-Latn"),
  code: " hr-101 ",
  title: " Public service ethics ",
  planned_hours: "7,5",
});

describe("programme form", () => {
  it("starts empty in the given language", () => {
    expect(emptyProgrammeForm("az")).toEqual({
      code: "",
      title: "",
      planned_hours: "",
      language: "az",
      objectives: "",
    });
  });

  it("requires code, title and hours", () => {
    const errors = checkProgrammeForm(emptyProgrammeForm("ru"));
    expect(errors).toEqual({
      code: { key: "validation.required" },
      title: { key: "validation.required" },
      planned_hours: { key: "validation.required" },
    });
  });

  it("checks the code's letters and the hours' range", () => {
    const v = { ...filled(), code: "HR 101", planned_hours: "10001" };
    expect(checkProgrammeForm(v)).toEqual({
      code: { key: "catalogue.codeFormat" },
      planned_hours: { key: "catalogue.hoursFormat" },
    });
    expect(checkProgrammeForm({ ...filled(), planned_hours: "lots" }).planned_hours).toEqual({
      key: "catalogue.hoursFormat",
    });
    expect(checkProgrammeForm(filled())).toEqual({});
  });

  it("builds the input: trimmed, code in capitals, hours parsed, empty objectives null", () => {
    expect(formToNewProgramme(filled())).toEqual({
      code: "HR-101",
      title: "Public service ethics",
      planned_hours: 7.5,
      language: "uz-Latn",
      objectives: null,
    });
    expect(formToNewProgramme({ ...filled(), objectives: " Know the code " }).objectives).toBe(
      "Know the code",
    );
  });

  it("round-trips a stored programme", () => {
    const p = programme("1", { planned_hours: 12.5, objectives: null });
    const v = programmeToForm(p);
    expect(v).toEqual({
      code: "P-1",
      title: "Programme 1",
      planned_hours: "12.5",
      language: "ru",
      objectives: "",
    });
    expect(formToNewProgramme(v)).toEqual({
      code: "P-1",
      title: "Programme 1",
      planned_hours: 12.5,
      language: "ru",
      objectives: null,
    });
  });
});

describe("server errors on the programme form", () => {
  it("puts a code clash under the code, in the UI's words", () => {
    expect(
      programmeErrorFromApi({
        code: "duplicate",
        field: "code",
        reason: { key: "programme_code_used" },
      }),
    ).toEqual({ field: "code", error: { key: "catalogue.codeTaken" } });
  });

  it("puts an invalid value under its field, with the server's reason", () => {
    const reason = { key: "out_of_range", value: -1, min: 0, max: 10000 } as const;
    expect(programmeErrorFromApi({ code: "invalid", field: "planned_hours", reason })).toEqual({
      field: "planned_hours",
      error: { reason },
    });
  });

  it("leaves other errors to the whole form", () => {
    expect(
      programmeErrorFromApi({
        code: "storage",
        reason: { key: "storage", log: "/data/logs/malaka.log" },
      }),
    ).toBeNull();
    expect(
      programmeErrorFromApi({
        code: "duplicate",
        field: "record",
        reason: { key: "already_exists" },
      }),
    ).toBeNull();
  });
});

describe("the programme list", () => {
  const a = programme("a", { code: "B-2" });
  const b = programme("b", { code: "A-10" });
  const c = programme("c", { code: "A-9" });

  it("is ordered by code, numbers as numbers", () => {
    expect(sortProgrammes([a, b, c]).map((p) => p.code)).toEqual(["A-9", "A-10", "B-2"]);
  });

  it("takes in a new or changed programme", () => {
    const renamed = { ...a, code: "A-1" };
    expect(withProgramme([a, b], renamed, false).map((p) => p.code)).toEqual(["A-1", "A-10"]);
    expect(withProgramme([a], c, false).map((p) => p.id)).toEqual(["c", "a"]);
  });

  it("drops an archived one unless archived ones are shown", () => {
    const archived = { ...a, archived: true };
    expect(withProgramme([a, b], archived, false).map((p) => p.id)).toEqual(["b"]);
    expect(withProgramme([a, b], archived, true).find((p) => p.id === "a")?.archived).toBe(true);
  });
});
