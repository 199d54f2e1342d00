import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...a: unknown[]) => invoke(...a) }));

beforeEach(() => {
  invoke.mockReset().mockResolvedValue(null);
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
    await a.attendanceSheetSave("s1", "ru", "token-sheet");
    expect(invoke).toHaveBeenLastCalledWith("attendance_sheet_save", {
      sessionId: "s1",
      locale: "ru",
      path: "token-sheet",
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
});
