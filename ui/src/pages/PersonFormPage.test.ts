import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import { orgs } from "$lib/orgs/store.svelte";
import { router } from "$lib/router.svelte";
import PersonFormPage from "./PersonFormPage.svelte";

const personCreate = vi.hoisted(() => vi.fn());
vi.mock("$lib/api/person", () => ({
  personCreate: (...a: unknown[]) => personCreate(...a),
  personUpdate: vi.fn(),
  personGet: vi.fn(),
  personQuery: vi.fn(),
}));

const org = (id: string, name: string, parent: string | null, kind: "agency" | "unit") => ({
  id,
  name,
  short_code: null,
  country: "UZ",
  kind,
  parent_id: parent,
  created_at: "2025-01-01T00:00:00Z",
});

beforeEach(() => {
  setLocale("en");
  personCreate.mockReset();
  orgs.list = [org("a", "Agency", null, "agency"), org("u", "HR unit", "a", "unit")];
  orgs.loaded = true;
});

async function fill(testid: string, value: string) {
  await fireEvent.input(screen.getByTestId(testid), { target: { value } });
}

/** The fields every person needs: family and given name, and organisation "a". */
async function fillRequired(family: string, given: string) {
  await fill("field-family_name", family);
  await fill("field-given_name", given);
  await fireEvent.change(screen.getByTestId("field-organisation"), { target: { value: "a" } });
}

