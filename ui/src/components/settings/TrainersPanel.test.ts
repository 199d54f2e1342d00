import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { NewTrainer, PersonQuery, Trainer } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { fill, saveAndClose, valueOf } from "$lib/testing/form";
import { person } from "$lib/plan/enrolment/fixtures";
import TrainersPanel from "./TrainersPanel.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("list", "create", "update", "query");
});
vi.mock("$lib/api/trainer", () => ({
  trainerList: () => api.list(),
  trainerCreate: (input: NewTrainer) => api.create(input),
  trainerUpdate: (id: string, input: NewTrainer) => api.update(id, input),
}));
vi.mock("$lib/api/person", () => ({ personQuery: (q: PersonQuery) => api.query(q) }));

const trainer = (id: string, name: string, extra: Partial<Trainer> = {}): Trainer => ({
  id,
  person_id: null,
  name,
  affiliation: null,
  expertise: null,
  ...extra,
});
const karimova = trainer("t1", "Karimova Dilnoza", {
  person_id: "p1",
  expertise: "Public service ethics",
});
/** What the server answers when the person picked is a trainer already. */
const alreadyTrainer = { code: "duplicate", field: "person", reason: { key: "already_trainer" } };
const expert = trainer("t2", "Mammadov Elchin", { affiliation: "ADA University" });

beforeEach(() => {
  setLocale("en");
  api.list.mockReset().mockResolvedValue([expert, karimova]);
  api.create.mockReset();
  api.update.mockReset();
  api.query.mockReset();
});

/** Waits until the list shows `count` rows. */
const listed = (count: number) =>
  waitFor(() => expect(screen.getAllByTestId(/^trainer-row-\d+$/)).toHaveLength(count));
const row = (i: number) => screen.getByTestId(`trainer-row-${i}`);

