import { describe, expect, it } from "vitest";
import { signInAs } from "$lib/testing/session";
import { mayAssess, mayMark, othersSession } from "./access";
import { session } from "./fixtures";

function given(id: string, ...trainers: string[]) {
  const s = session(id, "2025-03-10T09:00:00", "2025-03-10T12:00:00").session;
  return { ...s, trainer_ids: trainers };
}

describe("who may mark a session", () => {
  it("lets a trainer's account mark only the sessions its trainer gives", () => {
    signInAs("trainer", { trainer_id: "tr1" });
    expect(mayMark(given("s1", "tr2", "tr1"))).toBe(true);
    expect(othersSession(given("s1", "tr2", "tr1"))).toBe(false);
    expect(mayMark(given("s2", "tr2"))).toBe(false);
    expect(othersSession(given("s2", "tr2"))).toBe(true);
    expect(mayMark(given("s3"))).toBe(false);
    expect(mayAssess([given("s2", "tr2"), given("s1", "tr1")])).toBe(true);
    expect(mayAssess([given("s2", "tr2")])).toBe(false);
  });

  it("gives a trainer's account without a trainer nothing to mark", () => {
    signInAs("trainer");
    expect(mayMark(given("s1", "tr1"))).toBe(false);
  });

  it("leaves the other roles to their permission, whoever gives the session", () => {
    expect(mayMark(given("s1", "tr2"))).toBe(true);
    expect(othersSession(given("s1", "tr2"))).toBe(false);
    expect(mayAssess([])).toBe(true);
    signInAs("manager");
    expect(mayMark(given("s1"))).toBe(true);
    signInAs("viewer");
    expect(mayMark(given("s1", "tr2"))).toBe(false);
    expect(othersSession(given("s1", "tr2"))).toBe(false);
    expect(mayAssess([given("s1")])).toBe(false);
  });
});
