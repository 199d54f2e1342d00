import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { announce, listeners } from "$lib/testing/changes";
import { FOLLOW_DELAY_MS, followChanges, isAbout, sameData } from "./follow";
import { OTHERS_SHOWN_MS, OWN_ECHO_MS, OtherDesks } from "./otherDesks.svelte";

vi.mock("@tauri-apps/api/event", async () => (await import("$lib/testing/changes")).fakeEvents);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Lets the listener be put in place (it is asked for asynchronously). */
const listening = () => vi.advanceTimersByTimeAsync(0);

describe("following changes", () => {
  it("reloads once for a burst of notices about its records, after they pause", async () => {
    const reload = vi.fn();
    const stop = followChanges((c) => isAbout(c, "roll", "s1"), reload);
    await listening();
    announce("roll", "s1");
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS - 50);
    announce("roll", "s1");
    announce("roll", "s1");
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS - 50);
    expect(reload).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(50);
    expect(reload).toHaveBeenCalledOnce();
    stop();
  });

  it("ignores notices about other records", async () => {
    const reload = vi.fn();
    const stop = followChanges((c) => isAbout(c, "roll", "s1"), reload);
    await listening();
    announce("roll", "s2");
    announce("plan", "s1");
    announce("person");
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS * 2);
    expect(reload).not.toHaveBeenCalled();
    stop();
  });

  it("stops listening, and drops a reload still waiting, when the screen goes", async () => {
    const reload = vi.fn();
    const stop = followChanges(() => true, reload);
    await listening();
    expect(listeners()).toBe(1);
    announce("person");
    stop();
    expect(listeners()).toBe(0);
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS * 2);
    expect(reload).not.toHaveBeenCalled();
  });

  it("stops listening even when the screen went before the listener was in place", async () => {
    const stop = followChanges(() => true, vi.fn());
    stop();
    await listening();
    expect(listeners()).toBe(0);
  });

  it("tells an area from a record of it", () => {
    expect(isAbout({ area: "certificate", id: "a1" }, "certificate")).toBe(true);
    expect(isAbout({ area: "certificate", id: "a1" }, "certificate", "a1")).toBe(true);
    expect(isAbout({ area: "certificate", id: "a1" }, "certificate", "a2")).toBe(false);
    expect(isAbout({ area: "person", id: null }, "organisation")).toBe(false);
    expect(sameData([{ a: 1 }], [{ a: 1 }])).toBe(true);
    expect(sameData([{ a: 1 }], [{ a: 2 }])).toBe(false);
  });
});

describe("saying another desk's changes came in", () => {
  it("says so when a reload a notice caused changed what is shown, for a while", async () => {
    const others = new OtherDesks();
    const stop = others.follow(
      () => true,
      () => Promise.resolve(true),
    );
    await listening();
    announce("plan", "a1");
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS);
    expect(others.updated).toBe(true);
    await vi.advanceTimersByTimeAsync(OTHERS_SHOWN_MS);
    expect(others.updated).toBe(false);
    stop();
  });

  it("says nothing when the reload changed nothing", async () => {
    const others = new OtherDesks();
    const refresh = vi.fn(() => Promise.resolve(false));
    const stop = others.follow(() => true, refresh);
    await listening();
    announce("plan", "a1");
    await vi.advanceTimersByTimeAsync(FOLLOW_DELAY_MS);
    expect(refresh).toHaveBeenCalledOnce();
    expect(others.updated).toBe(false);
    stop();
  });

  it("takes a notice during or just after the screen's own change to be that change", async () => {
    const others = new OtherDesks();
    let finish!: () => void;
    const own = others.mine(new Promise<void>((resolve) => (finish = resolve)));
    others.took(true);
    expect(others.updated).toBe(false);
    finish();
    await own;
    await vi.advanceTimersByTimeAsync(OWN_ECHO_MS - 100);
    others.took(true);
    expect(others.updated).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    others.took(true);
    expect(others.updated).toBe(true);
  });

  it("counts a failed change of its own as its own too", async () => {
    const others = new OtherDesks();
    await expect(others.mine(Promise.reject(new Error("refused")))).rejects.toThrow("refused");
    others.took(true);
    expect(others.updated).toBe(false);
  });
});