describe("trainers panel", () => {
  it("lists trainers by name with who they are", async () => {
    render(TrainersPanel);
    await listed(2);
    expect(row(0).textContent).toContain("Karimova Dilnoza");
    expect(row(0).textContent).toContain("Staff member · Public service ethics");
    expect(row(1).textContent).toContain("External · ADA University");
    expect(screen.getByTestId("trainer-edit-1").getAttribute("aria-label")).toBe(
      "Edit trainer Mammadov Elchin",
    );
  });

  it("says so when there are none", async () => {
    api.list.mockResolvedValue([]);
    render(TrainersPanel);
    expect((await screen.findByTestId("trainers-empty")).textContent).toContain("No trainers");
  });

  it("adds a staff member found in the register, without a name of its own", async () => {
    api.query.mockResolvedValue({
      total: 1,
      offset: 0,
      rows: [person("p9", "Aliyev", "Anvar", { position: "Inspector" })],
    });
    api.create.mockResolvedValue(trainer("t9", "Aliyev Anvar", { person_id: "p9" }));
    render(TrainersPanel);
    await listed(2);

    await fireEvent.click(screen.getByTestId("trainer-add"));
    expect(screen.getByTestId("trainer-form")).toBeTruthy();
    await fill("trainer-field-person", "aliy");
    await fireEvent.click(await screen.findByTestId("trainer-person-0"));
    expect(api.query).toHaveBeenCalledWith(expect.objectContaining({ search: "aliy" }));
    expect(valueOf("trainer-field-person")).toBe("Aliyev Anvar");
    await fill("trainer-field-expertise", "Anti-corruption");
    await saveAndClose("trainer-");
    expect(api.create).toHaveBeenCalledWith({
      person_id: "p9",
      name: null,
      affiliation: null,
      expertise: "Anti-corruption",
    });
    expect(row(0).textContent).toContain("Aliyev Anvar");
    expect(screen.getByTestId("trainer-notice").textContent).toBe("Trainer Aliyev Anvar saved.");
  });

  it("searches on Enter rather than saving the form", async () => {
    api.query.mockResolvedValue({ total: 0, offset: 0, rows: [] });
    render(TrainersPanel);
    await fireEvent.click(screen.getByTestId("trainer-add"));
    await fill("trainer-field-person", "Nobody");
    await fireEvent.keyDown(screen.getByTestId("trainer-field-person"), { key: "Enter" });
    expect((await screen.findByTestId("trainer-person-none")).textContent).toContain(
      "Nobody on the register",
    );
    expect(api.create).not.toHaveBeenCalled();
  });

  it("marks what is missing beside the fields without calling the server", async () => {
    render(TrainersPanel);
    await fireEvent.click(screen.getByTestId("trainer-add"));
    await fireEvent.click(screen.getByTestId("trainer-save"));
    expect(screen.getByTestId("trainer-error-person").textContent).toBe(
      "Choose a staff member from the register.",
    );
    await fireEvent.click(screen.getByTestId("trainer-kind-external"));
    await fireEvent.click(screen.getByTestId("trainer-save"));
    expect(screen.getByTestId("trainer-error-name").textContent).toBe("This field is required.");
    expect(screen.getByTestId("trainer-field-name").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId("form-fix-errors")).toBeTruthy();
    expect(api.create).not.toHaveBeenCalled();
  });

  it("puts the server's refusal beside the field it names", async () => {
    api.query.mockResolvedValue({ total: 1, offset: 0, rows: [person("p1", "Karimova", "D")] });
    api.create.mockRejectedValue(alreadyTrainer);
    render(TrainersPanel);
    await fireEvent.click(screen.getByTestId("trainer-add"));
    await fill("trainer-field-person", "Karimova");
    await fireEvent.click(await screen.findByTestId("trainer-person-0"));
    await fireEvent.click(screen.getByTestId("trainer-save"));
    expect((await screen.findByTestId("trainer-error-person")).textContent).toBe(
      "This person is already a trainer.",
    );
    expect(screen.getByTestId("trainer-form")).toBeTruthy();
  });

  it("shows an error about the whole form over it", async () => {
    api.update.mockRejectedValue({
      code: "not_found",
      reason: { key: "not_found", entity: "trainer", id: "t2" },
    });
    render(TrainersPanel);
    await listed(2);
    await fireEvent.click(screen.getByTestId("trainer-edit-1"));
    await fireEvent.click(screen.getByTestId("trainer-save"));
    expect((await screen.findByTestId("trainer-form-error")).dataset.code).toBe("not_found");
  });

  it("edits an external trainer in the same form, filled", async () => {
    api.update.mockResolvedValue({ ...expert, name: "Mammadov Elchin R." });
    render(TrainersPanel);
    await listed(2);
    await fireEvent.click(screen.getByTestId("trainer-edit-1"));
    expect(screen.getByTestId("trainer-form").textContent).toContain(
      "Edit trainer: Mammadov Elchin",
    );
    expect(valueOf("trainer-field-name")).toBe("Mammadov Elchin");
    expect(valueOf("trainer-field-affiliation")).toBe("ADA University");
    await fill("trainer-field-name", "Mammadov Elchin R.");
    await fireEvent.click(screen.getByTestId("trainer-save"));
    await waitFor(() => expect(row(1).textContent).toContain("Mammadov Elchin R."));
    expect(api.update).toHaveBeenCalledWith("t2", {
      person_id: null,
      name: "Mammadov Elchin R.",
      affiliation: "ADA University",
      expertise: null,
    });
  });

  it("keeps a staff trainer's person when edited, and cancels without saving", async () => {
    render(TrainersPanel);
    await listed(2);
    await fireEvent.click(screen.getByTestId("trainer-edit-0"));
    expect((screen.getByTestId("trainer-kind-staff") as HTMLInputElement).checked).toBe(true);
    expect(valueOf("trainer-field-person")).toBe("Karimova Dilnoza");
    await fireEvent.click(screen.getByTestId("trainer-cancel"));
    expect(screen.queryByTestId("trainer-form")).toBeNull();
    expect(api.update).not.toHaveBeenCalled();
  });

  it("speaks the user's language", async () => {
    setLocale("uz-Latn");
    render(TrainersPanel);
    expect(screen.getByTestId("trainer-add").textContent?.trim()).toBe("Trener qoʻshish");
  });
});
