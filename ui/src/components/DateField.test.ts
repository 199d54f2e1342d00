import { fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import type { Locale } from "$lib/i18n/types";
import DateField from "./DateField.svelte";

beforeEach(() => setLocale("ru"));

function field(props: Record<string, unknown> = {}) {
  const onedit = vi.fn();
  const view = render(DateField, { name: "starts_on", label: "Начало", onedit, ...props });
  const input = screen.getByTestId("field-starts_on") as HTMLInputElement;
  /** The last value the field handed out. */
  const out = () => onedit.mock.lastCall?.[0];
  return { view, input, onedit, out };
}

const type = (input: HTMLInputElement, value: string) =>
  fireEvent.input(input, { target: { value } });

describe("date field", () => {
  it.each([
    ["uz-Latn", "17.12.2026", "KK.OO.YYYY"],
    ["uz-Cyrl", "17.12.2026", "КК.ОО.ЙЙЙЙ"],
    ["ru", "17.12.2026", "ДД.ММ.ГГГГ"],
    ["az", "17.12.2026", "GG.AA.İİİİ"],
    ["en", "2026-12-17", "YYYY-MM-DD"],
  ] as const)("shows an ISO value the %s way", (locale: Locale, shown, placeholder) => {
    setLocale(locale);
    const { input } = field({ value: "2026-12-17" });
    expect(input.value).toBe(shown);
    expect(input.placeholder).toBe(placeholder);
    expect(input.type).toBe("text");
  });

  it("is labelled, and described by its format", () => {
    const { input } = field({ required: true });
    expect(screen.getByLabelText("Начало")).toBe(input);
    expect(input.getAttribute("aria-required")).toBe("true");
    const described = input.getAttribute("aria-describedby")!.split(" ");
    expect(document.getElementById(described[0])!.textContent).toContain("День, месяц и год");
  });

  it("hands out ISO for the locale's own form, and for ISO typed or pasted", async () => {
    const { input, out } = field();
    await type(input, "17.12.2026");
    expect(out()).toBe("2026-12-17");
    await type(input, "1.2.2026");
    expect(out()).toBe("2026-02-01");
    await type(input, "2026-03-04");
    expect(out()).toBe("2026-03-04");
    await type(input, "");
    expect(out()).toBe("");
  });

  it("rewrites a typed date the locale's way on leaving the field, not while typing", async () => {
    const { input } = field();
    await type(input, "2026-12-17");
    expect(input.value).toBe("2026-12-17");
    await fireEvent.blur(input);
    expect(input.value).toBe("17.12.2026");
  });

  it("keeps what a script set and fired input and change for (the end-to-end helper)", async () => {
    const { input, out } = field();
    input.value = "2026-12-17";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
    expect(input.value).toBe("2026-12-17");
    await tick();
    expect(input.value).toBe("2026-12-17");
    expect(out()).toBe("2026-12-17");
    expect(input.getAttribute("aria-invalid")).toBeNull();
  });

  it("says a malformed date is one, once the person leaves the field", async () => {
    const { input, out } = field();
    await type(input, "17.12");
    // The typed text goes out as it is: a form never takes it for a date.
    expect(out()).toBe("17.12");
    expect(screen.queryByTestId("error-starts_on")).toBeNull();
    await fireEvent.blur(input);
    const error = screen.getByTestId("error-starts_on");
    expect(error.textContent).toMatch(
      /^Введите дату в виде ДД\.ММ\.ГГГГ, например \d\d\.\d\d\.\d{4}\.$/,
    );
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toContain(error.id);
    await type(input, "17.12.2026");
    expect(screen.queryByTestId("error-starts_on")).toBeNull();
    expect(input.getAttribute("aria-invalid")).toBeNull();
  });

  it("says a day that does not exist does not", async () => {
    const { input, out } = field();
    await type(input, "31.02.2026");
    await fireEvent.change(input);
    expect(out()).toBe("31.02.2026");
    expect(screen.getByTestId("error-starts_on").textContent).toBe("Такой даты нет: 31.02.2026.");
  });

  it("shows its own reason over the form's when the text is not a date", async () => {
    const { input } = field({ error: "Введите дату." });
    expect(screen.getByTestId("error-starts_on").textContent).toBe("Введите дату.");
    await type(input, "31.02.2026");
    expect(screen.getByTestId("error-starts_on").textContent).toBe("Такой даты нет: 31.02.2026.");
  });

  it("follows a language switch: text, placeholder and error", async () => {
    const { input } = field({ value: "2026-12-17" });
    setLocale("en");
    await tick();
    expect(input.value).toBe("2026-12-17");
    expect(input.placeholder).toBe("YYYY-MM-DD");
    setLocale("uz-Cyrl");
    await tick();
    expect(input.value).toBe("17.12.2026");
    await type(input, "31.02.2026");
    await fireEvent.blur(input);
    expect(screen.getByTestId("error-starts_on").textContent).toBe("Бундай сана йўқ: 31.02.2026.");
    setLocale("az");
    await tick();
    expect(input.value).toBe("31.02.2026");
    expect(screen.getByTestId("error-starts_on").textContent).toBe(
      "Belə tarix yoxdur: 31.02.2026.",
    );
  });

  it("shows a value set from outside (a loaded record, a reset)", async () => {
    const { view, input } = field({ value: "" });
    expect(input.value).toBe("");
    await view.rerender({ value: "2026-03-04" });
    expect(input.value).toBe("04.03.2026");
    await view.rerender({ value: "" });
    expect(input.value).toBe("");
  });

  it("names the input by `testid` where a screen has its own test ids", () => {
    render(DateField, { name: "date", label: "Дата", testid: "move-date", value: "2026-03-02" });
    const input = screen.getByTestId("move-date") as HTMLInputElement;
    expect(input.value).toBe("02.03.2026");
    expect(screen.getByLabelText(/Дата/)).toBe(input);
  });

  it("calls onenter on Enter instead of submitting", async () => {
    const onenter = vi.fn();
    const { input } = field({ onenter });
    await type(input, "09.03.2026");
    const enter = new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true });
    input.dispatchEvent(enter);
    expect(onenter).toHaveBeenCalledOnce();
    expect(enter.defaultPrevented).toBe(true);
  });
});

