import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type {
  EvaluationKind,
  InternshipStatus,
  NewEvaluation,
  NewInternReport,
  NewInternship,
  NewPlacementDay,
  NewWeekLog,
  PersonQuery,
} from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { ORGS } from "$lib/mobility/fixtures";
import { mobilityTab } from "$lib/mobility/filterState.svelte";
import {
  evaluation,
  internship,
  internshipDetail,
  weekLog,
} from "$lib/mobility/internshipFixtures";
import { orgs } from "$lib/orgs/store.svelte";
import { router } from "$lib/router.svelte";
import { fill } from "$lib/testing/form";
import { signInAs } from "$lib/testing/session";
import InternshipPage from "./InternshipPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns(
    "get",
    "update",
    "status",
    "week",
    "days",
    "evaluation",
    "report",
    "certificate",
    "form",
    "people",
  );
});

// The save dialog's end-to-end hook, answered as the suite's build of the shell would.
vi.mock("@tauri-apps/api/core", async (actual) =>
  (await import("$lib/api/testing/picked")).withE2ePick(await actual()),
);
vi.mock("$lib/api/internship", () => ({
  internshipGet: (id: string) => api.get(id),
  internshipUpdate: (id: string, i: NewInternship, v: number, r: string | null) =>
    api.update(id, i, v, r),
  internshipSetStatus: (id: string, s: InternshipStatus, r: string | null) => api.status(id, s, r),
  internshipWeekSave: (id: string, i: NewWeekLog) => api.week(id, i),
  internshipDaysMark: (id: string, d: NewPlacementDay[]) => api.days(id, d),
  internshipEvaluationRecord: (id: string, i: NewEvaluation) => api.evaluation(id, i),
  internshipReportSave: (id: string, i: NewInternReport) => api.report(id, i),
  internshipCertificateIssue: (id: string) => api.certificate(id),
  internshipFormSave: (id: string, k: EvaluationKind, l: string, p: string) =>
    api.form(id, k, l, p),
}));
vi.mock("$lib/api/person", () => ({ personQuery: (q: PersonQuery) => api.people(q) }));
vi.mock("$lib/api/organisation", () => ({ organisationList: () => Promise.resolve(ORGS) }));

type E2e = { __malakaE2eSave?: unknown };

beforeEach(() => {
  setLocale("en");
  router.route = { name: "internship", id: "i1" };
  mobilityTab.current = "visits";
  orgs.list = ORGS;
  orgs.loaded = true;
  for (const f of Object.values(api)) f.mockReset();
  api.get.mockResolvedValue(internshipDetail());
});

afterEach(() => {
  delete (globalThis as E2e).__malakaE2eSave;
});

async function open() {
  render(InternshipPage, { id: "i1" });
  return screen.findByTestId("internship-title");
}

