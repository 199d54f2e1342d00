import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import { transcript, transcriptEntry } from "$lib/people/fixtures";
import { router } from "$lib/router.svelte";
import { fileError } from "$lib/testing/apiErrors";
import { fill } from "$lib/testing/form";
import { signInAs } from "$lib/testing/session";
import { deferred } from "$lib/util/deferred";
import KeyUnlockDialog from "../KeyUnlockDialog.svelte";
import PersonTranscript from "./PersonTranscript.svelte";
import { picked } from "$lib/api/testing/picked";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("transcript", "save", "pick", "unlock");
});
vi.mock("$lib/api/person", () => ({
  personTranscript: (id: string) => api.transcript(id),
  personTranscriptSave: (id: string, locale: string, also: string | null, path: string) =>
    api.save(id, locale, also, path),
}));
vi.mock("$lib/api/dialog", () => ({
  pickSaveFile: (title: string, filter: string, name: string) => api.pick(title, filter, name),
}));
vi.mock("$lib/api/signingKey", () => ({
  signingKeyUnlock: (passphrase: string) => api.unlock(passphrase),
}));

/** Four activities, one of each result, in the order they began. */
const ENTRIES = [
  transcriptEntry(),
  transcriptEntry({
    activity_id: "a-law",
    title: "Administrative procedure law",
    programme_code: "LAW-210",
    starts_on: "2026-10-05",
    ends_on: "2026-10-05",
    hours: 3,
    planned_hours: 6,
    rate: 50,
    result: "not_completed",
    certificate: { code: "UZ-ASAN-2026-000007", issued_on: "2026-10-06", revoked: true },
  }),
  transcriptEntry({
    activity_id: "a-digital",
    title: "Digital services",
    programme_code: null,
    programme_title: null,
    starts_on: "2026-11-30",
    ends_on: "2026-12-11",
    hours: 1250.25,
    planned_hours: 2000,
    rate: 62.5,
    result: "in_progress",
    certificate: null,
  }),
  transcriptEntry({
    activity_id: "a-lead",
    title: "Leadership",
    starts_on: "2027-01-18",
    ends_on: "2027-01-22",
    hours: 0,
    planned_hours: 24,
    rate: 0,
    result: "upcoming",
    certificate: null,
  }),
];

beforeEach(() => {
  setLocale("en");
  router.route = { name: "person", id: "p-dilnoza" };
  for (const fn of Object.values(api)) fn.mockReset();
  api.transcript.mockResolvedValue(transcript(ENTRIES));
});

function mount() {
  return render(PersonTranscript, { personId: "p-dilnoza", familyName: "Karimova" });
}

async function rows() {
  mount();
  await screen.findAllByTestId("transcript-row");
  return screen.getAllByTestId("transcript-row");
}

const text = (el: HTMLElement) => (el.textContent ?? "").replace(/[ \t\r\n]+/g, " ").trim();

