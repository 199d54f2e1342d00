import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type {
  ActivityCompletion,
  AssessmentInput,
  CompletionRule,
  IssueInput,
  ParticipantCompletion,
} from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import CompletionPanel from "./CompletionPanel.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("show", "ruleSet", "record", "issue");
});

vi.mock("$lib/api/completion", () => ({
  completionShow: (id: string) => api.show(id),
  completionRuleSet: (r: CompletionRule) => api.ruleSet(r),
  assessmentRecord: (i: AssessmentInput) => api.record(i),
}));
vi.mock("$lib/api/certificate", () => ({
  certificateIssue: (i: IssueInput) => api.issue(i),
  certificatePdfSave: vi.fn(),
  newJobId: () => "job-1",
  jobCancel: vi.fn(),
}));

const rule: CompletionRule = {
  activity_id: "act",
  basis: "sessions",
  min_percent: 80,
  late_counts: "full",
  excused_counts: false,
  assessment: "score",
  pass_mark: 60,
};

function participant(
  id: string,
  name: string,
  eligible: boolean,
  reasons: ParticipantCompletion["standing"]["reasons"],
  rate = 100,
): ParticipantCompletion {
  return {
    person_id: id,
    person_name: name,
    role: "participant",
    assessment: { passed: null, score: eligible ? 75 : 55 },
    certificate: null,
    standing: {
      rate,
      present: 3,
      late: 1,
      absent: 1,
      excused: 0,
      unmarked: 2,
      hours_attended: 9,
      hours_total: 21,
      eligible,
      reasons,
    },
  };
}

const completion: ActivityCompletion = {
  rule,
  rule_is_custom: true,
  sessions: 7,
  hours: 21,
  participants: [
    participant("p1", "Aliyev", true, []),
    participant(
      "p2",
      "Karimova",
      false,
      [
        { code: "below_minimum", rate: 57.1, required: 80 },
        { code: "marks_missing", count: 2 },
        { code: "assessment_failed", score: 55, pass_mark: 60 },
      ],
      57.1,
    ),
  ],
};

beforeEach(() => {
  setLocale("en");
  api.show.mockReset().mockResolvedValue(completion);
  api.ruleSet.mockReset().mockImplementation((r: CompletionRule) => Promise.resolve(r));
  api.record.mockReset().mockResolvedValue(null);
});

