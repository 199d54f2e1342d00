import { beforeEach, describe, expect, it } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import {
  printAlso,
  printLocale,
  resetPrintChoice,
  setPrintAlso,
  setPrintLocale,
} from "./printChoice.svelte";

beforeEach(() => {
  setLocale("en");
  resetPrintChoice();
});

describe("the print language choice", () => {
  it("follows the UI's language until one is chosen, with no second language", () => {
    expect(printLocale()).toBe("en");
    expect(printAlso()).toBeNull();
    setLocale("ru");
    expect(printLocale()).toBe("ru");
  });

  it("keeps the chosen languages whatever the UI speaks", () => {
    setPrintLocale("uz-Cyrl");
    setPrintAlso("ru");
    setLocale("az");
    expect(printLocale()).toBe("uz-Cyrl");
    expect(printAlso()).toBe("ru");
  });

  it("never prints the same language twice", () => {
    setPrintAlso("en");
    expect(printAlso()).toBeNull();
    setPrintLocale("az");
    expect(printAlso()).toBe("en");
    setPrintAlso(null);
    expect(printAlso()).toBeNull();
  });
});
