import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type {
  Certificate,
  IssueInput,
  MySessions,
  Organisation,
  ParticipantCompletion,
  Stats,
} from "$lib/api/types";
import { makeRoll, session } from "$lib/attendance/fixtures";
import { certificate, completionWith } from "$lib/certificates/fixtures";
import { setLocale } from "$lib/i18n/index.svelte";
import { integrity } from "$lib/integrity.svelte";
import { go } from "$lib/router.svelte";
import { deskStatusOf, SERVER, TEAM, unreachable } from "$lib/testing/desk";
import { fill } from "$lib/testing/form";
import { signedInAs } from "$lib/testing/session";
import App from "./App.svelte";

const api = vi.hoisted(() => ({
  stats: {
    organisations: 0,
    people: 0,
    activities: 0,
    sessions: 0,
    marks: 0,
    audit_entries: 0,
  } as Stats,
  orgs: [] as Organisation[],
  demoLoad: vi.fn(),
  sessions: { today: [], upcoming: [], past: [] } as MySessions,
  grid: vi.fn(),
  participants: [] as ParticipantCompletion[],
  certificates: [] as Certificate[],
  issue: vi.fn(),
  quickCheck: vi.fn(),
  me: vi.fn(),
  signIn: vi.fn(),
  signOut: vi.fn(),
  desk: vi.fn(),
  deskConnect: vi.fn(),
  deskUseFile: vi.fn(),
}));

vi.mock("$lib/api/desk", () => ({
  deskStatus: () => api.desk(),
  deskConnect: (team: unknown, password: string, remember: boolean) =>
    api.deskConnect(team, password, remember),
  deskUseFile: (args: { forgetTeam: boolean }) => api.deskUseFile(args),
}));

vi.mock("$lib/api/account", () => ({
  accountMe: () => api.me(),
  accountSignIn: (login: string, password: string) => api.signIn(login, password),
  accountSignOut: () => api.signOut(),
  accountList: () => Promise.resolve([]),
  accountCreate: vi.fn(),
  accountUpdate: vi.fn(),
  accountPasswordChange: vi.fn(),
  accountPasswordReset: vi.fn(),
}));

vi.mock("$lib/api/maintenance", () => ({
  appStats: () => Promise.resolve(api.stats),
  demoLoad: () => api.demoLoad(),
  appFirstPaint: () => Promise.resolve(1000),
  databaseQuickCheck: () => api.quickCheck(),
}));
vi.mock("$lib/api/organisation", () => ({
  organisationList: () => Promise.resolve(api.orgs),
  organisationCreate: vi.fn(),
}));
vi.mock("$lib/api/attendance", () => ({
  attendanceSessions: () => Promise.resolve(api.sessions),
  attendanceRoll: () => Promise.resolve(makeRoll(["Aliyev"], ["s1"])),
  attendanceGrid: (id: string) => api.grid(id),
  attendanceMark: vi.fn(),
  attendanceHistory: vi.fn(),
  attendanceSheetSave: vi.fn(),
}));
vi.mock("$lib/api/dialog", () => ({ pickSaveFile: vi.fn() }));
vi.mock("$lib/api/completion", () => ({
  completionShow: () =>
    Promise.resolve({
      rule: {
        activity_id: "act",
        basis: "sessions",
        min_percent: 80,
        late_counts: "full",
        excused_counts: false,
        assessment: "none",
        pass_mark: null,
      },
      rule_is_custom: false,
      sessions: 2,
      hours: 6,
      participants: api.participants,
    }),
  completionRuleSet: vi.fn(),
  assessmentRecord: vi.fn(),
}));
vi.mock("$lib/api/certificate", () => ({
  certificateIssue: (input: IssueInput) => api.issue(input),
  certificateList: () => Promise.resolve(api.certificates),
  certificateGet: vi.fn(),
  certificateRevoke: vi.fn(),
  certificateReissue: vi.fn(),
  certificateVerify: vi.fn(),
  certificatePublicKey: vi.fn(),
  certificatePdfSave: vi.fn(),
  newJobId: () => "job-1",
  jobCancel: vi.fn(),
}));
vi.mock("$lib/api/trainer", () => ({ trainerList: () => Promise.resolve([]) }));
vi.mock("$lib/api/programme", () => ({ programmeList: () => Promise.resolve([]) }));
vi.mock("$lib/api/report", () => ({
  reportHours: () => Promise.resolve([]),
  reportHoursFileSave: vi.fn(),
}));
vi.mock("$lib/api/dashboard", async () => {
  const { emptyCompletion, emptyDashboard } = await import("$lib/dashboard/fixtures");
  return {
    dashboard: (year: number) => Promise.resolve(emptyDashboard(year)),
    dashboardCompletion: (year: number) => Promise.resolve(emptyCompletion(year)),
  };
});
vi.mock("$lib/api/person", () => ({
  personQuery: () => Promise.resolve({ total: 0, offset: 0, rows: [] }),
  personGet: vi.fn(),
  personCreate: vi.fn(),
  personUpdate: vi.fn(),
}));

