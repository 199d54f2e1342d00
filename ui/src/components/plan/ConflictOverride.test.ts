import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { NamedConflict } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import ConflictOverride from "./ConflictOverride.svelte";

const CLASH: NamedConflict = {
  resource_name: "Room 4",
  session_id: "s1",
  label: "Ethics, 10 March",
  other_session_id: "s2",
  other_label: "Law, 10 March",
  resource: { kind: "venue", id: "v1" },
};

beforeEach(() => setLocale("en"));

describe("saving despite conflicts", () => {
  it("lists the clashes and offers a tick box beside its words", async () => {
    const onchange = vi.fn();
    render(ConflictOverride, { conflicts: [CLASH], checked: false, testid: "ov", onchange });
    expect(screen.getByTestId("conflicts").textContent).toContain("Room 4");
    const box = screen.getByTestId("ov") as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(box.closest("label.check")?.textContent?.trim()).toBe(
      "Save anyway despite the conflicts",
    );
    await fireEvent.click(box);
    expect(onchange).toHaveBeenLastCalledWith(true);
  });

  it("shows the parent's choice and reports an untick", async () => {
    const onchange = vi.fn();
    render(ConflictOverride, { conflicts: [CLASH], checked: true, testid: "ov", onchange });
    const box = screen.getByTestId("ov") as HTMLInputElement;
    expect(box.checked).toBe(true);
    await fireEvent.click(box);
    expect(onchange).toHaveBeenLastCalledWith(false);
  });

  it("offers nothing when nothing clashes", () => {
    render(ConflictOverride, { conflicts: [], checked: false, testid: "ov", onchange: vi.fn() });
    expect(screen.queryByTestId("conflicts")).toBeNull();
    expect(screen.queryByTestId("ov")).toBeNull();
  });
});
