import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DeskStatus, Moved } from "$lib/api/desk";
import { setLocale } from "$lib/i18n/index.svelte";
import { deskStatusOf, SERVER, TEAM } from "$lib/testing/desk";
import { fill, valueOf } from "$lib/testing/form";
import { signInAs } from "$lib/testing/session";
import TeamDatabasePanel from "./TeamDatabasePanel.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("status", "test", "connect", "useFile", "move", "reload");
});
vi.mock("$lib/api/desk", () => ({
  deskStatus: () => api.status(),
  deskTest: (team: unknown, password: string) => api.test(team, password),
  deskConnect: (team: unknown, password: string, remember: boolean) =>
    api.connect(team, password, remember),
  deskUseFile: (args: { forgetTeam: boolean }) => api.useFile(args),
  deskMove: (team: unknown, password: string) => api.move(team, password),
}));
vi.mock("$lib/util/reload", () => ({ reloadWindow: () => api.reload() }));

const onTeam = (extra: Partial<DeskStatus> = {}) =>
  deskStatusOf({ open: "team", team: TEAM, passwordKept: true, ...extra });

const MOVED: Moved = {
  to: SERVER,
  tables: [
    { table: "organisation", rows: 12, checksum: "ab12" },
    { table: "person", rows: 1500, checksum: "cd34" },
    { table: "attendance_mark", rows: 20480, checksum: "ef56" },
  ],
  rows: 21992,
};

beforeEach(() => {
  setLocale("en");
  for (const fn of Object.values(api)) fn.mockReset();
  api.status.mockResolvedValue(deskStatusOf());
  api.connect.mockResolvedValue(onTeam());
  api.useFile.mockResolvedValue(deskStatusOf());
});

const click = (testid: string) => fireEvent.click(screen.getByTestId(testid));

/** Renders the panel once the desk's status is in. */
async function open() {
  render(TeamDatabasePanel);
  return screen.findByTestId("team-current");
}

/** Types the settings of the usual team database and the password. */
async function type(password = "the server password") {
  await fill("team-host", TEAM.host);
  await fill("team-database", TEAM.database);
  await fill("team-user", TEAM.user);
  await fill("team-password", password);
}

describe("which register is open", () => {
  it("names the desk's own file, and offers empty settings with the usual port", async () => {
    const current = await open();
    expect(current.textContent).toContain(
      "This desk keeps its own register: /home/u/.local/share/malaka/malaka.db",
    );
    expect(valueOf("team-host")).toBe("");
    expect(valueOf("team-port")).toBe("5432");
    expect((screen.getByTestId("team-tls") as HTMLInputElement).checked).toBe(true);
    const password = screen.getByTestId("team-password") as HTMLInputElement;
    expect(password.type).toBe("password");
    expect(password.autocomplete).toBe("off");
    expect(screen.getByTestId("team-remember")).toBeTruthy();
    expect(screen.queryByTestId("team-use-file")).toBeNull();
  });

  it("names the team database and whether the connection is encrypted", async () => {
    api.status.mockResolvedValue(onTeam({ team: { ...TEAM, tls: false } }));
    expect((await open()).textContent).toContain(`Team database: ${SERVER} (TLS off)`);
    expect(valueOf("team-host")).toBe("db.agency.uz");
    expect(valueOf("team-user")).toBe("karimova");
    expect((screen.getByTestId("team-tls") as HTMLInputElement).checked).toBe(false);
    // The password is never shown back: it is typed again, or kept by the system.
    expect(valueOf("team-password")).toBe("");
  });

  it("says the password is asked at each start where there is no keyring", async () => {
    api.status.mockResolvedValue(deskStatusOf({ keyring: false }));
    await open();
    expect(screen.queryByTestId("team-remember")).toBeNull();
    expect(screen.getByTestId("team-no-keyring").textContent).toContain("at each start");
  });
});