const org = (
  id: string,
  name: string,
  parent: string | null,
  kind: Organisation["kind"],
  country = "UZ",
) => ({
  id,
  name,
  short_code: null,
  country,
  kind,
  parent_id: parent,
  created_at: "2025-01-01T00:00:00Z",
});

beforeEach(() => {
  setLocale("uz-Latn");
  go({ name: "people" });
  api.stats = {
    organisations: 0,
    people: 0,
    activities: 0,
    sessions: 0,
    marks: 0,
    audit_entries: 0,
  };
  api.orgs = [];
  api.sessions = { today: [], upcoming: [], past: [] };
  api.grid.mockReset().mockResolvedValue(makeRoll(["Aliyev"], ["s1", "s2"]));
  api.participants = [];
  api.certificates = [];
  api.issue.mockReset();
  api.quickCheck.mockReset().mockResolvedValue(null);
  api.me.mockReset().mockResolvedValue(signedInAs("administrator", {}, false));
  api.signIn.mockReset();
  api.signOut.mockReset().mockResolvedValue(null);
  api.desk.mockReset().mockResolvedValue(deskStatusOf());
  api.deskConnect.mockReset();
  api.deskUseFile.mockReset();
  integrity.damage = null;
});

describe("first run", () => {
  it("offers to start empty, and remembers it", async () => {
    render(App);
    await fireEvent.click(await screen.findByTestId("welcome-start-empty"));
    expect(await screen.findByTestId("nav-people")).toBeTruthy();
    expect(localStorage.getItem("malaka.startEmpty")).toBe("1");
  });

  it("loads the demo with a spinner, then shows a summary", async () => {
    let finish: (v: unknown) => void = () => {};
    api.demoLoad.mockReturnValue(new Promise((r) => (finish = r)));
    render(App);
    await fireEvent.click(await screen.findByTestId("welcome-load-demo"));
    expect(screen.getByTestId("welcome-loading")).toBeTruthy();
    finish({ organisations: 12, people: 5, activities: 3, sessions: 21, marks: 1, visits: 2 });
    const summary = await screen.findByTestId("welcome-demo-summary");
    expect(summary.textContent).toContain("12 ta tashkilot");
    expect(summary.textContent).toContain("2 ta tanishuv tashrifi");
    await fireEvent.click(screen.getByTestId("welcome-continue"));
    expect(await screen.findByTestId("nav-people")).toBeTruthy();
  });
});

