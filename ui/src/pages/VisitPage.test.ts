import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type {
  HostStatus,
  NewProgrammeItem,
  NewTravel,
  NewVisaEvent,
  NewVisit,
  NewVisitMember,
  NewVisitReport,
  PersonQuery,
  VisitStatus,
} from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { ORGS, detail, item, member, visit } from "$lib/mobility/fixtures";
import { orgs } from "$lib/orgs/store.svelte";
import { router } from "$lib/router.svelte";
import { fill } from "$lib/testing/form";
import { signInAs } from "$lib/testing/session";
import VisitPage from "./VisitPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns(
    "get",
    "update",
    "status",
    "host",
    "programme",
    "travel",
    "memberAdd",
    "memberUpdate",
    "memberRemove",
    "visa",
    "report",
    "people",
    "print",
  );
});

vi.mock("$lib/api/visit", () => ({
  visitGet: (id: string) => api.get(id),
  visitUpdate: (id: string, i: NewVisit, version: number, r: string | null) =>
    api.update(id, i, version, r),
  visitSetStatus: (id: string, s: VisitStatus, r: string | null) => api.status(id, s, r),
  visitHostAnswer: (id: string, a: HostStatus, r: string | null) => api.host(id, a, r),
  visitProgrammeSet: (id: string, items: NewProgrammeItem[], r: string | null) =>
    api.programme(id, items, r),
  visitTravelSet: (id: string, t: NewTravel, r: string | null) => api.travel(id, t, r),
  visitMemberAdd: (id: string, i: NewVisitMember, r: string | null) => api.memberAdd(id, i, r),
  visitMemberUpdate: (id: string, m: string, i: NewVisitMember, r: string | null) =>
    api.memberUpdate(id, m, i, r),
  visitMemberRemove: (id: string, m: string, r: string | null) => api.memberRemove(id, m, r),
  visitVisaRecord: (id: string, m: string, i: NewVisaEvent) => api.visa(id, m, i),
  visitReportSave: (id: string, i: NewVisitReport) => api.report(id, i),
  visitPrintSave: (id: string, d: string, l: string, p: string) => api.print(id, d, l, p),
}));
// The save dialog's end-to-end hook, answered as the suite's build of the shell would.
vi.mock("@tauri-apps/api/core", async (actual) =>
  (await import("$lib/api/testing/picked")).withE2ePick(await actual()),
);
vi.mock("$lib/api/person", () => ({ personQuery: (q: PersonQuery) => api.people(q) }));
vi.mock("$lib/api/organisation", () => ({ organisationList: () => Promise.resolve(ORGS) }));

beforeEach(() => {
  setLocale("en");
  router.route = { name: "visit", id: "v1" };
  orgs.list = ORGS;
  orgs.loaded = true;
  for (const f of Object.values(api)) f.mockReset();
  api.get.mockResolvedValue(detail());
});

async function open() {
  render(VisitPage, { id: "v1" });
  return screen.findByTestId("visit-title");
}

