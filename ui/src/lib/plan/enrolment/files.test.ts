import { describe, expect, it } from "vitest";
import { exportFileName, personName } from "./files";
import { person } from "./fixtures";

describe("export file names", () => {
  it("joins the parts and adds the extension", () => {
    expect(exportFileName(["Public service ethics", "participants"], "xlsx")).toBe(
      "Public service ethics participants.xlsx",
    );
    expect(exportFileName(["Ethics", "jadval"], "ics")).toBe("Ethics jadval.ics");
  });

  it("replaces what a file system refuses and squeezes spaces", () => {
    expect(exportFileName(['A/B: "C"  <D>?', "ishtirokchilar"], "csv")).toBe(
      "A B C D ishtirokchilar.csv",
    );
    expect(exportFileName(["Oʻquv\tkursi", "участники"], "csv")).toBe("Oʻquv kursi участники.csv");
  });

  it("keeps names short, never ending in a dot, never empty", () => {
    const long = exportFileName(["x".repeat(300)], "ics");
    expect(long).toBe(`${"x".repeat(120)}.ics`);
    expect(exportFileName(["Plan v2..."], "csv")).toBe("Plan v2.csv");
    expect(exportFileName(["///", ""], "xlsx")).toBe("malaka.xlsx");
  });
});

describe("person names", () => {
  it("reads family, given, patronymic and skips what is missing", () => {
    expect(personName(person("p", "Aliyev", "Anvar", { patronymic: "Bekovich" }))).toBe(
      "Aliyev Anvar Bekovich",
    );
    expect(personName(person("p", "Aliyev", "Anvar"))).toBe("Aliyev Anvar");
  });
});