describe("the shell", () => {
  beforeEach(() => {
    api.stats = { ...api.stats, organisations: 3, people: 1 };
    api.orgs = [
      org("a", "Davlat xizmatlari agentligi", null, "agency"),
      org("c", "Bektemir markazi", "a", "service_centre"),
      org("p", "ASAN xidmət", null, "partner", "AZ"),
    ];
  });

  it("skips the welcome on a database with data, and switches locale at run time", async () => {
    render(App);
    const people = await screen.findByTestId("nav-people");
    expect(people.textContent?.trim()).toBe("Xodimlar");
    expect(people.getAttribute("aria-current")).toBe("page");
    await fireEvent.change(screen.getByTestId("locale-switcher"), { target: { value: "ru" } });
    expect(screen.getByTestId("nav-people").textContent?.trim()).toBe("Сотрудники");
    expect(localStorage.getItem("malaka.locale")).toBe("ru");
  });

  it("shows the organisation tree with partners abroad as their own root", async () => {
    render(App);
    await fireEvent.click(await screen.findByTestId("nav-organisations"));
    await waitFor(() => expect(screen.getAllByTestId("org-node")).toHaveLength(3));
    const tree = screen.getByTestId("org-tree");
    const roots = [...tree.children].map((li) => li.getAttribute("data-org-id"));
    expect(roots).toEqual(["a", "p"]);
    expect(tree.textContent).toContain("AZ");
  });

  it("goes from the attendance list to a roll, then to the whole activity", async () => {
    const { session: s } = session("s1", "2025-03-10T09:00:00", "2025-03-10T12:00:00");
    api.sessions = {
      today: [
        {
          session: s,
          activity_title: "Public service ethics",
          activity_kind: "training",
          venue_name: null,
          trainer_names: [],
          expected: 1,
          marked: 0,
        },
      ],
      upcoming: [],
      past: [],
    };
    render(App);
    await fireEvent.click(await screen.findByTestId("nav-attendance"));
    await fireEvent.click(await screen.findByTestId("session-card-s1"));
    expect((await screen.findByTestId("roll-title")).textContent).toBe("Public service ethics");
    expect(screen.getByTestId("nav-attendance").getAttribute("aria-current")).toBe("page");
    await fireEvent.click(screen.getByTestId("open-activity"));
    expect((await screen.findByTestId("activity-title")).textContent).toBe("Public service ethics");
    expect(screen.getAllByRole("columnheader")).toHaveLength(3);
    expect(screen.getByTestId("nav-attendance").getAttribute("aria-current")).toBe("page");
  });

  it("opens the Reports screen on its dashboard", async () => {
    render(App);
    await fireEvent.click(await screen.findByTestId("nav-reports"));
    expect(await screen.findByTestId("reports-page")).toBeTruthy();
    expect(screen.getByTestId("report-tab-dashboard").getAttribute("aria-current")).toBe("page");
    expect(await screen.findByTestId("dashboard-empty")).toBeTruthy();
    expect(screen.queryByTestId("page-placeholder")).toBeNull();
    expect(screen.getByTestId("nav-reports").getAttribute("aria-current")).toBe("page");
  });

  it("opens the certificate register", async () => {
    api.certificates = [certificate("c1", 1)];
    render(App);
    await fireEvent.click(await screen.findByTestId("nav-certificates"));
    expect(await screen.findByTestId("cert-row-UZ-ASAN-2026-000001")).toBeTruthy();
    expect(screen.getByTestId("cert-verify-input")).toBeTruthy();
    expect(screen.queryByTestId("page-placeholder")).toBeNull();
    expect(screen.getByTestId("nav-certificates").getAttribute("aria-current")).toBe("page");
  });

  it("issues certificates on the activity page and reloads the roll so rows lock", async () => {
    api.participants = completionWith([{ eligible: true, certificate: null }]).participants;
    api.issue.mockResolvedValue({ issued: [certificate("c1", 1)], already: 0, not_eligible: [] });
    go({ name: "activity-attendance", activityId: "act" });
    render(App);
    await fireEvent.click(await screen.findByTestId("cert-issue"));
    await screen.findByTestId("cert-issue-result");
    expect(api.issue).toHaveBeenCalledWith({ activity_id: "act", person_ids: null });
    await waitFor(() => expect(api.grid).toHaveBeenCalledTimes(2));
  });

  it("says the register is empty when there is nobody yet", async () => {
    render(App);
    expect((await screen.findByTestId("people-empty")).textContent).toContain(
      "Hozircha xodimlar yoʻq",
    );
    expect(screen.getByTestId("people-total").textContent).toContain("0 nafar xodim");
  });

  it("checks the database after the first screen and says loudly when it is damaged", async () => {
    api.quickCheck.mockRejectedValue({
      code: "damaged",
      reason: { key: "database_damaged", file: "/data/malaka.db", log: "/data/logs/malaka.log" },
      message: "the database /data/malaka.db is damaged",
    });
    render(App);
    const alert = await screen.findByTestId("integrity-alert");
    expect(api.quickCheck).toHaveBeenCalled();
    expect(alert.getAttribute("role")).toBe("alert");
    expect(alert.textContent).toContain("Maʼlumotlar bazasi fayli shikastlangan");
    expect(alert.textContent).toContain("/data/malaka.db");
    expect(alert.textContent).toContain("/data/logs/malaka.log");
    expect(alert.textContent).not.toContain("is damaged");
  });

  it("shows nothing when the check finds the file healthy", async () => {
    render(App);
    await screen.findByTestId("nav-people");
    await waitFor(() => expect(api.quickCheck).toHaveBeenCalled());
    expect(screen.queryByTestId("integrity-alert")).toBeNull();
  });
});