describe("date field calendar", () => {
  it("picks a day with the mouse", async () => {
    const { input, out } = field({ value: "2026-03-10" });
    await fireEvent.click(screen.getByTestId("field-starts_on-pick"));
    const dialog = screen.getByRole("dialog");
    expect(dialog.textContent).toContain("март 2026");
    await fireEvent.click(screen.getByRole("button", { name: "пятница, 20 марта 2026" }));
    expect(out()).toBe("2026-03-20");
    expect(input.value).toBe("20.03.2026");
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("moves by keyboard and picks with Enter; Escape closes", async () => {
    const { input, out } = field({ value: "2026-03-10" });
    await fireEvent.keyDown(input, { key: "ArrowDown", altKey: true });
    await tick();
    await tick();
    const start = document.activeElement as HTMLButtonElement;
    expect(start.dataset.day).toBe("2026-03-10");
    await fireEvent.keyDown(start, { key: "ArrowRight" });
    await tick();
    await tick();
    await fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    await tick();
    await tick();
    await fireEvent.keyDown(document.activeElement!, { key: "PageDown" });
    await tick();
    await tick();
    const day = document.activeElement as HTMLButtonElement;
    expect(day.dataset.day).toBe("2026-04-18");
    await fireEvent.click(day);
    expect(out()).toBe("2026-04-18");
    expect(document.activeElement).toBe(input);

    await fireEvent.click(screen.getByTestId("field-starts_on-pick"));
    expect(screen.getByRole("dialog")).toBeTruthy();
    await fireEvent.keyDown(document, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("offers no day outside its bounds", async () => {
    field({ value: "", min: "2026-03-05", max: "2026-03-20" });
    await fireEvent.click(screen.getByTestId("field-starts_on-pick"));
    const day = (d: string) =>
      document.querySelector<HTMLButtonElement>(`[data-day="2026-03-${d}"]`)!;
    expect(day("04").disabled).toBe(true);
    expect(day("05").disabled).toBe(false);
    expect(day("21").disabled).toBe(true);
  });
});