describe("a visit's page", () => {
  it("shows the visit, both statuses and its facts", async () => {
    expect((await open()).textContent).toBe("Study visit to ASAN xidmət");
    expect(api.get).toHaveBeenCalledWith("v1");
    expect(screen.getByTestId("visit-status").dataset.status).toBe("draft");
    expect(screen.getByTestId("visit-host-status").textContent).toContain("Awaiting the host");
    const facts = screen.getByTestId("visit-facts").textContent ?? "";
    for (const text of ["Davlat xizmatlari agentligi", "ASAN xidmət", "Baku (Asia/Baku)"]) {
      expect(facts).toContain(text);
    }
    expect(screen.queryByTestId("visit-amendments")).toBeNull();
    expect(screen.queryByTestId("visit-report")).toBeNull();
    await fireEvent.click(screen.getByTestId("visit-back"));
    expect(router.route).toEqual({ name: "mobility" });
  });

  it("moves a proposal on: confirming waits for the host, who accepts", async () => {
    api.get.mockResolvedValue(detail({ status: "proposed" }));
    await open();
    const confirm = screen.getByTestId("visit-status-confirmed") as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(screen.getByTestId("visit-confirm-needs-host")).toBeTruthy();
    expect(screen.getByTestId("visit-status-draft")).toBeTruthy();
    api.host.mockResolvedValue(visit({ status: "proposed", host_status: "accepted" }));
    api.get.mockResolvedValue(detail({ status: "proposed", host_status: "accepted" }));
    await fireEvent.click(screen.getByTestId("visit-host-accepted"));
    expect(api.host).toHaveBeenCalledWith("v1", "accepted", null);
    await waitFor(() =>
      expect((screen.getByTestId("visit-status-confirmed") as HTMLButtonElement).disabled).toBe(
        false,
      ),
    );
    api.status.mockResolvedValue(visit({ status: "confirmed", host_status: "accepted" }));
    await fireEvent.click(screen.getByTestId("visit-status-confirmed"));
    expect(api.status).toHaveBeenCalledWith("v1", "confirmed", null);
  });

  it("cancels only with a reason, and a host declines only with one", async () => {
    api.get.mockResolvedValue(detail({ status: "proposed" }));
    await open();
    await fireEvent.click(screen.getByTestId("visit-status-cancelled"));
    await fireEvent.click(screen.getByTestId("visit-cancelling-confirm"));
    expect(screen.getByTestId("visit-cancelling-missing")).toBeTruthy();
    await fill("visit-cancelling-reason", "Budget cut");
    api.status.mockResolvedValue(visit({ status: "cancelled" }));
    await fireEvent.click(screen.getByTestId("visit-cancelling-confirm"));
    expect(api.status).toHaveBeenCalledWith("v1", "cancelled", "Budget cut");

    await fireEvent.click(screen.getByTestId("visit-host-declined"));
    await fill("visit-declining-reason", "Holidays");
    api.host.mockResolvedValue(visit({ status: "proposed", host_status: "declined" }));
    await fireEvent.click(screen.getByTestId("visit-declining-confirm"));
    expect(api.host).toHaveBeenCalledWith("v1", "declined", "Holidays");
  });

  it("groups the programme by day on both clocks and adds an item to the whole list", async () => {
    const programme = [
      item("2027-04-13", "14:00", "16:00", "Back office"),
      item("2027-04-12", "10:00", "12:00", "Welcome"),
    ];
    api.get.mockResolvedValue(detail({}, { programme }));
    await open();
    const days = screen.getAllByTestId("programme-day");
    expect(days.map((d) => d.dataset.date)).toEqual(["2027-04-12", "2027-04-13"]);
    const welcome = within(days[0]).getByTestId("programme-item");
    expect(within(welcome).getByTestId("programme-item-time").textContent).toBe("10:00–12:00");
    expect(within(welcome).getByTestId("programme-item-home-time").textContent).toContain(
      "11:00–13:00 Tashkent time",
    );

    await fireEvent.click(screen.getByTestId("visit-programme-add"));
    // A draft takes changes without a reason.
    expect(screen.queryByTestId("programme-field-reason")).toBeNull();
    await fill("programme-field-date", "2027-04-14");
    await fill("programme-field-topic", "Lunch with the director");
    api.programme.mockResolvedValue([]);
    await fireEvent.click(screen.getByTestId("programme-save"));
    await waitFor(() => expect(api.programme).toHaveBeenCalled());
    const [id, items, reason] = api.programme.mock.calls[0];
    expect(id).toBe("v1");
    expect(reason).toBeNull();
    expect(items.map((i: NewProgrammeItem) => i.topic)).toEqual([
      "Back office",
      "Welcome",
      "Lunch with the director",
    ]);
    expect(items[2]).toMatchObject({
      starts_local: "2027-04-14T10:00",
      ends_local: "2027-04-14T12:00",
    });
  });

  it("asks the reason for every change once the visit is confirmed, and lists the amendments", async () => {
    api.get.mockResolvedValue(
      detail(
        { status: "confirmed", host_status: "accepted" },
        {
          programme: [item("2027-04-12", "10:00", "12:00", "Welcome")],
          amendments: [
            {
              what: "host_org",
              before: "o-kz",
              after: "o-asan",
              reason: "The partner changed",
              by: "admin",
              at: "2027-03-01T09:00:00Z",
            },
          ],
        },
      ),
    );
    await open();
    expect(screen.getByTestId("visit-amending-note")).toBeTruthy();
    const amendment = screen.getByTestId("amendment-row");
    expect(amendment.dataset.what).toBe("host_org");
    for (const text of ["Host organisation", "Public Service Centre Almaty", "ASAN xidmət"]) {
      expect(amendment.textContent).toContain(text);
    }
    expect(amendment.textContent).toContain("The partner changed");

    await fireEvent.click(screen.getByTestId("programme-item-edit"));
    await fill("programme-field-topic", "Welcome and tour");
    await fireEvent.click(screen.getByTestId("programme-save"));
    expect(screen.getByTestId("programme-error-reason").textContent).toContain(
      "say why it changes",
    );
    expect(api.programme).not.toHaveBeenCalled();
    await fill("programme-field-reason", "The director asked");
    api.programme.mockResolvedValue([]);
    await fireEvent.click(screen.getByTestId("programme-save"));
    await waitFor(() => expect(api.programme).toHaveBeenCalled());
    expect(api.programme.mock.calls[0][1][0].topic).toBe("Welcome and tour");
    expect(api.programme.mock.calls[0][2]).toBe("The director asked");

    // Removing an item asks why, too.
    await fireEvent.click(screen.getByTestId("programme-item-remove"));
    await fill("programme-remove-reason", "Cancelled by the host");
    await fireEvent.click(screen.getByTestId("programme-remove-confirm"));
    expect(api.programme).toHaveBeenLastCalledWith("v1", [], "Cancelled by the host");
  });

  it("places a refusal of one item of the programme beside its field", async () => {
    api.get.mockResolvedValue(
      detail({}, { programme: [item("2027-04-12", "10:00", "12:00", "A")] }),
    );
    await open();
    await fireEvent.click(screen.getByTestId("visit-programme-add"));
    await fill("programme-field-topic", "B");
    api.programme.mockRejectedValue({
      code: "invalid",
      field: "programme.2.ends_local",
      reason: { key: "clock_change_gap", value: "2027-04-12T12:00", zone: "Asia/Baku" },
    });
    await fireEvent.click(screen.getByTestId("programme-save"));
    expect((await screen.findByTestId("programme-error-ends_local")).textContent).toContain(
      "does not exist in Asia/Baku",
    );
  });

  it("shows the delegation's papers to who arranges travel, with the passport flagged", async () => {
    const refused = {
      status: "refused" as const,
      on: "2027-03-01",
      note: "Photo too old",
      recorded_by: "admin",
      recorded_at: "2027-03-01T10:00:00Z",
    };
    api.get.mockResolvedValue(
      detail(
        {},
        {
          members: [
            member("m1", {
              role: "head",
              papers: {
                passport_valid_until: "2027-06-01",
                passport_warning: true,
                visa: "applied",
                visa_history: [refused, { ...refused, status: "applied", on: "2027-03-05" }],
              },
            }),
          ],
        },
      ),
    );
    await open();
    const row = screen.getByTestId("member-row");
    expect(row.textContent).toContain("Head of delegation");
    expect(within(row).getByTestId("passport-warning")).toBeTruthy();
    expect(within(row).getByTestId("member-visa").textContent).toContain("Applied for");
    await fireEvent.click(within(row).getByTestId("member-visa-history"));
    expect(screen.getAllByTestId("visa-history-row").map((r) => r.dataset.status)).toEqual([
      "refused",
      "applied",
    ]);

    await fireEvent.click(within(row).getByTestId("member-visa-record"));
    expect((screen.getByTestId("visa-field-status") as HTMLSelectElement).value).toBe("issued");
    await fill("visa-field-on", "2027-03-20");
    api.visa.mockResolvedValue({});
    await fireEvent.click(screen.getByTestId("visa-save"));
    await waitFor(() =>
      expect(api.visa).toHaveBeenCalledWith("v1", "m1", {
        status: "issued",
        on: "2027-03-20",
        note: null,
      }),
    );
  });

  it("hides the papers and every edit from a role without them", async () => {
    signInAs("manager");
    api.get.mockResolvedValue(
      detail({ status: "proposed" }, { members: [member("m1", { papers: null })] }),
    );
    await open();
    expect(screen.getByTestId("member-row")).toBeTruthy();
    expect(screen.queryByTestId("member-passport")).toBeNull();
    expect(screen.getByTestId("delegation-table").textContent).not.toContain("Visa");
    for (const id of [
      "visit-status-controls",
      "visit-edit",
      "visit-member-add",
      "visit-programme-add",
      "visit-leg-add",
      "member-edit",
    ]) {
      expect(screen.queryByTestId(id), id).toBeNull();
    }
  });

  it("adds an outsider to the delegation", async () => {
    await open();
    await fireEvent.click(screen.getByTestId("visit-member-add"));
    await fireEvent.click(screen.getByTestId("member-kind-outsider"));
    await fill("member-field-name", "Leyla Məmmədova");
    await fill("member-field-organisation", "Translation bureau");
    await fireEvent.change(screen.getByTestId("member-field-role"), {
      target: { value: "interpreter" },
    });
    api.memberAdd.mockResolvedValue(member("m2"));
    await fireEvent.click(screen.getByTestId("member-save"));
    await waitFor(() =>
      expect(api.memberAdd).toHaveBeenCalledWith(
        "v1",
        {
          person_id: null,
          name: "Leyla Məmmədova",
          organisation: "Translation bureau",
          role: "interpreter",
          invitation_sent_on: null,
          passport_valid_until: null,
        },
        null,
      ),
    );
  });

  it("adds a leg of the journey from home to the host", async () => {
    await open();
    await fireEvent.click(screen.getByTestId("visit-leg-add"));
    await fill("leg-field-from_place", "Tashkent (TAS)");
    await fill("leg-field-to_place", "Baku (GYD)");
    await fill("leg-field-departs_local", "08:00");
    await fill("leg-field-arrives_local", "09:30");
    api.travel.mockRejectedValue({
      code: "invalid",
      field: "legs.1.arrives_local",
      reason: { key: "arrives_before_departure", departs: "2027-04-12T08:00 Asia/Tashkent" },
    });
    await fireEvent.click(screen.getByTestId("leg-save"));
    await waitFor(() => expect(api.travel).toHaveBeenCalled());
    expect(api.travel.mock.calls[0][1].legs[0]).toMatchObject({
      departs_local: "2027-04-12T08:00",
      departs_zone: "Asia/Tashkent",
      arrives_local: "2027-04-12T09:30",
      arrives_zone: "Asia/Baku",
    });
    expect((await screen.findByTestId("leg-error-arrives_local")).textContent).toContain(
      "arrives before it departs",
    );
  });

  it("writes the report of a visit under way", async () => {
    api.get.mockResolvedValue(detail({ status: "under_way", host_status: "accepted" }));
    await open();
    expect(screen.getByTestId("visit-report")).toBeTruthy();
    await fill("report-field-learned", "One window for every service");
    await fireEvent.click(screen.getByTestId("report-followup-add"));
    await fill("followup-action", "Pilot a front office");
    await fill("followup-owner", "Karimova");
    api.report.mockResolvedValue({ learned: "", follow_ups: [] });
    await fireEvent.click(screen.getByTestId("report-save"));
    await waitFor(() =>
      expect(api.report).toHaveBeenCalledWith("v1", {
        learned: "One window for every service",
        follow_ups: [
          { action: "Pilot a front office", owner: "Karimova", due_on: null, done: false },
        ],
      }),
    );
    expect(await screen.findByTestId("report-saved")).toBeTruthy();
  });

  it("asks before removing a member of a draft's delegation, and why once agreed", async () => {
    api.get.mockResolvedValue(detail({}, { members: [member("m1")] }));
    await open();
    await fireEvent.click(screen.getByTestId("member-remove"));
    expect(api.memberRemove).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId("member-remove-back"));
    expect(screen.queryByTestId("member-remove-confirm")).toBeNull();
    await fireEvent.click(screen.getByTestId("member-remove"));
    api.memberRemove.mockResolvedValue(null);
    await fireEvent.click(screen.getByTestId("member-remove-confirm"));
    await waitFor(() => expect(api.memberRemove).toHaveBeenCalledWith("v1", "m1", null));
  });

  it("records a first actual date of a confirmed visit without a reason, a new plan with one", async () => {
    const confirmed = { status: "confirmed" as const, host_status: "accepted" as const };
    api.get.mockResolvedValue(detail(confirmed));
    await open();
    await fireEvent.click(screen.getByTestId("visit-edit"));
    expect(screen.getByTestId("visit-field-reason")).toBeTruthy();
    await fill("visit-field-actual_start", "2027-04-12");
    api.update.mockResolvedValue(visit({ ...confirmed, actual_start: "2027-04-12" }));
    await fireEvent.click(screen.getByTestId("visit-save"));
    await waitFor(() => expect(api.update).toHaveBeenCalled());
    expect(api.update.mock.calls[0][0]).toBe("v1");
    expect(api.update.mock.calls[0][1].actual_start).toBe("2027-04-12");
    expect(api.update.mock.calls[0][2]).toBe(1);
    expect(api.update.mock.calls[0][3]).toBeNull();

    await fireEvent.click(await screen.findByTestId("visit-edit"));
    await fill("visit-field-planned_end", "2027-04-17");
    await fireEvent.click(screen.getByTestId("visit-save"));
    expect(screen.getByTestId("visit-error-reason")).toBeTruthy();
    await fill("visit-field-reason", "The host added a day");
    await fireEvent.click(screen.getByTestId("visit-save"));
    await waitFor(() => expect(api.update).toHaveBeenCalledTimes(2));
    expect(api.update.mock.calls[1][3]).toBe("The host added a day");
  });

  it("prints the programme, the invitation letter and the delegation list in the UI's language", async () => {
    const e2e = globalThis as { __malakaE2eSave?: unknown };
    e2e.__malakaE2eSave = "/tmp/letter.pdf";
    try {
      setLocale("ru");
      await open();
      const menu = screen.getByTestId("visit-print");
      expect(within(menu).getByTestId("visit-print-programme")).toBeTruthy();
      expect(within(menu).getByTestId("visit-print-delegation")).toBeTruthy();
      api.print.mockResolvedValue(4096);
      await fireEvent.click(within(menu).getByTestId("visit-print-letter"));
      await waitFor(() =>
        expect(api.print).toHaveBeenCalledWith("v1", "letter", "ru", "token:/tmp/letter.pdf"),
      );
      expect((await screen.findByTestId("visit-print-done")).textContent).toContain(
        "/tmp/letter.pdf",
      );
      api.print.mockRejectedValue({ code: "file", reason: { key: "file_exists", file: "x" } });
      await fireEvent.click(within(menu).getByTestId("visit-print-programme"));
      expect(await screen.findByTestId("visit-print-error")).toBeTruthy();
    } finally {
      delete e2e.__malakaE2eSave;
    }
  });
});
