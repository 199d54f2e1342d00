import { beforeEach, describe, expect, it } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import { reasonText, statusWord } from "./words";

beforeEach(() => setLocale("en"));

describe("words for marks and reasons", () => {
  it("names each mark, and no mark", () => {
    expect(statusWord("excused")).toBe("Excused");
    expect(statusWord(null)).toBe("Not marked");
    setLocale("uz-Latn");
    expect(statusWord("present")).toBe("Keldi");
  });

  it("words every reason, with counted plurals and decimal rates", () => {
    expect(reasonText({ code: "below_minimum", rate: 72.5, required: 80 })).toBe(
      "Attendance 72.5 % is below the required 80 %.",
    );
    expect(reasonText({ code: "marks_missing", count: 1 })).toBe("1 session is not marked yet.");
    expect(reasonText({ code: "marks_missing", count: 3 })).toBe("3 sessions are not marked yet.");
    expect(reasonText({ code: "no_sessions" })).toBe("The activity has no sessions yet.");
    expect(reasonText({ code: "assessment_missing" })).toBe("No assessment result is recorded.");
    expect(reasonText({ code: "assessment_failed", score: null, pass_mark: null })).toBe(
      "The assessment was not passed.",
    );
    expect(reasonText({ code: "assessment_failed", score: 55, pass_mark: 60 })).toBe(
      "The score 55 is below the pass mark 60.",
    );
  });

  it("uses Russian plural forms", () => {
    setLocale("ru");
    expect(reasonText({ code: "marks_missing", count: 2 })).toBe("2 занятия ещё не отмечены.");
    expect(reasonText({ code: "marks_missing", count: 5 })).toBe("5 занятий ещё не отмечено.");
    expect(reasonText({ code: "below_minimum", rate: 72.5, required: 80 })).toBe(
      "Посещаемость 72,5 % ниже требуемых 80 %.",
    );
  });
});
