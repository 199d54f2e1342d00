import { describe, expect, it } from "vitest";
import { currentLocale, setLocale, t, tn } from "./index.svelte";

describe("locale switching", () => {
  it("starts in Uzbek Latin", () => {
    expect(currentLocale()).toBe("uz-Latn");
    expect(t("nav.people")).toBe("Xodimlar");
  });

  it("switches at run time and remembers the choice", () => {
    setLocale("ru");
    expect(t("nav.people")).toBe("Сотрудники");
    expect(tn("count.people", 3)).toBe("3 человека");
    expect(localStorage.getItem("malaka.locale")).toBe("ru");
    expect(document.documentElement.lang).toBe("ru");
    setLocale("az");
    expect(t("nav.settings")).toBe("Parametrlər");
    setLocale("uz-Latn");
  });
});
