import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import { fileError } from "$lib/testing/apiErrors";
import PersonIcsExport from "./enrolment/PersonIcsExport.svelte";
import ExportMenu from "./ExportMenu.svelte";
import { picked } from "$lib/api/testing/picked";

const api = vi.hoisted(() => ({ ics: vi.fn(), participants: vi.fn(), pick: vi.fn() }));
vi.mock("$lib/api/planExport", () => ({
  scheduleIcsSave: (who: unknown, path: string) => api.ics(who, path),
  participantsSave: (id: string, format: string, path: string) =>
    api.participants(id, format, path),
}));
vi.mock("$lib/api/dialog", () => ({
  pickSaveFile: (...a: string[]) => api.pick(...a),
}));

beforeEach(() => {
  setLocale("en");
  api.ics.mockReset().mockResolvedValue(2048);
  api.participants.mockReset().mockResolvedValue(4096);
  api.pick.mockReset();
});

describe("the activity's exports", () => {
  it("saves the participants as Excel under a name from the title", async () => {
    api.pick.mockResolvedValue(picked("/home/u/ethics.xlsx"));
    render(ExportMenu, { activityId: "act", title: "Ethics: module 1/2" });
    await fireEvent.click(screen.getByTestId("export-xlsx"));
    const done = await screen.findByTestId("export-done");
    expect(api.pick).toHaveBeenCalledWith(
      "Save the participant list",
      "Excel workbooks",
      "Ethics module 1 2 participants.xlsx",
    );
    expect(api.participants).toHaveBeenCalledWith("act", "xlsx", "token:/home/u/ethics.xlsx");
    expect(done.textContent).toContain("Saved: /home/u/ethics.xlsx");
    expect(within(done).getByTestId("open-file")).toBeTruthy();
  });

  it("saves CSV and the calendar in the UI's language", async () => {
    setLocale("uz-Latn");
    api.pick.mockResolvedValue(picked("/tmp/a.csv"));
    render(ExportMenu, { activityId: "act", title: "Etika" });
    expect(screen.getByTestId("export-csv").textContent?.trim()).toBe("Ishtirokchilar (CSV)");
    await fireEvent.click(screen.getByTestId("export-csv"));
    await screen.findByTestId("export-done");
    expect(api.pick).toHaveBeenLastCalledWith(
      "Ishtirokchilar roʻyxatini saqlash",
      "CSV fayllari",
      "Etika ishtirokchilar.csv",
    );
    expect(api.participants).toHaveBeenCalledWith("act", "csv", "token:/tmp/a.csv");

    api.pick.mockResolvedValue(picked("/tmp/a.ics"));
    await fireEvent.click(screen.getByTestId("export-ics"));
    await waitFor(() =>
      expect(api.ics).toHaveBeenCalledWith({ activityId: "act" }, "token:/tmp/a.ics"),
    );
    expect(api.pick).toHaveBeenLastCalledWith(
      "Jadvalni saqlash",
      "Taqvim fayllari",
      "Etika jadval.ics",
    );
    expect((await screen.findByTestId("export-done")).textContent).toContain(
      "Saqlandi: /tmp/a.ics Ochish",
    );
  });

  it("saves nothing when the dialog is cancelled, and shows a failure by code", async () => {
    api.pick.mockResolvedValue(null);
    render(ExportMenu, { activityId: "act", title: "Ethics" });
    await fireEvent.click(screen.getByTestId("export-ics"));
    await waitFor(() => expect(api.pick).toHaveBeenCalled());
    expect(api.ics).not.toHaveBeenCalled();
    expect(screen.queryByTestId("export-done")).toBeNull();

    api.pick.mockResolvedValue(picked("/root/x.csv"));
    api.participants.mockRejectedValue(fileError("file_unreadable", "/root/x.csv"));
    await fireEvent.click(screen.getByTestId("export-csv"));
    const error = await screen.findByTestId("export-error");
    expect(error.dataset.code).toBe("file");
    expect(screen.queryByTestId("export-done")).toBeNull();
    expect((screen.getByTestId("export-csv") as HTMLButtonElement).disabled).toBe(false);
  });
});

describe("a person's schedule", () => {
  it("saves the person's calendar", async () => {
    api.pick.mockResolvedValue(picked("/home/u/anvar.ics"));
    render(PersonIcsExport, { personId: "p1", name: "Aliyev Anvar" });
    const button = screen.getByTestId("person-export-ics");
    expect(button.textContent?.trim()).toBe("Export schedule (.ics)");
    await fireEvent.click(button);
    const done = await screen.findByTestId("person-export-done");
    expect(api.pick).toHaveBeenCalledWith(
      "Save the schedule",
      "Calendar files",
      "Aliyev Anvar schedule.ics",
    );
    expect(api.ics).toHaveBeenCalledWith({ personId: "p1" }, "token:/home/u/anvar.ics");
    expect(done.textContent).toContain("Saved: /home/u/anvar.ics");
    expect(within(done).getByTestId("open-file")).toBeTruthy();
  });

  it("shows a failure", async () => {
    api.pick.mockResolvedValue(picked("/x.ics"));
    api.ics.mockRejectedValue({
      code: "not_found",
      reason: { key: "not_found", entity: "person", id: "p1" },
    });
    render(PersonIcsExport, { personId: "p1", name: "A" });
    await fireEvent.click(screen.getByTestId("person-export-ics"));
    expect((await screen.findByTestId("person-export-error")).dataset.code).toBe("not_found");
  });
});
