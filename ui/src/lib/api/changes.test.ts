import { beforeEach, describe, expect, it, vi } from "vitest";

const listen = vi.fn();
vi.mock("@tauri-apps/api/event", () => ({ listen: (...a: unknown[]) => listen(...a) }));

beforeEach(() => {
  listen.mockReset();
});

describe("following the register's changes", () => {
  it("listens for the shell's event and hands on each change", async () => {
    const unlisten = vi.fn();
    listen.mockResolvedValue(unlisten);
    const { onRegisterChanged } = await import("./changes");
    const handler = vi.fn();
    const stop = await onRegisterChanged(handler);
    expect(listen).toHaveBeenCalledWith("register-changed", expect.any(Function));
    const deliver = listen.mock.calls[0][1] as (e: { event: string; payload: unknown }) => void;
    deliver({ event: "register-changed", payload: { area: "roll", id: "s1" } });
    expect(handler).toHaveBeenCalledWith({ area: "roll", id: "s1" });
    stop();
    expect(unlisten).toHaveBeenCalledOnce();
  });

  it("follows nothing, and does not fail, where there is no event bridge", async () => {
    listen.mockImplementation(() =>
      Promise.reject(new TypeError("window.__TAURI_INTERNALS__ is undefined")),
    );
    const { onRegisterChanged } = await import("./changes");
    const stop = await onRegisterChanged(vi.fn());
    expect(() => stop()).not.toThrow();
  });
});
