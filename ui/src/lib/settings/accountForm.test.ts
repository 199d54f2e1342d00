import { describe, expect, it } from "vitest";
import { account } from "$lib/testing/session";
import { check, isLogin, lockedNow, sortAccounts, start, toInput } from "./accountForm";

describe("account form", () => {
  it("takes a login as the server folds it, and refuses what it would refuse", () => {
    expect(isLogin(" Dilnoza.K ")).toBe(true);
    for (const bad of ["a", "dilnoza k", "дилноза", "x;drop", "a".repeat(65)]) {
      expect(isLogin(bad), bad).toBe(false);
    }
    expect(toInput({ ...start(null), login: " Dilnoza.K " }).login).toBe("dilnoza.k");
  });

  it("asks an edit for no login and no password, but checks a new password typed", () => {
    const edit = start(account("m.rahimova", "manager", { name: "Rahimova Malika" }));
    expect(check(edit)).toEqual({});
    expect(check({ ...edit, password: "short" })).toEqual({
      password: { reason: { key: "password_too_short", min: 8 } },
    });
  });

  it("sends a trainer only with a trainer's account, and no password when none is typed", () => {
    const values = { ...start(null), role: "manager" as const, trainer_id: "t1" };
    expect(toInput(values).trainer_id).toBeNull();
    expect(toInput({ ...values, role: "trainer" }).trainer_id).toBe("t1");
    expect(toInput(values).password).toBeNull();
  });

  it("orders accounts in use by name, disabled ones last, and tells a lock still running", () => {
    const list = [
      account("z", "viewer", { name: "Zokirov", disabled: true }),
      account("b", "viewer", { name: "Bakirov" }),
      account("a", "viewer", { name: "Aliyev" }),
    ];
    expect(sortAccounts(list).map((a) => a.login)).toEqual(["a", "b", "z"]);
    const now = new Date("2026-12-06T12:00:00Z");
    expect(lockedNow(account("a", "viewer", { locked_until: "2026-12-06T12:15:00Z" }), now)).toBe(
      true,
    );
    expect(lockedNow(account("a", "viewer", { locked_until: "2026-12-06T11:45:00Z" }), now)).toBe(
      false,
    );
  });
});