describe("a person's record of learning", () => {
  it("lists each activity in the order it began, with hours, attendance and result", async () => {
    const [ethics, law, digital, lead] = await rows();
    expect(api.transcript).toHaveBeenCalledWith("p-dilnoza");
    expect(screen.getAllByTestId("transcript-row").map((r) => r.dataset.activityId)).toEqual([
      "a-ethics",
      "a-law",
      "a-digital",
      "a-lead",
    ]);
    const card = screen.getByTestId("person-transcript");
    expect(within(card).getByRole("heading").textContent).toBe("Record of learning");
    expect(card.textContent).toContain("As of 4 December 2026");

    expect(within(ethics).getByTestId("transcript-activity").textContent).toBe(
      "Public service ethics",
    );
    expect(text(ethics)).toContain("ETHICS-101");
    expect(text(ethics)).toContain("14 September 2026 – 18 September 2026");
    expect(text(ethics)).toContain("7.5 / 8");
    expect(text(ethics)).toContain("93.8%");
    expect(text(ethics)).toContain("UZ-ASAN-2026-000001");
    // One day is one date; thousands are grouped.
    expect(text(law)).toContain("5 October 2026");
    expect(text(law)).not.toContain("–");
    expect(text(digital)).toContain("1,250.25 / 2,000");
    // Before its first session an activity has no attendance to show.
    expect(text(lead)).toContain("0 / 24");
    expect(text(lead)).not.toContain("0%");
    expect(text(lead)).toContain("—");
  });

  it("shows each result as a badge", async () => {
    await rows();
    const badges = screen.getAllByTestId("transcript-result");
    expect(badges.map((b) => b.dataset.result)).toEqual([
      "completed",
      "not_completed",
      "in_progress",
      "upcoming",
    ]);
    expect(badges.map((b) => b.textContent)).toEqual([
      "Completed",
      "Not completed",
      "In progress",
      "Upcoming",
    ]);
    expect(badges.map((b) => b.className.match(/r-\w+/)?.[0])).toEqual([
      "r-completed",
      "r-not_completed",
      "r-in_progress",
      "r-upcoming",
    ]);
  });

  it("strikes a revoked certificate through and says so", async () => {
    const [ethics, law] = await rows();
    const struck = law.querySelector("s");
    expect(struck?.textContent).toBe("UZ-ASAN-2026-000007");
    expect(text(law)).toContain("UZ-ASAN-2026-000007 revoked");
    expect(ethics.querySelector("s")).toBeNull();
    expect(text(ethics)).not.toContain("revoked");
  });

  it("totals the hours attended and counts the activities completed", async () => {
    await rows();
    expect(screen.getByTestId("transcript-total-hours").textContent?.trim()).toBe("1,260.75");
    expect(text(screen.getByTestId("transcript-completed"))).toBe("Activities completed: 1");
  });

  it("opens an activity from its title", async () => {
    const [, law] = await rows();
    await fireEvent.click(within(law).getByTestId("transcript-activity"));
    expect(router.route).toEqual({ name: "activity", id: "a-law" });
  });

  it("speaks the UI's language, numbers included", async () => {
    setLocale("ru");
    const [ethics, , digital] = await rows();
    const card = screen.getByTestId("person-transcript");
    expect(within(card).getByRole("heading").textContent).toBe("Выписка о повышении квалификации");
    expect(text(ethics)).toContain("7,5 / 8");
    expect(text(ethics)).toContain("93,8\u00a0%");
    expect(text(digital)).toContain("1\u00a0250,25 / 2\u00a0000");
    expect(screen.getAllByTestId("transcript-result").map((b) => b.textContent)).toEqual([
      "Завершено",
      "Не завершено",
      "Идёт",
      "Предстоит",
    ]);
    expect(screen.getByTestId("transcript-total-hours").textContent?.trim()).toBe("1\u00a0260,75");
    setLocale("uz-Latn");
    await vi.waitFor(() =>
      expect(within(card).getByRole("heading").textContent).toBe(
        "Malaka oshirish haqida koʻchirma",
      ),
    );
    expect(text(card)).toContain("Yakunlangan tadbirlar: 1");
  });

  it("says so when the person has taken part in nothing yet", async () => {
    api.transcript.mockResolvedValue(transcript([]));
    mount();
    expect((await screen.findByTestId("transcript-empty")).textContent).toContain(
      "No activities yet.",
    );
    expect(screen.queryByTestId("transcript-total-hours")).toBeNull();
  });

  it("shows why it could not be read, and tries again", async () => {
    api.transcript.mockRejectedValueOnce({ code: "internal", reason: { key: "unexpected" } });
    mount();
    const banner = await screen.findByTestId("error-banner");
    expect(banner.dataset.code).toBe("internal");
    await fireEvent.click(within(banner).getByRole("button"));
    expect(await screen.findAllByTestId("transcript-row")).toHaveLength(4);
    expect(api.transcript).toHaveBeenCalledTimes(2);
  });
});

