import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ReportFileOptions, ReportFilter } from "./types";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...a: unknown[]) => invoke(...a) }));

beforeEach(() => {
  invoke.mockReset().mockResolvedValue([]);
});

const FILTER: ReportFilter = {
  from: "2026-01-01",
  to: "2026-12-31",
  organisation_id: "o1",
  programme_id: null,
  kind: "training",
  country: null,
  group_by: "person",
};

describe("report wrappers", () => {
  it("name the shell's commands and their arguments", async () => {
    const r = await import("./report");
    await r.reportHours(FILTER);
    expect(invoke).toHaveBeenLastCalledWith("report_hours", { filter: FILTER });
    const options: ReportFileOptions = {
      format: "xlsx",
      locale: "uz-Cyrl",
      columns: ["personnel_number", "name"],
    };
    invoke.mockResolvedValue(4096);
    expect(await r.reportHoursFileSave(FILTER, options, "token-hours.xlsx")).toBe(4096);
    expect(invoke).toHaveBeenLastCalledWith("report_hours_file_save", {
      filter: FILTER,
      options,
      path: "token-hours.xlsx",
    });
  });

  it("name the completion and attendance commands and their arguments", async () => {
    const r = await import("./report");
    await r.reportCompletion(FILTER);
    expect(invoke).toHaveBeenLastCalledWith("report_completion", { filter: FILTER });
    await r.reportAttendance(FILTER);
    expect(invoke).toHaveBeenLastCalledWith("report_attendance", { filter: FILTER });
    const options: ReportFileOptions = { format: "csv", locale: "az", columns: ["name"] };
    invoke.mockResolvedValue(512);
    expect(await r.reportCompletionFileSave(FILTER, options, "token-c.csv")).toBe(512);
    expect(invoke).toHaveBeenLastCalledWith("report_completion_file_save", {
      filter: FILTER,
      options,
      path: "token-c.csv",
    });
    expect(await r.reportAttendanceFileSave(FILTER, options, "token-a.csv")).toBe(512);
    expect(invoke).toHaveBeenLastCalledWith("report_attendance_file_save", {
      filter: FILTER,
      options,
      path: "token-a.csv",
    });
  });

  it("turn a refusal into an ApiError naming the field", async () => {
    const r = await import("./report");
    invoke.mockRejectedValue({
      code: "invalid",
      field: "to",
      reason: { key: "ends_before_start", start: "2026-12-31" },
    });
    await expect(r.reportHours(FILTER)).rejects.toEqual({
      code: "invalid",
      field: "to",
      reason: { key: "ends_before_start", start: "2026-12-31" },
    });
  });
});