describe("the completion panel", () => {
  it("gives each participant's rate, counts and eligibility, with every reason in words", async () => {
    render(CompletionPanel, { activityId: "act" });
    const yes = await screen.findByTestId("completion-p1");
    expect(yes.getAttribute("data-eligible")).toBe("true");
    expect(yes.textContent).toContain("Eligible");
    const no = screen.getByTestId("completion-p2");
    expect(no.getAttribute("data-eligible")).toBe("false");
    expect(screen.getByTestId("rate-p2").textContent).toBe("57.1 %");
    const reasons = [...screen.getByTestId("reasons-p2").querySelectorAll("li")].map(
      (li) => li.textContent,
    );
    expect(reasons).toEqual([
      "Attendance 57.1 % is below the required 80 %.",
      "2 sessions are not marked yet.",
      "The score 55 is below the pass mark 60.",
    ]);
    expect(screen.queryByTestId("reasons-p1")).toBeNull();
  });

  it("words the reasons in the current locale", async () => {
    setLocale("ru");
    render(CompletionPanel, { activityId: "act" });
    const reasons = await screen.findByTestId("reasons-p2");
    expect(reasons.textContent).toContain("Посещаемость 57,1 % ниже требуемых 80 %.");
    expect(reasons.textContent).toContain("2 занятия ещё не отмечены.");
  });

  it("saves the rule as edited and reloads the standings", async () => {
    render(CompletionPanel, { activityId: "act" });
    await screen.findByTestId("completion-table");
    await fireEvent.change(screen.getByTestId("rule-basis"), { target: { value: "hours" } });
    await fireEvent.input(screen.getByTestId("rule-min-percent"), { target: { value: "75" } });
    await fireEvent.change(screen.getByTestId("rule-late"), { target: { value: "half" } });
    await fireEvent.click(screen.getByTestId("rule-excused"));
    await fireEvent.input(screen.getByTestId("rule-pass-mark"), { target: { value: "70" } });
    await fireEvent.click(screen.getByTestId("rule-save"));
    await waitFor(() => expect(api.ruleSet).toHaveBeenCalled());
    expect(api.ruleSet.mock.calls[0][0]).toEqual({
      activity_id: "act",
      basis: "hours",
      min_percent: 75,
      late_counts: "half",
      excused_counts: true,
      assessment: "score",
      pass_mark: 70,
    });
    await screen.findByTestId("rule-saved");
    expect(api.show).toHaveBeenCalledTimes(2);
  });

  it("drops the pass mark unless the assessment is a score", async () => {
    render(CompletionPanel, { activityId: "act" });
    await screen.findByTestId("completion-table");
    await fireEvent.change(screen.getByTestId("rule-assessment"), {
      target: { value: "pass_fail" },
    });
    expect(screen.queryByTestId("rule-pass-mark")).toBeNull();
    await fireEvent.click(screen.getByTestId("rule-save"));
    await waitFor(() => expect(api.ruleSet).toHaveBeenCalled());
    expect(api.ruleSet.mock.calls[0][0]).toMatchObject({
      assessment: "pass_fail",
      pass_mark: null,
    });
  });

  it("records a score, then reloads", async () => {
    render(CompletionPanel, { activityId: "act" });
    const input = (await screen.findByTestId("assessment-p2")) as HTMLInputElement;
    expect(input.value).toBe("55");
    await fireEvent.change(input, { target: { value: "62,5" } });
    await waitFor(() => expect(api.record).toHaveBeenCalled());
    expect(api.record.mock.calls[0][0]).toEqual({
      activity_id: "act",
      person_id: "p2",
      passed: null,
      score: 62.5,
    });
    await waitFor(() => expect(api.show).toHaveBeenCalledTimes(2));
  });

  it("shows results without recording them where the page says they may not be", async () => {
    render(CompletionPanel, { activityId: "act", mayRecord: false });
    const input = (await screen.findByTestId("assessment-p2")) as HTMLInputElement;
    expect(input.disabled).toBe(true);
    expect(input.value).toBe("55");
  });

  it("records pass or fail when the rule says so", async () => {
    api.show.mockResolvedValue({ ...completion, rule: { ...rule, assessment: "pass_fail" } });
    render(CompletionPanel, { activityId: "act" });
    const select = (await screen.findByTestId("assessment-p1")) as HTMLSelectElement;
    await fireEvent.change(select, { target: { value: "passed" } });
    await waitFor(() => expect(api.record).toHaveBeenCalled());
    expect(api.record.mock.calls[0][0]).toMatchObject({ passed: true, score: null });
  });

  it("reloads when marks were saved on the page", async () => {
    const { rerender } = render(CompletionPanel, { activityId: "act", revision: 0 });
    await screen.findByTestId("completion-table");
    await rerender({ activityId: "act", revision: 1 });
    await waitFor(() => expect(api.show).toHaveBeenCalledTimes(2));
  });

  it("issues certificates, then reloads the standings so the numbers show", async () => {
    const issued: ActivityCompletion = {
      ...completion,
      participants: [
        { ...completion.participants[0], certificate: "UZ-ASAN-2026-000001" },
        completion.participants[1],
      ],
    };
    api.issue.mockResolvedValue({ issued: [], already: 0, not_eligible: ["Karimova"] });
    const prepare = vi.fn(() => Promise.resolve());
    const onissued = vi.fn();
    render(CompletionPanel, { activityId: "act", prepare, onissued });
    const button = await screen.findByTestId("cert-issue");
    expect(button.textContent?.trim()).toBe("Issue 1 certificate");
    api.show.mockResolvedValue(issued);
    await fireEvent.click(button);
    await screen.findByTestId("cert-issue-result");
    expect(prepare).toHaveBeenCalled();
    await waitFor(() => expect(onissued).toHaveBeenCalled());
    expect(api.show).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId("completion-p1").textContent).toContain(
      "Certificate UZ-ASAN-2026-000001",
    );
    expect(screen.getByTestId("cert-print-all")).toBeTruthy();
  });
});
