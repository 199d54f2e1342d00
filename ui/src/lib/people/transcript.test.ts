import { describe, expect, it } from "vitest";
import {
  hasRate,
  resultKey,
  secondLocales,
  secondOrNone,
  TRANSCRIPT_RESULTS,
  transcriptFileName,
} from "./transcript";

describe("a transcript's helpers", () => {
  it("name every result by its catalogue key", () => {
    expect(TRANSCRIPT_RESULTS.map(resultKey)).toEqual([
      "transcript.result.upcoming",
      "transcript.result.in_progress",
      "transcript.result.completed",
      "transcript.result.not_completed",
    ]);
  });

  it("give no attendance before an activity has begun", () => {
    expect(hasRate({ result: "upcoming" })).toBe(false);
    expect(hasRate({ result: "in_progress" })).toBe(true);
    expect(hasRate({ result: "not_completed" })).toBe(true);
  });

  it("offer every other language as the second, and never the first twice", () => {
    expect(secondLocales("ru")).toEqual(["uz-Latn", "uz-Cyrl", "az", "en"]);
    expect(secondOrNone("ru", "az")).toBe("az");
    expect(secondOrNone("ru", "ru")).toBeNull();
    expect(secondOrNone("ru", null)).toBeNull();
  });

  it("propose a file name after the family name, safe for any file system", () => {
    expect(transcriptFileName("transcript", "Karimova")).toBe("transcript-Karimova.pdf");
    expect(transcriptFileName("koʻchirma", "Oʻrinboyev")).toBe("koʻchirma-Oʻrinboyev.pdf");
    expect(transcriptFileName("transcript", ' A/B: "C" ')).toBe("transcript-A B C.pdf");
    expect(transcriptFileName("transcript", "")).toBe("transcript.pdf");
  });
});