describe("person form", () => {
  it("marks required fields beside them without calling the server", async () => {
    render(PersonFormPage);
    await fireEvent.click(screen.getByTestId("person-save"));
    expect(screen.getByTestId("error-family_name").textContent).toBe("This field is required.");
    expect(screen.getByTestId("error-given_name")).toBeTruthy();
    expect(screen.getByTestId("error-organisation")).toBeTruthy();
    expect(screen.getByTestId("field-family_name").getAttribute("aria-invalid")).toBe("true");
    expect(personCreate).not.toHaveBeenCalled();
  });

  it("puts the server's field error beside that field", async () => {
    personCreate.mockRejectedValue({
      code: "invalid",
      field: "birth_date",
      reason: { key: "not_a_date", value: "1990-13-01" },
    });
    render(PersonFormPage);
    await fillRequired("Karimova", "Dilnoza");
    await fill("field-birth_date", "1990-12-01");
    await fireEvent.click(screen.getByTestId("person-save"));
    await waitFor(() =>
      expect(screen.getByTestId("error-birth_date").textContent).toContain("is not a date"),
    );
    expect(personCreate).toHaveBeenCalledWith(
      expect.objectContaining({
        family_name: "Karimova",
        organisation_id: "a",
        birth_date: "1990-12-01",
      }),
    );
  });

  it("takes a birth date typed the app's way and refuses a day that does not exist", async () => {
    setLocale("ru");
    personCreate.mockResolvedValue({ id: "p1" });
    render(PersonFormPage);
    await fillRequired("Karimova", "Dilnoza");
    const birth = screen.getByTestId("field-birth_date") as HTMLInputElement;
    expect(birth.placeholder).toBe("ДД.ММ.ГГГГ");
    await fill("field-birth_date", "31.02.1990");
    await fireEvent.click(screen.getByTestId("person-save"));
    expect(screen.getByTestId("error-birth_date").textContent).toBe("Такой даты нет: 31.02.1990.");
    expect(birth.getAttribute("aria-invalid")).toBe("true");
    expect(personCreate).not.toHaveBeenCalled();

    await fill("field-birth_date", "1.12.1990");
    await fireEvent.click(screen.getByTestId("person-save"));
    await waitFor(() =>
      expect(personCreate).toHaveBeenCalledWith(
        expect.objectContaining({ birth_date: "1990-12-01" }),
      ),
    );
  });

  it("takes a hire date beside the birth date, checked the same way, and sends it", async () => {
    setLocale("ru");
    personCreate.mockResolvedValue({ id: "p1" });
    render(PersonFormPage);
    await fillRequired("Karimova", "Dilnoza");
    const hired = screen.getByTestId("field-hired_on") as HTMLInputElement;
    expect(hired.labels?.[0]?.textContent).toContain("Дата приёма на работу");
    expect(hired.placeholder).toBe("ДД.ММ.ГГГГ");
    // In the same row as the birth date, right after it.
    const birth = screen.getByTestId("field-birth_date");
    const row = (el: HTMLElement) => el.closest(".form-row2, .form-row3");
    expect(row(hired)).toBe(row(birth));
    expect(birth.compareDocumentPosition(hired) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await fill("field-hired_on", "31.02.2015");
    await fireEvent.click(screen.getByTestId("person-save"));
    expect(screen.getByTestId("error-hired_on").textContent).toBe("Такой даты нет: 31.02.2015.");
    expect(hired.getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByTestId("error-birth_date")).toBeNull();
    expect(personCreate).not.toHaveBeenCalled();

    await fill("field-hired_on", "1.9.2015");
    await fireEvent.click(screen.getByTestId("person-save"));
    await waitFor(() =>
      expect(personCreate).toHaveBeenCalledWith(
        expect.objectContaining({ birth_date: null, hired_on: "2015-09-01" }),
      ),
    );
  });

  it("puts the server's refusal of a hire date beside the hire date", async () => {
    personCreate.mockRejectedValue({
      code: "invalid",
      field: "hired_on",
      reason: { key: "hired_before_born" },
      message: "hired_on: the hire date must come after the birth date",
    });
    render(PersonFormPage);
    await fillRequired("Karimova", "Dilnoza");
    await fill("field-birth_date", "1990-12-01");
    await fill("field-hired_on", "1989-01-01");
    await fireEvent.click(screen.getByTestId("person-save"));
    expect((await screen.findByTestId("error-hired_on")).textContent).toBe(
      "The hire date must come after the birth date.",
    );
    expect(screen.queryByTestId("error-birth_date")).toBeNull();
    expect(screen.queryByTestId("form-error")).toBeNull();
    expect(personCreate).toHaveBeenCalledWith(
      expect.objectContaining({ birth_date: "1990-12-01", hired_on: "1989-01-01" }),
    );
  });

  it("places a duplicate personnel number and offers only the organisation's units", async () => {
    personCreate.mockRejectedValue({
      code: "duplicate",
      field: "personnel_number",
      reason: { key: "personnel_number_used" },
      message: "personnel_number: already used in this organisation",
    });
    render(PersonFormPage);
    await fillRequired("Aliyev", "Rauf");
    const unit = screen.getByTestId("field-unit") as HTMLSelectElement;
    expect([...unit.options].map((o) => o.value)).toEqual(["", "u"]);
    await fill("field-personnel_number", "7");
    await fireEvent.click(screen.getByTestId("person-save"));
    // Worded by the catalogue from the reason; the server's English message is never shown.
    expect((await screen.findByTestId("error-personnel_number")).textContent).toBe(
      "Already used by another person in this organisation.",
    );
  });

  it("shows an error about the whole form in a banner", async () => {
    personCreate.mockRejectedValue({
      code: "storage",
      reason: { key: "storage", log: "/data/logs/malaka.log" },
    });
    render(PersonFormPage);
    await fillRequired("A", "B");
    await fireEvent.click(screen.getByTestId("person-save"));
    const banner = await screen.findByTestId("form-error");
    expect(banner.getAttribute("data-code")).toBe("storage");
  });

  it("opens the new person's page after saving", async () => {
    personCreate.mockResolvedValue({ id: "p9" });
    render(PersonFormPage);
    await fillRequired("A", "B");
    await fireEvent.click(screen.getByTestId("person-save"));
    await waitFor(() => expect(router.route).toEqual({ name: "person", id: "p9" }));
  });
});
