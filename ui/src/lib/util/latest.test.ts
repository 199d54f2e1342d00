import { describe, expect, it, vi } from "vitest";
import { deferred } from "./deferred";
import { Latest } from "./latest";

function handlers() {
  return { apply: vi.fn(), fail: vi.fn(), settle: vi.fn() };
}

describe("the latest answer wins", () => {
  it("applies an answer and settles", async () => {
    const latest = new Latest();
    const on = handlers();
    expect(await latest.run(() => Promise.resolve(7), on)).toBe(7);
    expect(on.apply).toHaveBeenCalledWith(7);
    expect(on.fail).not.toHaveBeenCalled();
    expect(on.settle).toHaveBeenCalledOnce();
  });

  it("drops an older answer that arrives after a newer one", async () => {
    const latest = new Latest();
    const first = deferred<string>();
    const second = deferred<string>();
    const older = handlers();
    const newer = handlers();
    const a = latest.run(() => first.promise, older);
    const b = latest.run(() => second.promise, newer);
    second.resolve("new");
    first.resolve("old");
    // The late answer is still handed back to whoever awaits it, but not applied.
    expect(await a).toBe("old");
    expect(await b).toBe("new");
    expect(newer.apply).toHaveBeenCalledWith("new");
    expect(newer.settle).toHaveBeenCalledOnce();
    expect(older.apply).not.toHaveBeenCalled();
    expect(older.settle).not.toHaveBeenCalled();
  });

  it("drops an older answer that arrives first, while the newer one is on its way", async () => {
    const latest = new Latest();
    const first = deferred<string>();
    const second = deferred<string>();
    const older = handlers();
    const a = latest.run(() => first.promise, older);
    const b = latest.run(() => second.promise);
    first.resolve("old");
    await a;
    expect(older.apply).not.toHaveBeenCalled();
    expect(latest.waiting).toBe(true);
    second.resolve("new");
    await b;
    expect(latest.waiting).toBe(false);
  });

  it("shows only the newest request's error, and resolves a failure with undefined", async () => {
    const latest = new Latest();
    const first = deferred<string>();
    const older = handlers();
    const newer = handlers();
    const a = latest.run(() => first.promise, older);
    const b = latest.run(() => Promise.reject({ code: "file" }), newer);
    first.reject({ code: "storage" });
    expect(await a).toBeUndefined();
    expect(await b).toBeUndefined();
    expect(older.fail).not.toHaveBeenCalled();
    expect(newer.fail).toHaveBeenCalledWith({ code: "file" });
    expect(newer.apply).not.toHaveBeenCalled();
    expect(newer.settle).toHaveBeenCalledOnce();
  });

  it("catches a request that throws before it returns a promise", async () => {
    const on = handlers();
    const result = await new Latest().run(() => {
      throw new Error("no");
    }, on);
    expect(result).toBeUndefined();
    expect(on.fail).toHaveBeenCalledOnce();
  });

  it("drops every request on its way when told to", async () => {
    const latest = new Latest();
    const pending = deferred<number>();
    const on = handlers();
    const run = latest.run(() => pending.promise, on);
    expect(latest.waiting).toBe(true);
    latest.drop();
    expect(latest.waiting).toBe(false);
    pending.resolve(1);
    expect(await run).toBe(1);
    expect(on.apply).not.toHaveBeenCalled();
    expect(on.settle).not.toHaveBeenCalled();
  });
});