describe("an internship's page", () => {
  it("shows the placement, its plan and its facts, and goes back to the internships", async () => {
    expect((await open()).textContent).toBe("Karimova Dilnoza at ASAN xidmət");
    expect(api.get).toHaveBeenCalledWith("i1");
    expect(screen.getByTestId("internship-status").dataset.status).toBe("proposed");
    expect(screen.getByTestId("internship-intern").textContent).toBe("Karimova Dilnoza");
    expect(screen.getByTestId("internship-host").textContent).toBe("ASAN xidmət");
    expect(screen.getByTestId("internship-dates").textContent).toBe("1 March 2027 – 26 March 2027");
    expect(screen.getByTestId("internship-hours-per-week").textContent).toBe("40");
    expect(screen.getByTestId("internship-hours").textContent).toBe("148.6");
    const objectives = within(screen.getByTestId("internship-objectives"));
    expect(objectives.getAllByTestId("objective").map((o) => o.textContent)).toEqual([
      "Front office routing",
      "Queue analytics",
    ]);
    expect(within(screen.getByTestId("internship-units")).getAllByTestId("unit")).toHaveLength(2);
    expect(screen.getByTestId("mentor-name").textContent).toBe("Rəşad Əliyev");
    // Nothing is logged, marked or evaluated before the placement is under way.
    expect(screen.queryByTestId("week-edit")).toBeNull();
    expect(screen.queryByRole("button", { name: /1 March/ })).toBeNull();
    expect(screen.queryByTestId("evaluation-form")).toBeNull();
    expect(screen.queryByTestId("internship-report")).toBeNull();
    // Before it is agreed, a placement has no log, attendance or evaluations to show.
    expect(screen.queryByTestId("internship-weeks")).toBeNull();
    expect(screen.queryByTestId("internship-evaluations")).toBeNull();
    expect((screen.getByTestId("internship-certificate-issue") as HTMLButtonElement).disabled).toBe(
      true,
    );
    await fireEvent.click(screen.getByTestId("internship-back"));
    expect(router.route).toEqual({ name: "mobility" });
    expect(mobilityTab.current).toBe("internships");
  });

  it("offers the allowed moves; agreeing waits for a mentor, withdrawing asks why", async () => {
    api.get.mockResolvedValue(internshipDetail({ status: "host_accepted", mentor: null }));
    await open();
    expect(screen.getByTestId("internship-status-proposed")).toBeTruthy();
    const agree = screen.getByTestId("internship-status-agreed") as HTMLButtonElement;
    expect(agree.disabled).toBe(true);
    expect(screen.getByTestId("internship-agree-blocked").textContent).toContain("mentor");

    await fireEvent.click(screen.getByTestId("internship-status-withdrawn"));
    await fireEvent.click(screen.getByTestId("internship-withdrawing-confirm"));
    expect(screen.getByTestId("internship-withdrawing-missing")).toBeTruthy();
    await fill("internship-withdrawing-reason", "Family reasons");
    api.status.mockResolvedValue(internship({ status: "withdrawn" }));
    await fireEvent.click(screen.getByTestId("internship-withdrawing-confirm"));
    expect(api.status).toHaveBeenCalledWith("i1", "withdrawn", "Family reasons");
  });

  it("moves a ready placement on with one click", async () => {
    api.get.mockResolvedValue(internshipDetail({ status: "host_accepted" }));
    await open();
    api.status.mockResolvedValue(internship({ status: "agreed" }));
    await fireEvent.click(screen.getByTestId("internship-status-agreed"));
    expect(api.status).toHaveBeenCalledWith("i1", "agreed", null);
    await waitFor(() => expect(api.get).toHaveBeenCalledTimes(2));
  });

  it("asks why the plan changes once agreed", async () => {
    api.get.mockResolvedValue(internshipDetail({ status: "agreed", version: 3 }));
    await open();
    expect(screen.getByTestId("internship-amending-note")).toBeTruthy();
    expect(screen.getByTestId("internship-amendments")).toBeTruthy();
    await fireEvent.click(screen.getByTestId("internship-edit"));
    await fill("internship-field-hours_per_week", "30");
    await fireEvent.click(screen.getByTestId("internship-save"));
    expect(screen.getByTestId("internship-error-reason").textContent).toContain("say why");
    expect(api.update).not.toHaveBeenCalled();
    await fill("internship-field-reason", "The host shortened the days");
    api.update.mockResolvedValue(internship({ status: "agreed", version: 4 }));
    await fireEvent.click(screen.getByTestId("internship-save"));
    await waitFor(() => expect(api.update).toHaveBeenCalled());
    const [id, input, version, reason] = api.update.mock.calls[0];
    expect([id, version, reason]).toEqual(["i1", 3, "The host shortened the days"]);
    expect(input).toMatchObject({ hours_per_week: 30, intern_id: "p-dilnoza" });
    expect(input.objectives).toEqual(["Front office routing", "Queue analytics"]);
  });

  it("keeps the weekly log a row a week, saved under its Monday", async () => {
    api.get.mockResolvedValue(
      internshipDetail(
        { status: "under_way" },
        { weeks: [weekLog("2027-03-08", { intern_entry: "Learned the queue system" })] },
      ),
    );
    await open();
    const rows = screen.getAllByTestId("week-row");
    expect(rows.map((r) => r.dataset.week)).toEqual([
      "2027-03-01",
      "2027-03-08",
      "2027-03-15",
      "2027-03-22",
    ]);
    expect(within(rows[1]).getByTestId("week-intern-entry").textContent).toContain(
      "Learned the queue system",
    );
    await fireEvent.click(within(rows[1]).getByTestId("week-edit"));
    expect((screen.getByTestId("week-field-intern_entry") as HTMLTextAreaElement).value).toBe(
      "Learned the queue system",
    );
    await fill("week-field-mentor_comment", "Good progress");
    api.week.mockResolvedValue(weekLog("2027-03-08"));
    await fireEvent.click(screen.getByTestId("week-save"));
    await waitFor(() =>
      expect(api.week).toHaveBeenCalledWith("i1", {
        week_of: "2027-03-08",
        intern_entry: "Learned the queue system",
        mentor_comment: "Good progress",
      }),
    );
    await waitFor(() => expect(screen.queryByTestId("week-form")).toBeNull());
  });

  it("marks days with a click and a whole week present", async () => {
    api.get.mockResolvedValue(
      internshipDetail(
        { status: "under_way" },
        { days: [{ day: "2027-03-02", status: "present", note: null }] },
      ),
    );
    await open();
    const cells = screen.getAllByTestId("day-cell");
    expect(cells).toHaveLength(20);
    const tuesday = cells.find((c) => c.dataset.day === "2027-03-02")!;
    expect(tuesday.dataset.status).toBe("present");
    api.days.mockResolvedValue([]);
    await fireEvent.click(tuesday);
    expect(api.days).toHaveBeenCalledWith("i1", [
      { day: "2027-03-02", status: "absent", note: null },
    ]);
    await waitFor(() => expect(api.get).toHaveBeenCalledTimes(2));

    const weeks = screen.getAllByTestId("days-week");
    await fireEvent.click(within(weeks[3]).getByTestId("days-week-present"));
    await waitFor(() => expect(api.days).toHaveBeenCalledTimes(2));
    expect(api.days.mock.calls[1][1].map((d: NewPlacementDay) => d.day)).toEqual([
      "2027-03-22",
      "2027-03-23",
      "2027-03-24",
      "2027-03-25",
      "2027-03-26",
    ]);
  });

  it("records the mid-term evaluation, a score for each objective", async () => {
    api.get.mockResolvedValue(internshipDetail({ status: "under_way" }));
    await open();
    const form = screen.getByTestId("evaluation-form");
    expect((screen.getByTestId("evaluation-field-kind") as HTMLSelectElement).value).toBe("mid");
    expect((screen.getByTestId("evaluation-field-evaluator") as HTMLInputElement).value).toBe(
      "Rəşad Əliyev",
    );
    await fill("evaluation-field-on", "2027-03-12");
    await fireEvent.click(screen.getByTestId("evaluation-save"));
    expect(within(form).getByTestId("evaluation-error-scores.1.score")).toBeTruthy();
    expect(api.evaluation).not.toHaveBeenCalled();

    await fireEvent.change(screen.getByTestId("evaluation-score-1"), { target: { value: "4" } });
    await fireEvent.change(screen.getByTestId("evaluation-score-2"), { target: { value: "5" } });
    await fill("evaluation-comment-2", "Quick learner");
    await fireEvent.click(screen.getByTestId("evaluation-field-from_paper"));
    api.evaluation.mockRejectedValueOnce({
      code: "invalid",
      field: "scores.2.comment",
      reason: { key: "too_long", max: 500 },
    });
    await fireEvent.click(screen.getByTestId("evaluation-save"));
    expect((await screen.findByTestId("evaluation-error-scores.2.comment")).textContent).toContain(
      "longer than 500",
    );

    api.evaluation.mockResolvedValue(evaluation());
    api.get.mockResolvedValue(
      internshipDetail({ status: "under_way" }, { mid: evaluation({ from_paper: true }) }),
    );
    await fireEvent.click(screen.getByTestId("evaluation-save"));
    await waitFor(() => expect(api.evaluation).toHaveBeenCalledTimes(2));
    expect(api.evaluation).toHaveBeenLastCalledWith("i1", {
      kind: "mid",
      on: "2027-03-12",
      evaluator: "Rəşad Əliyev",
      scores: [
        { score: 4, comment: null },
        { score: 5, comment: "Quick learner" },
      ],
      comment: null,
      from_paper: true,
    });
    const mid = await waitFor(() => {
      const block = screen.getAllByTestId("evaluation").find((b) => b.dataset.kind === "mid")!;
      within(block).getByTestId("evaluation-recorded");
      return block;
    });
    expect(within(mid).getByTestId("evaluation-from-paper")).toBeTruthy();
    expect(within(mid).getAllByTestId("evaluation-score-line")[1].textContent).toContain("5 / 5");
    // The final one is next.
    expect((screen.getByTestId("evaluation-field-kind") as HTMLSelectElement).value).toBe("final");
  });

  it("prints the blank evaluation form where the save dialog says, in the UI's language", async () => {
    (globalThis as E2e).__malakaE2eSave = "/tmp/final-form.pdf";
    api.get.mockResolvedValue(internshipDetail({ status: "agreed" }));
    await open();
    api.form.mockResolvedValue(20480);
    const final = screen
      .getAllByTestId("evaluation-print-form")
      .find((b) => b.dataset.kind === "final")!;
    await fireEvent.click(final);
    await waitFor(() =>
      expect(api.form).toHaveBeenCalledWith("i1", "final", "en", "token:/tmp/final-form.pdf"),
    );
    expect((await screen.findByTestId("evaluation-print-done")).textContent).toContain(
      "/tmp/final-form.pdf",
    );
  });

  it("issues the certificate once evaluated, and then shows its number", async () => {
    api.get.mockResolvedValue(
      internshipDetail(
        { status: "evaluated" },
        { mid: evaluation(), final: evaluation({ kind: "final" }) },
      ),
    );
    await open();
    const issue = screen.getByTestId("internship-certificate-issue") as HTMLButtonElement;
    expect(issue.disabled).toBe(false);
    api.certificate.mockResolvedValue({});
    api.get.mockResolvedValue(
      internshipDetail(
        { status: "evaluated" },
        { final: evaluation({ kind: "final" }), certificate: "DXA-2027-00012" },
      ),
    );
    await fireEvent.click(issue);
    expect(api.certificate).toHaveBeenCalledWith("i1");
    expect((await screen.findByTestId("internship-certificate-code")).textContent).toBe(
      "DXA-2027-00012",
    );
    expect(screen.queryByTestId("internship-certificate-issue")).toBeNull();
  });

  it("saves the intern's report while the placement runs", async () => {
    api.get.mockResolvedValue(internshipDetail({ status: "under_way" }));
    await open();
    await fill("intern-report-field-text", "What I learned in Baku");
    await fill("intern-report-field-submitted_on", "2027-03-26");
    api.report.mockResolvedValue({ text: "What I learned in Baku", submitted_on: "2027-03-26" });
    await fireEvent.click(screen.getByTestId("intern-report-save"));
    await waitFor(() =>
      expect(api.report).toHaveBeenCalledWith("i1", {
        text: "What I learned in Baku",
        submitted_on: "2027-03-26",
      }),
    );
    expect(await screen.findByTestId("intern-report-saved")).toBeTruthy();
  });

  it("shows a role that does not arrange internships everything, read only", async () => {
    signInAs("viewer");
    api.get.mockResolvedValue(
      internshipDetail({ status: "under_way" }, { weeks: [weekLog("2027-03-01")] }),
    );
    await open();
    expect(screen.queryByTestId("internship-status-controls")).toBeNull();
    expect(screen.queryByTestId("internship-edit")).toBeNull();
    expect(screen.queryByTestId("week-edit")).toBeNull();
    expect(screen.queryByTestId("days-week-present")).toBeNull();
    expect(screen.getAllByTestId("day-cell")[0].tagName).toBe("SPAN");
    expect(screen.queryByTestId("evaluation-form")).toBeNull();
    expect(screen.queryByTestId("internship-certificate-issue")).toBeNull();
    expect(screen.getAllByTestId("evaluation-print-form")).toHaveLength(2);
  });
});
