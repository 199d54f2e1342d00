import { describe, expect, it } from "vitest";
import { rememberStartEmpty, shouldWelcome } from "./firstRun";
import { sectionOf } from "./router.svelte";

const empty = {
  organisations: 0,
  people: 0,
  activities: 0,
  sessions: 0,
  marks: 0,
  audit_entries: 0,
};

describe("first run", () => {
  it("welcomes only an empty database", () => {
    expect(shouldWelcome(empty)).toBe(true);
    expect(shouldWelcome({ ...empty, organisations: 1 })).toBe(false);
    expect(shouldWelcome({ ...empty, people: 3 })).toBe(false);
  });

  it("stops asking once the user chose to start empty", () => {
    rememberStartEmpty();
    expect(shouldWelcome(empty)).toBe(false);
  });
});

describe("router", () => {
  it("keeps People highlighted on a person's screens", () => {
    expect(sectionOf({ name: "person", id: "x" })).toBe("people");
    expect(sectionOf({ name: "import" })).toBe("people");
    expect(sectionOf({ name: "reports" })).toBe("reports");
  });
});
