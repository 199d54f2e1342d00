import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
const save = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...a: unknown[]) => invoke(...a) }));
vi.mock("@tauri-apps/plugin-dialog", () => ({ save: (...a: unknown[]) => save(...a) }));

beforeEach(() => {
  invoke.mockReset().mockResolvedValue(null);
  save.mockReset();
});
afterEach(() => {
  delete (globalThis as { __malakaE2eSave?: unknown }).__malakaE2eSave;
});

describe("attendance and completion wrappers", () => {
  it("name the commands and pass camelCase arguments", async () => {
    const a = await import("./attendance");
    const c = await import("./completion");
    const { trainerList } = await import("./trainer");
    await a.attendanceSessions({ trainer_id: null, time_zone: "Asia/Tashkent" });
    expect(invoke).toHaveBeenLastCalledWith("attendance_sessions", {
      query: { trainer_id: null, time_zone: "Asia/Tashkent" },
    });
    await a.attendanceRoll("s1");
    expect(invoke).toHaveBeenLastCalledWith("attendance_roll", { sessionId: "s1" });
    await a.attendanceGrid("a1");
    expect(invoke).toHaveBeenLastCalledWith("attendance_grid", { activityId: "a1" });
    const marks = [{ session_id: "s1", person_id: "p1", status: null, expected_version: 2 }];
    await a.attendanceMark(marks);
    expect(invoke).toHaveBeenLastCalledWith("attendance_mark", { marks });
    await a.attendanceHistory("s1", "p1");
    expect(invoke).toHaveBeenLastCalledWith("attendance_history", {
      sessionId: "s1",
      personId: "p1",
    });
    await a.attendanceSheetSave("s1", "ru", "/tmp/a.pdf");
    expect(invoke).toHaveBeenLastCalledWith("attendance_sheet_save", {
      sessionId: "s1",
      locale: "ru",
      path: "/tmp/a.pdf",
    });
    await c.completionShow("a1");
    expect(invoke).toHaveBeenLastCalledWith("completion_show", { activityId: "a1" });
    await c.assessmentRecord({ activity_id: "a1", person_id: "p1", score: 70 });
    expect(invoke).toHaveBeenLastCalledWith("assessment_record", {
      input: { activity_id: "a1", person_id: "p1", score: 70 },
    });
    await trainerList();
    expect(invoke).toHaveBeenLastCalledWith("trainer_list", undefined);
  });

  it("asks where to save the sheet, as a PDF with a default name", async () => {
    const { pickSheetPath } = await import("./attendance");
    save.mockResolvedValue("/home/u/sheet.pdf");
    expect(await pickSheetPath("Save", "PDF documents", "sheet 2025-03-10.pdf")).toBe(
      "/home/u/sheet.pdf",
    );
    expect(save).toHaveBeenCalledWith({
      title: "Save",
      defaultPath: "sheet 2025-03-10.pdf",
      filters: [{ name: "PDF documents", extensions: ["pdf"] }],
    });
    save.mockResolvedValue(null);
    expect(await pickSheetPath("Save", "PDF", "x.pdf")).toBeNull();
  });

  it("takes the end-to-end suite's path without opening the dialog", async () => {
    const { pickSheetPath } = await import("./attendance");
    (globalThis as { __malakaE2eSave?: unknown }).__malakaE2eSave = "/tmp/e2e.pdf";
    expect(await pickSheetPath("Save", "PDF", "x.pdf")).toBe("/tmp/e2e.pdf");
    expect(save).not.toHaveBeenCalled();
  });
});
