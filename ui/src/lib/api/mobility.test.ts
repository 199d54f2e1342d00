import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...a: unknown[]) => invoke(...a) }));

beforeEach(() => {
  invoke.mockReset().mockResolvedValue(null);
});

const ALL = { direction: null, country: null, partner_org_id: null, status: null, year: null };

describe("mobility wrappers", () => {
  it("name the shell's commands and their arguments", async () => {
    const i = await import("./internship");
    const v = await import("./visit");
    await i.internshipDaysMark("i1", [{ day: "2027-03-01", status: "present" }]);
    expect(invoke).toHaveBeenLastCalledWith("internship_days_mark", {
      id: "i1",
      days: [{ day: "2027-03-01", status: "present" }],
    });
    await i.internshipSetStatus("i1", "withdrawn", "family reasons");
    expect(invoke).toHaveBeenLastCalledWith("internship_set_status", {
      id: "i1",
      status: "withdrawn",
      reason: "family reasons",
    });
    await i.internshipFormSave("i1", "final", "az", "token-form.pdf");
    expect(invoke).toHaveBeenLastCalledWith("internship_form_save", {
      id: "i1",
      kind: "final",
      locale: "az",
      path: "token-form.pdf",
    });
    await i.internshipsFileSave(ALL, "csv", "ru", "token-i.csv");
    expect(invoke).toHaveBeenLastCalledWith("internships_file_save", {
      filter: ALL,
      format: "csv",
      locale: "ru",
      path: "token-i.csv",
    });
    await v.visitPrintSave("v1", "letter", "uz-Latn", "token-l.pdf");
    expect(invoke).toHaveBeenLastCalledWith("visit_print_save", {
      id: "v1",
      document: "letter",
      locale: "uz-Latn",
      path: "token-l.pdf",
    });
    await v.visitsFileSave(ALL, true, "xlsx", "en", "token-v.xlsx");
    expect(invoke).toHaveBeenLastCalledWith("visits_file_save", {
      filter: ALL,
      papers: true,
      format: "xlsx",
      locale: "en",
      path: "token-v.xlsx",
    });
  });
});
