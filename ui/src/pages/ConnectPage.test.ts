import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DeskStatus } from "$lib/api/desk";
import { setLocale } from "$lib/i18n/index.svelte";
import { deskStatusOf, SERVER, TEAM, unreachable } from "$lib/testing/desk";
import { fill, valueOf } from "$lib/testing/form";
import ConnectPage from "./ConnectPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("connect", "useFile", "opened");
});
vi.mock("$lib/api/desk", () => ({
  deskConnect: (team: unknown, password: string, remember: boolean) =>
    api.connect(team, password, remember),
  deskUseFile: (args: { forgetTeam: boolean }) => api.useFile(args),
}));

beforeEach(() => {
  setLocale("en");
  api.connect.mockReset().mockResolvedValue(deskStatusOf({ open: "team", team: TEAM }));
  api.useFile.mockReset().mockResolvedValue(deskStatusOf());
  api.opened.mockReset();
});

const show = (status: Partial<DeskStatus>) =>
  render(ConnectPage, { status: deskStatusOf(status), onOpened: () => api.opened() });
const click = (testid: string) => fireEvent.click(screen.getByTestId(testid));
const submit = () => fireEvent.submit(screen.getByTestId("connect-retry").closest("form")!);

describe("the connect screen", () => {
  it("says which server could not be reached and why, and offers to try again", () => {
    show(unreachable("connection timed out"));
    expect(screen.getByTestId("connect-server").textContent).toContain(SERVER);
    const problem = screen.getByTestId("connect-problem");
    expect(problem.getAttribute("role")).toBe("alert");
    expect(problem.textContent).toContain("The team database did not open.");
    expect(problem.textContent).toContain(
      `Cannot reach the team database ${SERVER}: connection timed out.`,
    );
    expect(screen.getByTestId("connect-retry").textContent?.trim()).toBe("Try again");
    expect(screen.queryByTestId("connect-needs-password")).toBeNull();
  });

  it("asks for the password, then connects with it and whether to keep it", async () => {
    show({ open: "none", team: TEAM, needsPassword: true });
    expect(screen.getByTestId("connect-needs-password").textContent).toBe(
      "Enter your password on the server to connect.",
    );
    expect(screen.queryByTestId("connect-problem")).toBeNull();
    expect(screen.getByTestId("connect-retry").textContent?.trim()).toBe("Connect");
    const password = screen.getByTestId("connect-password") as HTMLInputElement;
    expect(password.type).toBe("password");
    expect(password.autocomplete).toBe("off");
    // Nothing kept before: keeping it is the user's choice.
    expect((screen.getByTestId("connect-remember") as HTMLInputElement).checked).toBe(false);
    await fill("connect-password", "the server password");
    await click("connect-remember");
    await submit();
    expect(api.connect).toHaveBeenCalledWith(TEAM, "the server password", true);
    await waitFor(() => expect(api.opened).toHaveBeenCalled());
  });

  it("says why a try failed and keeps what was typed", async () => {
    api.connect.mockRejectedValue({
      code: "refused",
      reason: { key: "server_unreachable", server: SERVER, why: "password authentication failed" },
    });
    show({ open: "none", team: TEAM, needsPassword: true });
    await fill("connect-password", "not it");
    await submit();
    const problem = await screen.findByTestId("connect-problem");
    expect(problem.textContent).toContain("password authentication failed");
    expect(valueOf("connect-password")).toBe("not it");
    expect(screen.getByTestId("connect-retry").textContent?.trim()).toBe("Try again");
    expect(api.opened).not.toHaveBeenCalled();
  });

  it("opens this desk's own register for this run only", async () => {
    show(unreachable());
    expect(screen.getByTestId("connect").textContent).toContain("For this run only");
    await click("connect-use-file");
    expect(api.useFile).toHaveBeenCalledWith({ forgetTeam: false });
    await waitFor(() => expect(api.opened).toHaveBeenCalled());
    expect(api.connect).not.toHaveBeenCalled();
  });

  it("says the password is asked at each start where there is no keyring to keep it", () => {
    show({ ...unreachable(), keyring: false, passwordKept: false });
    expect(screen.queryByTestId("connect-remember")).toBeNull();
    expect(screen.getByTestId("connect-no-keyring").textContent).toContain(
      "Malaka will ask for it at each start",
    );
  });

  it("lets the server settings be corrected, a refused one said at its field", async () => {
    api.connect
      .mockRejectedValueOnce({
        code: "invalid",
        field: "host",
        reason: { key: "not_a_host", value: "db agency" },
      })
      .mockResolvedValueOnce(deskStatusOf({ open: "team", team: TEAM }));
    show(unreachable());
    await click("connect-settings");
    expect(valueOf("team-host")).toBe("db.agency.uz");
    expect(valueOf("team-port")).toBe("5432");
    expect((screen.getByTestId("team-tls") as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByTestId("connect-password")).toBeNull();
    await fill("team-host", "db agency");
    await fill("team-password", "the server password");
    await submit();
    expect((await screen.findByTestId("team-error-host")).textContent).toContain(
      "“db agency” is not a server name",
    );
    expect(api.opened).not.toHaveBeenCalled();
    await fill("team-host", "db2.agency.uz");
    await fill("team-port", "6432");
    await submit();
    expect(api.connect).toHaveBeenLastCalledWith(
      { ...TEAM, host: "db2.agency.uz", port: 6432 },
      "the server password",
      true,
    );
    await waitFor(() => expect(api.opened).toHaveBeenCalled());
  });
});
