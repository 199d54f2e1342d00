import { beforeEach, describe, expect, it, vi } from "vitest";
import { isApiError, normaliseError } from "./error";

const invoke = vi.fn();
let rejectWith: unknown = undefined;
vi.mock("@tauri-apps/api/core", () => ({
  invoke: (...args: unknown[]) =>
    rejectWith === undefined ? invoke(...args) : Promise.reject(rejectWith),
  Channel: class {
    onmessage: (m: unknown) => void = () => {};
  },
}));

describe("normaliseError", () => {
  it("keeps the Rust error's code, message and field", () => {
    expect(
      normaliseError({ code: "invalid", message: "is not a date", field: "birth_date" }),
    ).toEqual({ code: "invalid", message: "is not a date", field: "birth_date" });
  });

  it("keeps well-formed problems and drops malformed ones", () => {
    const e = normaliseError({
      code: "import_rejected",
      message: "2 problems",
      problems: [{ row: 3, column: "email", message: "bad" }, { row: "x" }],
    });
    expect(e.problems).toEqual([{ row: 3, column: "email", message: "bad" }]);
  });

  it("turns Tauri's plain-string deserialisation failure into invalid_input", () => {
    const e = normaliseError(
      "invalid args `input` for command `person_create`: missing field `family_name`",
    );
    expect(e.code).toBe("invalid_input");
    expect(e.field).toBe("family_name");
    expect(e.message).toContain("missing field");
    expect(normaliseError("something else").field).toBeUndefined();
  });

  it("handles thrown Errors and anything else", () => {
    expect(normaliseError(new Error("boom"))).toEqual({ code: "internal", message: "boom" });
    expect(normaliseError(undefined).code).toBe("unknown");
    expect(normaliseError(42)).toEqual({ code: "unknown", message: "42" });
  });

  it("ignores an empty field and falls back to the code for a missing message", () => {
    expect(normaliseError({ code: "stale", field: "" })).toEqual({
      code: "stale",
      message: "stale",
    });
  });

  it("recognises an ApiError", () => {
    expect(isApiError({ code: "x", message: "y" })).toBe(true);
    expect(isApiError("x")).toBe(false);
  });
});

describe("typed wrappers", () => {
  beforeEach(() => {
    invoke.mockReset();
    rejectWith = undefined;
  });

  it("call the named command with the argument object the Rust side expects", async () => {
    const { personQuery, personUpdate } = await import("./person");
    const { organisationCreate } = await import("./organisation");
    invoke.mockResolvedValue({ total: 0, offset: 0, rows: [] });
    await personQuery({ offset: 0, limit: 200, sort: "name" });
    expect(invoke).toHaveBeenLastCalledWith("person_query", {
      input: { offset: 0, limit: 200, sort: "name" },
    });
    await personUpdate("p1", { family_name: "A", given_name: "B", organisation_id: "o" });
    expect(invoke).toHaveBeenLastCalledWith("person_update", {
      id: "p1",
      input: { family_name: "A", given_name: "B", organisation_id: "o" },
    });
    await organisationCreate({ name: "X", country: "UZ", kind: "agency" });
    expect(invoke).toHaveBeenLastCalledWith("organisation_create", {
      input: { name: "X", country: "UZ", kind: "agency" },
    });
  });

  it("reject with a normalised ApiError", async () => {
    const { appStats } = await import("./app");
    // A plain function, not a vi.fn: a mock's recorded rejection is reported as unhandled.
    rejectWith = "invalid args";
    const caught = await appStats().then(
      () => null,
      (e: unknown) => e,
    );
    expect(caught).toEqual({ code: "invalid_input", message: "invalid args" });
  });

  it("pass a progress channel to person_import", async () => {
    const { personImport } = await import("./importer");
    invoke.mockResolvedValue({ imported: 1 });
    const seen: unknown[] = [];
    await personImport({ path: "/a.csv", dry_run: false, force: false }, (p) => seen.push(p));
    const [command, args] = invoke.mock.lastCall as [
      string,
      { onProgress: { onmessage: (m: unknown) => void } },
    ];
    expect(command).toBe("person_import");
    args.onProgress.onmessage({ done: 1, total: 2 });
    expect(seen).toEqual([{ done: 1, total: 2 }]);
  });
});