describe("printing the record of learning", () => {
  async function openPrint() {
    await rows();
    const toggle = screen.getByTestId("transcript-print");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
  }

  const select = (id: string) => screen.getByTestId(id) as HTMLSelectElement;
  const choose = (id: string, value: string) => fireEvent.change(select(id), { target: { value } });

  it("prints in the chosen language with a second one beside, where the dialog says", async () => {
    api.pick.mockResolvedValue(picked("/home/hr/transcript.pdf"));
    const writing = deferred<number>();
    api.save.mockReturnValue(writing.promise);
    await openPrint();
    // The UI's language first, no second one.
    expect(select("transcript-print-locale").value).toBe("en");
    expect(select("transcript-print-also").value).toBe("");
    expect([...select("transcript-print-locale").options].map((o) => o.value)).toEqual([
      "uz-Latn",
      "uz-Cyrl",
      "ru",
      "az",
      "en",
    ]);
    await choose("transcript-print-locale", "ru");
    // The second language is never the first one again.
    expect([...select("transcript-print-also").options].map((o) => o.value)).toEqual([
      "",
      "uz-Latn",
      "uz-Cyrl",
      "az",
      "en",
    ]);
    await choose("transcript-print-also", "az");
    const save = screen.getByTestId("transcript-print-save") as HTMLButtonElement;
    await fireEvent.click(save);
    expect(api.pick).toHaveBeenCalledWith(
      "Save the record of learning",
      "PDF documents",
      "transcript-Karimova.pdf",
    );
    await vi.waitFor(() =>
      expect(api.save).toHaveBeenCalledWith(
        "p-dilnoza",
        "ru",
        "az",
        "token:/home/hr/transcript.pdf",
      ),
    );
    // Busy while writing.
    expect(save.disabled).toBe(true);
    expect(save.getAttribute("aria-busy")).toBe("true");
    expect(save.textContent?.trim()).toBe("Saving…");
    writing.resolve(48213);
    const done = await screen.findByTestId("transcript-print-done");
    expect(done.textContent).toContain("Record of learning saved: /home/hr/transcript.pdf");
    expect(within(done).getByTestId("open-file")).toBeTruthy();
    expect(save.disabled).toBe(false);
  });

  it("prints in one language by default, the UI's", async () => {
    setLocale("uz-Cyrl");
    api.pick.mockResolvedValue(picked("/tmp/t.pdf"));
    api.save.mockResolvedValue(1000);
    await openPrint();
    expect(select("transcript-print-locale").value).toBe("uz-Cyrl");
    await fireEvent.click(screen.getByTestId("transcript-print-save"));
    expect(api.pick).toHaveBeenCalledWith(
      "Кўчирмани сақлаш",
      "PDF ҳужжатлар",
      "кўчирма-Karimova.pdf",
    );
    await screen.findByTestId("transcript-print-done");
    expect(api.save).toHaveBeenCalledWith("p-dilnoza", "uz-Cyrl", null, "token:/tmp/t.pdf");
  });

  it("drops the second language when it is chosen as the first", async () => {
    api.pick.mockResolvedValue(picked("/tmp/t.pdf"));
    api.save.mockResolvedValue(1000);
    await openPrint();
    await choose("transcript-print-also", "az");
    await choose("transcript-print-locale", "az");
    expect(select("transcript-print-also").value).toBe("");
    // Nor does it come back when the first language changes again.
    await choose("transcript-print-locale", "ru");
    expect(select("transcript-print-also").value).toBe("");
    await fireEvent.click(screen.getByTestId("transcript-print-save"));
    await screen.findByTestId("transcript-print-done");
    expect(api.save).toHaveBeenCalledWith("p-dilnoza", "ru", null, "token:/tmp/t.pdf");
  });

  it("writes nothing when the dialog is cancelled", async () => {
    api.pick.mockResolvedValue(null);
    await openPrint();
    const save = screen.getByTestId("transcript-print-save") as HTMLButtonElement;
    await fireEvent.click(save);
    await vi.waitFor(() => expect(api.pick).toHaveBeenCalled());
    expect(api.save).not.toHaveBeenCalled();
    expect(screen.queryByTestId("transcript-print-done")).toBeNull();
  });

  it("shows why it could not be printed", async () => {
    api.pick.mockResolvedValue(picked("/tmp/t.pdf"));
    api.save.mockRejectedValue({ code: "refused", reason: { key: "signing_key_not_set_up" } });
    await openPrint();
    await fireEvent.click(screen.getByTestId("transcript-print-save"));
    const banner = await screen.findByTestId("transcript-print-error");
    expect(banner.dataset.code).toBe("refused");
    expect(banner.textContent).toContain("There is no signing key yet");
    expect(screen.queryByTestId("transcript-print-done")).toBeNull();

    api.save.mockRejectedValue(fileError("file_unreadable", "/tmp/t.pdf"));
    await fireEvent.click(screen.getByTestId("transcript-print-save"));
    await vi.waitFor(() =>
      expect(screen.getByTestId("transcript-print-error").dataset.code).toBe("file"),
    );
  });

  it("asks for the passphrase of a locked signing key, then prints", async () => {
    api.pick.mockResolvedValue(picked("/tmp/t.pdf"));
    api.save
      .mockRejectedValueOnce({ code: "refused", reason: { key: "signing_key_locked" } })
      .mockResolvedValueOnce(1000);
    api.unlock.mockResolvedValue({});
    render(KeyUnlockDialog);
    await openPrint();
    await fireEvent.click(screen.getByTestId("transcript-print-save"));
    await screen.findByTestId("key-unlock-passphrase");
    await fill("key-unlock-passphrase", "the agency passphrase");
    await fireEvent.click(screen.getByTestId("key-unlock-submit"));
    expect((await screen.findByTestId("transcript-print-done")).textContent).toContain(
      "/tmp/t.pdf",
    );
    expect(api.unlock).toHaveBeenCalledWith("the agency passphrase");
    expect(api.save).toHaveBeenCalledTimes(2);
  });

  it("is offered to roles that print certificates or edit people, and to no other", async () => {
    signInAs("viewer");
    const first = mount();
    await screen.findAllByTestId("transcript-row");
    expect(screen.queryByTestId("transcript-print")).toBeNull();
    first.unmount();
    signInAs("trainer");
    const second = mount();
    await screen.findAllByTestId("transcript-row");
    expect(screen.queryByTestId("transcript-print")).toBeNull();
    second.unmount();
    signInAs("manager");
    const third = mount();
    expect(await screen.findByTestId("transcript-print")).toBeTruthy();
    third.unmount();
    signInAs("hr_officer");
    mount();
    expect(await screen.findByTestId("transcript-print")).toBeTruthy();
  });
});
