import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ActivityDetail, EnrolmentRole, PersonQuery } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { signInAs } from "$lib/testing/session";
import { bare, detailWith, line, org, person } from "$lib/plan/enrolment/fixtures";
import EnrolmentPanel from "./EnrolmentPanel.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("nominate", "nominateUnit", "approve", "decline", "cancel", "query", "orgs");
});
vi.mock("$lib/api/enrolment", () => ({
  enrolmentNominate: (a: string, ids: string[], r: EnrolmentRole) => api.nominate(a, ids, r),
  enrolmentNominateUnit: (a: string, u: string, r: EnrolmentRole) => api.nominateUnit(a, u, r),
  enrolmentApprove: (ids: string[]) => api.approve(ids),
  enrolmentDecline: (ids: string[], reason: string) => api.decline(ids, reason),
  enrolmentCancel: (id: string, reason: string | null) => api.cancel(id, reason),
}));
vi.mock("$lib/api/person", () => ({ personQuery: (q: PersonQuery) => api.query(q) }));
vi.mock("$lib/api/organisation", () => ({ organisationList: () => api.orgs() }));

const anvar = line("a", "Aliyev Anvar", "enrolled", 1);
const bekzod = line("b", "Rustamov Bekzod", "enrolled", 2);
const dilnoza = line("d", "Karimova Dilnoza", "nominated", 3);
const malika = line("m", "Saidova Malika", "nominated", 4);
const nodira = line("n", "Usmonova Nodira", "nominated", 5);
const tohir = line("t", "Trainer Tohir", "enrolled", 0, "trainer");

/** Renders the panel; `onchanged` shows `next()` as the page's reload would. */
function renderPanel(detail: ActivityDetail, next?: () => ActivityDetail) {
  const onchanged = vi.fn(async () => {
    if (next) await view.rerender({ detail: next(), onchanged });
  });
  const view = render(EnrolmentPanel, { detail, onchanged });
  return { view, onchanged };
}

const rows = () => screen.queryAllByTestId("enrolment-row");
const rowOf = (name: string) => rows().find((r) => r.dataset.personName === name)!;

beforeEach(() => {
  setLocale("en");
  for (const f of Object.values(api)) f.mockReset();
  api.orgs.mockResolvedValue([
    org("asan", "ASAN xizmat", "agency"),
    org("hr", "Kadrlar boʻlimi", "unit", "asan"),
  ]);
  api.query.mockResolvedValue({ total: 0, offset: 0, rows: [] });
});

