import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it } from "vitest";
import { printAlso, printLocale, resetPrintChoice } from "$lib/certificates/printChoice.svelte";
import { setLocale } from "$lib/i18n/index.svelte";
import PrintOptions from "./PrintOptions.svelte";

const locale = () => screen.getByTestId("cert-print-locale") as HTMLSelectElement;
const also = () => screen.getByTestId("cert-print-also") as HTMLSelectElement;
const values = (s: HTMLSelectElement) => [...s.options].map((o) => o.value);

beforeEach(() => {
  setLocale("en");
  resetPrintChoice();
});

describe("choosing the certificates' languages", () => {
  it("starts in the UI's language with no second one, each named in itself", () => {
    setLocale("ru");
    render(PrintOptions);
    expect(locale().value).toBe("ru");
    expect(also().value).toBe("");
    expect(also().selectedOptions[0].textContent).toBe("Нет");
    expect(screen.getByLabelText("Язык сертификата")).toBe(locale());
    expect(screen.getByLabelText("Второй язык")).toBe(also());
    expect([...locale().options].map((o) => o.textContent)).toEqual([
      "Oʻzbekcha",
      "Ўзбекча",
      "Русский",
      "Azərbaycanca",
      "English",
    ]);
  });

  it("remembers the choice and never offers the same language twice", async () => {
    render(PrintOptions);
    expect(values(also())).toEqual(["", "uz-Latn", "uz-Cyrl", "ru", "az"]);
    await fireEvent.change(locale(), { target: { value: "uz-Latn" } });
    await fireEvent.change(also(), { target: { value: "ru" } });
    expect(printLocale()).toBe("uz-Latn");
    expect(printAlso()).toBe("ru");
    expect(values(also())).toEqual(["", "uz-Cyrl", "ru", "az", "en"]);
    await fireEvent.change(locale(), { target: { value: "ru" } });
    expect(printAlso()).toBeNull();
    expect(also().value).toBe("");
  });

  it("can be disabled while a batch runs", () => {
    render(PrintOptions, { disabled: true });
    expect(locale().disabled).toBe(true);
    expect(also().disabled).toBe(true);
  });
});
