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
  it("keeps the Rust error's code, reason and field, and drops its English message", () => {
    const reason = { key: "not_a_date", value: "1990-13-01" };
    expect(
      normaliseError({
        code: "invalid",
        reason,
        message: "'1990-13-01' is not a date",
        field: "birth_date",
      }),
    ).toEqual({ code: "invalid", reason, field: "birth_date" });
  });

  it("keeps well-formed problems and drops malformed ones", () => {
    const problem = { row: 3, column: "email", reason: { key: "not_an_email", value: "x" } };
    const e = normaliseError({
      code: "import_rejected",
      reason: { key: "import_rejected", file: "a.csv", problems: 2 },
      problems: [problem, { row: 3, column: "email", message: "bad" }, { row: "x" }],
    });
    expect(e.problems).toEqual([problem]);
  });

  it("turns Tauri's plain-string deserialisation failure into invalid_input, without reading it", () => {
    const e = normaliseError(
      "invalid args `input` for command `person_create`: missing field `family_name`",
    );
    expect(e).toEqual({ code: "invalid_input", reason: { key: "malformed_input" } });
  });

  it("handles thrown Errors, reasonless objects and anything else", () => {
    const unexpected = { code: "internal", reason: { key: "unexpected" } };
    expect(normaliseError(new Error("boom"))).toEqual(unexpected);
    expect(normaliseError(undefined)).toEqual(unexpected);
    expect(normaliseError(42)).toEqual(unexpected);
    expect(normaliseError({ code: "stale", message: "changed" })).toEqual(unexpected);
  });

  it("ignores an empty field", () => {
    expect(
      normaliseError({ code: "stale", field: "", reason: { key: "stale", entity: "mark" } }),
    ).toEqual({
      code: "stale",
      reason: { key: "stale", entity: "mark" },
    });
  });

  it("recognises an ApiError", () => {
    expect(isApiError({ code: "x", reason: { key: "unexpected" } })).toBe(true);
    expect(isApiError({ code: "x", message: "y" })).toBe(false);
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
    const { appStats } = await import("./maintenance");
    // A plain function, not a vi.fn: a mock's recorded rejection is reported as unhandled.
    rejectWith = "invalid args";
    const caught = await appStats().then(
      () => null,
      (e: unknown) => e,
    );
    expect(caught).toEqual({ code: "invalid_input", reason: { key: "malformed_input" } });
  });

  it("run person_import as a job: its id and a progress channel", async () => {
    const { personImport } = await import("./personImport");
    invoke.mockResolvedValue({ imported: 1 });
    const seen: unknown[] = [];
    const input = { path: "/a.csv", dry_run: false, force: false };
    await personImport(input, { jobId: "j1", onProgress: (p) => seen.push(p) });
    const [command, args] = invoke.mock.lastCall as [
      string,
      { input: unknown; jobId: string; onProgress: { onmessage: (m: unknown) => void } },
    ];
    expect([command, args.input, args.jobId]).toEqual(["person_import", input, "j1"]);
    args.onProgress.onmessage({ phase: "importing", done: 1, total: 2 });
    expect(seen).toEqual([{ phase: "importing", done: 1, total: 2 }]);
  });
});