describe("the enrolment panel", () => {
  it("shows seats, nominations, the enrolled with their roles and the closed ones", () => {
    renderPanel(
      detailWith([
        anvar,
        tohir,
        dilnoza,
        line("x", "Declined Person", "declined", 6, "participant", { reason: "Not eligible" }),
      ]),
    );
    const count = screen.getByTestId("seats-count");
    expect(count.textContent?.trim()).toBe("Enrolled 1 of 2");
    expect(count.dataset.taken).toBe("1");
    expect(count.dataset.capacity).toBe("2");
    expect(rows().map((r) => r.dataset.status)).toEqual([
      "nominated",
      "enrolled",
      "enrolled",
      "declined",
    ]);
    expect(rowOf("Trainer Tohir").textContent).toContain("Trainer");
    expect(rowOf("Trainer Tohir").textContent).toContain("no seat");
    expect(within(rowOf("Trainer Tohir")).getByTestId("enrolment-cancel")).toBeTruthy();
    expect(within(rowOf("Karimova Dilnoza")).queryByTestId("enrolment-cancel")).toBeNull();
    const closed = screen.getByTestId("enrolment-closed");
    expect(closed.querySelector("summary")?.textContent).toBe("1 declined or cancelled");
    expect(closed.textContent).toContain("Reason: Not eligible");
    expect(screen.getByTestId("waitlist").dataset.count).toBe("0");
  });

  it("says when there is no limit", () => {
    renderPanel(detailWith([anvar], { capacity: null }));
    const count = screen.getByTestId("seats-count");
    expect(count.textContent?.trim()).toBe("Enrolled 1, no limit");
    expect(count.dataset.capacity).toBe("");
  });

  it("approving all fills the seats and puts the rest on the waitlist", async () => {
    const before = detailWith([anvar, dilnoza, malika, nodira]);
    const after = detailWith([
      anvar,
      { ...dilnoza, status: "enrolled" },
      { ...malika, status: "waitlisted" },
      { ...nodira, status: "waitlisted" },
    ]);
    api.approve.mockResolvedValue([
      bare(dilnoza, { status: "enrolled" }),
      bare(malika, { status: "waitlisted" }),
      bare(nodira, { status: "waitlisted" }),
    ]);
    const { onchanged } = renderPanel(before, () => after);
    const all = screen.getByTestId("approve-all");
    expect(all.textContent?.trim()).toBe("Approve all (3)");
    await fireEvent.click(all);

    const report = await screen.findByTestId("approve-report");
    expect(api.approve).toHaveBeenCalledWith(["d", "m", "n"]);
    expect(onchanged).toHaveBeenCalledTimes(1);
    expect(report.textContent?.replace(/\s+/g, " ").trim()).toBe(
      "1 got a seat. 2 joined the waitlist.",
    );
    const count = screen.getByTestId("seats-count");
    expect([count.dataset.taken, count.dataset.capacity, count.dataset.full]).toEqual([
      "2",
      "2",
      "true",
    ]);
    expect(screen.getByTestId("seats-full")).toBeTruthy();
    const waitlist = screen.getByTestId("waitlist");
    expect(waitlist.dataset.count).toBe("2");
    expect(
      within(waitlist)
        .getAllByTestId("waitlist-row")
        .map((r) => r.dataset.personName),
    ).toEqual(["Saidova Malika", "Usmonova Nodira"]);
    expect(rows()).toHaveLength(4);
    expect(screen.getByTestId("pending-empty")).toBeTruthy();
  });

  it("approves only the selected nominations", async () => {
    api.approve.mockResolvedValue([bare(malika, { status: "enrolled" })]);
    renderPanel(detailWith([dilnoza, malika]));
    const approve = screen.getByTestId("approve-selected") as HTMLButtonElement;
    expect(approve.disabled).toBe(true);
    await fireEvent.click(within(rowOf("Saidova Malika")).getByTestId("enrolment-select"));
    expect(approve.textContent?.trim()).toBe("Approve 1 selected");
    await fireEvent.click(approve);
    const report = await screen.findByTestId("approve-report");
    expect(api.approve).toHaveBeenCalledWith(["m"]);
    expect(report.textContent?.trim()).toBe("1 got a seat.");
  });

  it("declines the selected only with a reason", async () => {
    api.decline.mockResolvedValue([bare(dilnoza, { status: "declined" })]);
    const { onchanged } = renderPanel(detailWith([dilnoza, malika]));
    await fireEvent.click(within(rowOf("Karimova Dilnoza")).getByTestId("enrolment-select"));
    await fireEvent.click(screen.getByTestId("decline-selected"));
    await fireEvent.click(screen.getByTestId("decline-confirm"));
    expect(screen.getByTestId("decline-missing").textContent?.trim()).toBe("Give the reason.");
    expect(api.decline).not.toHaveBeenCalled();
    await fireEvent.input(screen.getByTestId("decline-reason"), {
      target: { value: " Not in the target group " },
    });
    await fireEvent.click(screen.getByTestId("decline-confirm"));
    const report = await screen.findByTestId("decline-report");
    expect(api.decline).toHaveBeenCalledWith(["d"], "Not in the target group");
    expect(report.textContent?.trim()).toBe("1 nomination was declined.");
    expect(onchanged).toHaveBeenCalled();
    expect(screen.queryByTestId("decline-reason")).toBeNull();
  });

  it("cancelling a seat names whoever moved up from the waitlist", async () => {
    const first = line("w1", "Usmonova Nodira", "waitlisted", 9);
    const second = line("w2", "Saidova Malika", "waitlisted", 8);
    // The backend's order decides, not the time of nomination.
    const before = detailWith([anvar, bekzod, first, second], { waitlist: ["w1", "w2"] });
    const after = detailWith([
      { ...anvar, status: "cancelled", reason: "Sick leave" },
      bekzod,
      { ...first, status: "enrolled" },
      second,
    ]);
    api.cancel.mockResolvedValue({
      cancelled: bare(anvar, { status: "cancelled", reason: "Sick leave" }),
      promoted: [bare(first, { status: "enrolled" })],
    });
    expect(
      within(renderPanel(before, () => after).view.getByTestId("waitlist"))
        .getAllByTestId("waitlist-row")
        .map((r) => r.dataset.enrolmentId),
    ).toEqual(["w1", "w2"]);

    await fireEvent.click(within(rowOf("Aliyev Anvar")).getByTestId("enrolment-cancel"));
    await fireEvent.input(screen.getByTestId("cancel-enrolment-reason"), {
      target: { value: "Sick leave" },
    });
    await fireEvent.click(screen.getByTestId("cancel-enrolment-confirm"));

    const promoted = await screen.findByTestId("promoted-message");
    expect(api.cancel).toHaveBeenCalledWith("a", "Sick leave");
    expect(promoted.textContent?.trim()).toBe("Usmonova Nodira moved up from the waitlist.");
    expect(screen.getByTestId("cancel-done").textContent?.trim()).toBe(
      "Aliyev Anvar is no longer enrolled.",
    );
    expect(screen.getByTestId("waitlist").dataset.count).toBe("1");
    expect(rowOf("Usmonova Nodira").dataset.status).toBe("enrolled");
    expect(screen.queryByTestId("cancel-enrolment-reason")).toBeNull();
  });

  it("cancels without a reason and keeps the form open on a refusal", async () => {
    api.cancel.mockRejectedValueOnce({
      code: "refused",
      reason: { key: "enrolment_already", status: "cancelled" },
    });
    api.cancel.mockResolvedValueOnce({
      cancelled: bare(anvar, { status: "cancelled" }),
      promoted: [],
    });
    renderPanel(detailWith([anvar]));
    await fireEvent.click(screen.getByTestId("enrolment-cancel"));
    await fireEvent.click(screen.getByTestId("cancel-enrolment-confirm"));
    const error = await screen.findByTestId("cancel-enrolment-error");
    expect(error.dataset.code).toBe("refused");
    expect(api.cancel).toHaveBeenCalledWith("a", null);
    await fireEvent.click(screen.getByTestId("cancel-enrolment-confirm"));
    await screen.findByTestId("cancel-done");
    expect(screen.queryByTestId("promoted-message")).toBeNull();
  });

  it("nominates people found by a search, marking those already in", async () => {
    api.query.mockResolvedValue({
      total: 2,
      offset: 0,
      rows: [person("p-a", "Aliyev", "Anvar"), person("p-z", "Zokirov", "Zafar")],
    });
    api.nominate.mockResolvedValue({
      nominated: [bare(line("z", "Zokirov Zafar", "enrolled", 9, "trainer"))],
      skipped: [],
    });
    const { onchanged } = renderPanel(detailWith([anvar]));
    await fireEvent.input(screen.getByTestId("nominate-search"), { target: { value: "  ov " } });
    await waitFor(() => expect(screen.getAllByTestId("nominate-result")).toHaveLength(2));
    expect(api.query).toHaveBeenCalledTimes(1);
    expect(api.query).toHaveBeenCalledWith({ search: "ov", sort: "name", offset: 0, limit: 20 });
    const [inAlready, free] = screen.getAllByTestId("nominate-result");
    expect(inAlready.dataset.personId).toBe("p-a");
    expect(inAlready.dataset.inActivity).toBe("true");
    expect(inAlready.textContent).toContain("Already in the activity: Enrolled");
    expect((within(inAlready).getByTestId("nominate-pick") as HTMLInputElement).disabled).toBe(
      true,
    );

    await fireEvent.change(screen.getByTestId("nominate-role"), { target: { value: "trainer" } });
    expect(screen.getByTestId("nominate-role-hint").textContent).toContain("take no seat");
    await fireEvent.click(within(free).getByTestId("nominate-pick"));
    const go = screen.getByTestId("nominate-selected");
    expect(go.textContent?.trim()).toBe("Nominate 1 selected person");
    await fireEvent.click(go);

    const report = await screen.findByTestId("nominate-report");
    expect(api.nominate).toHaveBeenCalledWith("act", ["p-z"], "trainer");
    expect(report.textContent?.trim()).toBe("1 person was enrolled at once, without a seat.");
    expect(onchanged).toHaveBeenCalled();
    expect((screen.getByTestId("nominate-selected") as HTMLButtonElement).disabled).toBe(true);
  });

  it("nominates a whole unit and names who was already in", async () => {
    api.nominateUnit.mockResolvedValue({
      nominated: [bare(dilnoza), bare(malika), bare(nodira)],
      skipped: [{ person_id: "p-a", person_name: "Aliyev Anvar", status: "enrolled" }],
    });
    renderPanel(detailWith([anvar]));
    const unit = screen.getByTestId("nominate-unit") as HTMLSelectElement;
    await waitFor(() => expect(unit.options).toHaveLength(3));
    expect([...unit.options].map((o) => [o.value, o.disabled])).toEqual([
      ["", false],
      ["asan", true],
      ["hr", false],
    ]);
    const go = screen.getByTestId("nominate-unit-go") as HTMLButtonElement;
    expect(go.disabled).toBe(true);
    await fireEvent.change(unit, { target: { value: "hr" } });
    await fireEvent.click(go);
    const report = await screen.findByTestId("nominate-report");
    expect(api.nominateUnit).toHaveBeenCalledWith("act", "hr", "participant");
    expect(report.textContent?.replace(/\s+/g, " ").trim()).toBe(
      "3 people were nominated. 1 person was already in the activity: Aliyev Anvar (Enrolled)",
    );
  });

  it("shows a refused nomination by its code", async () => {
    api.nominateUnit.mockRejectedValue({
      code: "refused",
      reason: { key: "activity_cancelled", title: "Xizmat madaniyati" },
    });
    renderPanel(detailWith([]));
    const unit = screen.getByTestId("nominate-unit") as HTMLSelectElement;
    await waitFor(() => expect(unit.options).toHaveLength(3));
    await fireEvent.change(unit, { target: { value: "hr" } });
    await fireEvent.click(screen.getByTestId("nominate-unit-go"));
    const error = await screen.findByTestId("nominate-error");
    expect(error.dataset.code).toBe("refused");
    expect(screen.queryByTestId("nominate-report")).toBeNull();
  });

  it("speaks Russian plurals", async () => {
    setLocale("ru");
    api.approve.mockResolvedValue([
      bare(dilnoza, { status: "enrolled" }),
      bare(malika, { status: "waitlisted" }),
      bare(nodira, { status: "waitlisted" }),
    ]);
    renderPanel(detailWith([anvar, dilnoza, malika, nodira]));
    await fireEvent.click(screen.getByTestId("approve-all"));
    const report = await screen.findByTestId("approve-report");
    expect(report.textContent?.replace(/\s+/g, " ").trim()).toBe(
      "1 человек получил место. 2 человека попали в лист ожидания.",
    );
  });
});

describe("what a role may do with enrolments", () => {
  it("lets a manager approve but neither nominate nor cancel a place", () => {
    signInAs("manager");
    renderPanel(detailWith([anvar, dilnoza]));
    expect(screen.getByTestId("approve-all")).toBeTruthy();
    expect(screen.queryByTestId("nominate-search")).toBeNull();
    expect(screen.queryByTestId("enrolment-cancel")).toBeNull();
  });

  it("lets an HR officer nominate and cancel, and see who waits without approving", () => {
    signInAs("hr_officer");
    renderPanel(detailWith([anvar, dilnoza]));
    expect(screen.getByTestId("nominate-search")).toBeTruthy();
    expect(screen.getAllByTestId("enrolment-cancel").length).toBeGreaterThan(0);
    expect(screen.queryByTestId("approve-all")).toBeNull();
    expect(screen.queryByTestId("enrolment-select")).toBeNull();
    expect(rowOf("Karimova Dilnoza").textContent).toContain("Karimova Dilnoza");
  });
});