describe("testing and connecting", () => {
  it("tests the connection and says the server's version and what it holds", async () => {
    api.test.mockResolvedValue({ server: SERVER, version: "15.14", state: "empty" });
    await open();
    await type();
    await click("team-test");
    const probe = await screen.findByTestId("team-probe");
    expect(api.test).toHaveBeenCalledWith(TEAM, "the server password");
    expect(probe.textContent).toContain("Connected: PostgreSQL 15.14.");
    expect(probe.textContent).toContain(
      "The database is empty: move this register onto it, or ask its owner to prepare it.",
    );
    expect(api.connect).not.toHaveBeenCalled();
  });

  it.each([
    ["ready", "The register on it is ready"],
    ["behind", "prepared by an older version of Malaka: its owner must update it"],
  ] as const)("words a %s database", async (state, words) => {
    api.test.mockResolvedValue({ server: SERVER, version: "16.2", state });
    await open();
    await type();
    await click("team-test");
    expect((await screen.findByTestId("team-probe")).textContent).toContain(words);
  });

  it("puts a refused setting at its field, and a missing one before asking", async () => {
    api.test.mockRejectedValue({
      code: "invalid",
      field: "database",
      reason: { key: "required" },
    });
    await open();
    await click("team-test");
    expect(screen.getByTestId("team-error-host").textContent).toBe("This field is required.");
    expect(screen.getByTestId("team-host").getAttribute("aria-invalid")).toBe("true");
    expect(api.test).not.toHaveBeenCalled();

    await type();
    await fill("team-port", "70000");
    await click("team-test");
    expect(screen.getByTestId("team-error-port").textContent).toContain("from 1 to 65535");
    expect(api.test).not.toHaveBeenCalled();

    await fill("team-port", "5432");
    await click("team-test");
    expect((await screen.findByTestId("team-error-database")).textContent).toBe(
      "This is required.",
    );
    expect(screen.queryByTestId("team-error-host")).toBeNull();
    expect(screen.queryByTestId("team-probe")).toBeNull();
  });

  it("says why the server could not be reached, keeping what was typed", async () => {
    api.test.mockRejectedValue({
      code: "refused",
      reason: { key: "server_unreachable", server: SERVER, why: "connection refused" },
    });
    await open();
    await type();
    await click("team-test");
    expect((await screen.findByTestId("team-error")).textContent).toContain(
      `Cannot reach the team database ${SERVER}: connection refused.`,
    );
    expect(valueOf("team-password")).toBe("the server password");
  });

  it("connects this desk, keeping the password if asked, then starts again", async () => {
    await open();
    await type();
    await click("team-connect");
    await waitFor(() => expect(api.reload).toHaveBeenCalled());
    expect(api.connect).toHaveBeenCalledWith(TEAM, "the server password", true);
  });

  it("connects without keeping the password when told not to", async () => {
    await open();
    await type();
    await click("team-remember");
    await click("team-connect");
    await waitFor(() => expect(api.reload).toHaveBeenCalled());
    expect(api.connect).toHaveBeenCalledWith(TEAM, "the server password", false);
  });

  it("stays on the open register when connecting is refused", async () => {
    api.connect.mockRejectedValue({
      code: "refused",
      reason: { key: "team_schema_behind", server: SERVER },
    });
    await open();
    await type();
    await click("team-connect");
    expect((await screen.findByTestId("team-error")).textContent).toContain("malaka team init");
    expect(api.reload).not.toHaveBeenCalled();
  });
});