describe("signing in", () => {
  const nobody = { code: "sign_in", reason: { key: "sign_in_required" } };

  beforeEach(() => {
    setLocale("en");
    api.stats = { ...api.stats, organisations: 1, people: 1 };
  });

  it("opens a fresh register as its administrator, with nobody asked to sign in", async () => {
    render(App);
    expect((await screen.findByTestId("signed-in-name")).textContent).toBe("Administrator");
    expect(screen.getByTestId("signed-in-role").textContent).toBe("Administrator");
    expect(screen.queryByTestId("sign-out")).toBeNull();
    expect(screen.getByTestId("people-new")).toBeTruthy();
    expect(screen.queryByTestId("sign-in")).toBeNull();
  });

  it("asks for a sign-in first, then opens the app with what the role may do", async () => {
    api.me.mockRejectedValue(nobody);
    api.signIn.mockResolvedValue(signedInAs("viewer", { name: "Karimova Dilnoza" }));
    render(App);
    await screen.findByTestId("sign-in");
    expect(screen.queryByTestId("nav-people")).toBeNull();
    await fill("sign-in-login", "d.karimova");
    await fill("sign-in-password", "a long password");
    await fireEvent.submit(screen.getByTestId("sign-in-submit").closest("form")!);
    expect((await screen.findByTestId("signed-in-name")).textContent).toBe("Karimova Dilnoza");
    expect(api.signIn).toHaveBeenCalledWith("d.karimova", "a long password");
    expect(screen.getByTestId("signed-in-role").textContent).toBe("Viewer");
    expect(screen.getByTestId("nav-people").getAttribute("aria-current")).toBe("page");
    await screen.findByTestId("people-total");
    expect(screen.queryByTestId("people-new")).toBeNull();
    expect(screen.queryByTestId("people-import")).toBeNull();
  });

  it("signs out to the sign-in screen", async () => {
    api.me.mockResolvedValue(signedInAs("manager"));
    // Signed out, the register answers `sign_in` to everything.
    api.signOut.mockImplementation(() => {
      api.me.mockRejectedValue(nobody);
      return Promise.resolve(null);
    });
    render(App);
    await fireEvent.click(await screen.findByTestId("sign-out"));
    expect(await screen.findByTestId("sign-in")).toBeTruthy();
    expect(api.signOut).toHaveBeenCalled();
    expect(screen.queryByTestId("signed-in")).toBeNull();
  });

  it("says a form the role may not open is not allowed", async () => {
    api.me.mockResolvedValue(signedInAs("trainer"));
    go({ name: "person-new" });
    render(App);
    expect((await screen.findByTestId("not-allowed")).textContent).toContain(
      "Your role does not allow this: adding and editing staff.",
    );
  });

  it("says why the app cannot start when asking who is signed in fails otherwise", async () => {
    api.me.mockRejectedValue({ code: "storage", reason: { key: "storage", log: "" } });
    render(App);
    expect((await screen.findByTestId("error-banner")).dataset.code).toBe("storage");
    api.me.mockResolvedValue(signedInAs("administrator", {}, false));
    await fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByTestId("nav-people")).toBeTruthy();
  });
});

describe("a desk set to a team database", () => {
  beforeEach(() => {
    setLocale("en");
    api.stats = { ...api.stats, organisations: 1, people: 1 };
  });

  it("shows the connect screen, not the sign-in, when it did not open; then starts on it", async () => {
    api.desk
      .mockResolvedValueOnce(deskStatusOf(unreachable()))
      .mockResolvedValue(deskStatusOf({ open: "team", team: TEAM, passwordKept: true }));
    api.deskConnect.mockResolvedValue(deskStatusOf({ open: "team", team: TEAM }));
    render(App);
    expect((await screen.findByTestId("connect-problem")).textContent).toContain(SERVER);
    expect(screen.queryByTestId("sign-in")).toBeNull();
    expect(screen.queryByTestId("nav-people")).toBeNull();
    // Nobody can be asked who is signed in: no register is open.
    expect(api.me).not.toHaveBeenCalled();
    await fill("connect-password", "the server password");
    await fireEvent.submit(screen.getByTestId("connect-retry").closest("form")!);
    expect(await screen.findByTestId("nav-people")).toBeTruthy();
    expect(api.deskConnect).toHaveBeenCalledWith(TEAM, "the server password", true);
    expect(api.me).toHaveBeenCalled();
  });

  it("starts on the desk's own register when asked to, for this run", async () => {
    api.desk.mockResolvedValueOnce(deskStatusOf(unreachable())).mockResolvedValue(deskStatusOf());
    api.deskUseFile.mockResolvedValue(deskStatusOf());
    render(App);
    await fireEvent.click(await screen.findByTestId("connect-use-file"));
    expect(await screen.findByTestId("nav-people")).toBeTruthy();
    expect(api.deskUseFile).toHaveBeenCalledWith({ forgetTeam: false });
  });

  it("starts as before when the desk cannot say which register is open", async () => {
    api.desk.mockRejectedValue({ code: "internal", reason: { key: "unexpected" } });
    render(App);
    expect(await screen.findByTestId("nav-people")).toBeTruthy();
  });
});