describe("moving the register to the server", () => {
  it("asks first, then moves and shows what was copied, table by table", async () => {
    let finish: (m: Moved) => void = () => {};
    api.move.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    await open();
    await type();
    await click("team-move");
    const panel = screen.getByTestId("team-panel");
    expect(panel.textContent).toContain(`Copy the whole register to ${SERVER}?`);
    expect(panel.textContent).toContain("the database on the server must be empty");
    expect(document.activeElement).toBe(screen.getByTestId("team-move-keep"));
    expect(api.move).not.toHaveBeenCalled();

    await click("team-move-confirm");
    expect(api.move).toHaveBeenCalledWith(TEAM, "the server password");
    const busy = screen.getByTestId("team-move-confirm");
    expect(busy.textContent?.trim()).toBe("Copying and checking…");
    expect(busy.getAttribute("aria-busy")).toBe("true");

    finish(MOVED);
    const rows = await screen.findAllByTestId("team-moved-row");
    // Each table by what it holds, in the user's words; its own name only as a hint beneath.
    const cells = (row: HTMLElement) => [
      within(row).getByTestId("team-moved-label").textContent,
      within(row).queryByTestId("team-moved-name")?.textContent,
      row.querySelector("td.num")?.textContent,
    ];
    expect(rows.map(cells)).toEqual([
      ["Organisations", "organisation", "12"],
      ["People", "person", "1,500"],
      ["Attendance marks", "attendance_mark", "20,480"],
    ]);
    expect(rows.map((row) => [row.dataset.table, row.dataset.rows])).toEqual([
      ["organisation", "12"],
      ["person", "1500"],
      ["attendance_mark", "20480"],
    ]);
    expect(screen.getByTestId("team-moved-total").textContent).toContain("21,992");
    expect(screen.getByTestId("team-moved").textContent).toContain(SERVER);
    expect(screen.queryByTestId("team-move")).toBeNull();

    // Switching connects to where the register went, whatever was typed since.
    await fill("team-host", "elsewhere.example");
    await click("team-switch");
    await waitFor(() => expect(api.reload).toHaveBeenCalled());
    expect(api.connect).toHaveBeenCalledWith(TEAM, "the server password", true);
  });

  it("names a table it does not know by its own name", async () => {
    api.move.mockResolvedValue({
      ...MOVED,
      tables: [...MOVED.tables, { table: "future_table", rows: 3, checksum: "0a0b" }],
      rows: 21995,
    });
    await open();
    await type();
    await click("team-move");
    await click("team-move-confirm");
    const rows = await screen.findAllByTestId("team-moved-row");
    const future = rows.find((row) => row.dataset.table === "future_table")!;
    expect(within(future).getByTestId("team-moved-label").textContent).toBe("future_table");
    expect(within(future).queryByTestId("team-moved-name")).toBeNull();
    expect(within(rows[0]).getByTestId("team-moved-label").textContent).toBe("Organisations");
  });

  it("moves nothing when the user keeps the register where it is", async () => {
    await open();
    await type();
    await click("team-move");
    await click("team-move-keep");
    expect(screen.queryByTestId("team-move-confirm")).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("team-move")));
    expect(api.move).not.toHaveBeenCalled();
  });

  it("says why a move was undone", async () => {
    api.move.mockRejectedValue({
      code: "refused",
      reason: { key: "team_move_differs", table: "person", detail: "the table is not empty" },
    });
    await open();
    await type();
    await click("team-move");
    await click("team-move-confirm");
    expect((await screen.findByTestId("team-error")).textContent).toContain(
      "stopped at table person and was undone: the table is not empty",
    );
    expect(screen.queryByTestId("team-switch")).toBeNull();
    expect(screen.getByTestId("team-move")).toBeTruthy();
  });

  it("is offered only to an administrator on the desk's own file", async () => {
    signInAs("hr_officer");
    await open();
    expect(screen.queryByTestId("team-move")).toBeNull();
    expect(screen.getByTestId("team-connect")).toBeTruthy();
  });

  it("is not offered once the desk works on the team database", async () => {
    api.status.mockResolvedValue(onTeam());
    await open();
    expect(screen.queryByTestId("team-move")).toBeNull();
  });
});

describe("going back to the desk's own register", () => {
  it("forgets the team database and starts again on the file", async () => {
    api.status.mockResolvedValue(onTeam());
    await open();
    expect(screen.getByTestId("team-panel").textContent).toContain(
      "/home/u/.local/share/malaka/malaka.db",
    );
    await click("team-use-file");
    expect(api.useFile).toHaveBeenCalledWith({ forgetTeam: true });
    await waitFor(() => expect(api.reload).toHaveBeenCalled());
    expect(api.connect).not.toHaveBeenCalled();
  });
});
