import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { NewMark, SavedMark } from "$lib/api/types";
import { cellKey, EMPTY, type CellValue } from "./cells";
import { echo, mark, saved } from "./fixtures";
import { MarkQueue } from "./queue";
import { deferred } from "$lib/util/deferred";

const present: CellValue = { status: "present", minutes_late: null, note: null };
const absent: CellValue = { status: "absent", minutes_late: null, note: null };
const k1 = cellKey("p1", "s1");
const k2 = cellKey("p2", "s1");

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A save whose first call waits for `first` to settle; later calls echo what they are sent. */
function firstSaveWaits() {
  const first = deferred<SavedMark[]>();
  const save = vi
    .fn<(m: NewMark[]) => Promise<SavedMark[]>>()
    .mockReturnValueOnce(first.promise)
    .mockImplementation((m) => Promise.resolve(echo(m)));
  return { first, save };
}

describe("the save queue", () => {
  it("shows a change at once and saves everything in one call 400 ms after the last key", async () => {
    const save = vi.fn((m: NewMark[]) => Promise.resolve(echo(m)));
    const q = new MarkQueue({ save });
    q.reset([mark("p2", "s1", "late", 4)]);
    q.set(k1, present);
    expect(q.value(k1)).toEqual(present);
    expect(q.state).toBe("pending");
    await vi.advanceTimersByTimeAsync(300);
    q.set(k2, absent);
    await vi.advanceTimersByTimeAsync(399);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0][0]).toEqual([
      {
        session_id: "s1",
        person_id: "p1",
        status: "present",
        minutes_late: null,
        note: null,
        expected_version: 0,
      },
      {
        session_id: "s1",
        person_id: "p2",
        status: "absent",
        minutes_late: null,
        note: null,
        expected_version: 4,
      },
    ]);
    expect(q.state).toBe("saved");
    expect(q.savedMark(k2)?.version).toBe(5);
  });

  it("sends a cleared cell as status null, then expects version 0", async () => {
    const save = vi.fn((m: NewMark[]) => Promise.resolve(echo(m)));
    const q = new MarkQueue({ save });
    q.reset([mark("p1", "s1", "present", 2, { note: "x" })]);
    q.set(k1, EMPTY);
    await q.flush();
    expect(save.mock.calls[0][0][0]).toMatchObject({
      status: null,
      note: null,
      expected_version: 2,
    });
    expect(q.savedMark(k1)).toBeUndefined();
    q.set(k1, present);
    await q.flush();
    expect(save.mock.calls[1][0][0]).toMatchObject({ status: "present", expected_version: 0 });
  });

  it("drops a change that returns a cell to its saved mark", async () => {
    const save = vi.fn((m: NewMark[]) => Promise.resolve(echo(m)));
    const q = new MarkQueue({ save });
    q.set(k1, present);
    q.set(k1, EMPTY);
    expect(q.state).toBe("saved");
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
  });

  it("never has two saves in flight: the next waits and names the version the first returned", async () => {
    const { first, save } = firstSaveWaits();
    const q = new MarkQueue({ save });
    q.set(k1, present);
    const running = q.flush();
    expect(q.state).toBe("saving");
    q.set(k1, absent);
    expect(q.value(k1)).toEqual(absent);
    const second = q.flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    first.resolve([saved(mark("p1", "s1", "present", 7))]);
    await running;
    await second;
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1][0]).toEqual([
      expect.objectContaining({ status: "absent", expected_version: 7 }),
    ]);
    expect(q.savedMark(k1)?.status).toBe("absent");
    expect(q.state).toBe("saved");
  });

  it("rolls the failed cells back to their saved marks and reports the error", async () => {
    const onFailed = vi.fn();
    const save = vi.fn(() =>
      Promise.reject({
        code: "locked",
        reason: { key: "marks_locked", person: "Karimov Anvar", code: "UZ-DXA-2026-000001" },
      }),
    );
    const q = new MarkQueue({ save, onFailed });
    q.reset([mark("p1", "s1", "absent", 3)]);
    q.set(k1, present);
    await q.flush();
    expect(q.value(k1)).toEqual(absent);
    expect(q.state).toBe("error");
    expect(q.error).toEqual({
      code: "locked",
      reason: { key: "marks_locked", person: "Karimov Anvar", code: "UZ-DXA-2026-000001" },
    });
    expect(onFailed).toHaveBeenCalledWith(q.error, [k1]);
  });

  it("drops later changes to a failed cell but keeps those to other cells", async () => {
    const { first, save } = firstSaveWaits();
    const q = new MarkQueue({ save });
    q.set(k1, present);
    const running = q.flush();
    q.set(k1, absent);
    q.set(k2, present);
    first.reject({ code: "stale", reason: { key: "stale", entity: "mark" } });
    await running;
    expect(q.value(k1)).toEqual(EMPTY);
    expect(q.value(k2)).toEqual(present);
    expect(q.state).toBe("pending");
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1][0]).toEqual([expect.objectContaining({ person_id: "p2" })]);
    expect(q.state).toBe("saved");
    expect(q.error).toBeNull();
  });

  it("passes a reason only when there is one", async () => {
    const save = vi.fn((m: NewMark[]) => Promise.resolve(echo(m)));
    const q = new MarkQueue({ save });
    q.reset([mark("p1", "s1", "present", 1)]);
    q.set(k1, absent, "  was ill ");
    q.set(k2, present);
    await q.flush();
    const [withReason, without] = save.mock.calls[0][0];
    expect(withReason.reason).toBe("was ill");
    expect("reason" in without).toBe(false);
  });

  it("keeps a reason-only change to record why, even if the value is the same", async () => {
    const save = vi.fn((m: NewMark[]) => Promise.resolve(echo(m)));
    const q = new MarkQueue({ save });
    q.reset([mark("p1", "s1", "present", 1)]);
    q.set(k1, present, "checked the sheet");
    expect(q.state).toBe("pending");
  });

  it("saves at once when disposed, and a reset drops what waits", async () => {
    const save = vi.fn((m: NewMark[]) => Promise.resolve(echo(m)));
    const q = new MarkQueue({ save });
    q.set(k1, present);
    await q.dispose();
    expect(save).toHaveBeenCalledTimes(1);
    q.set(k2, present);
    q.reset([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(q.value(k2)).toEqual(EMPTY);
  });

  it("tells its listener about every visible change", async () => {
    const onChange = vi.fn();
    const q = new MarkQueue({ save: (m) => Promise.resolve(echo(m)), onChange });
    q.set(k1, present);
    expect(onChange).toHaveBeenCalledTimes(1);
    await q.flush();
    expect(onChange).toHaveBeenCalledTimes(3); // saving, then saved
  });
});

describe("taking in marks another desk saved", () => {
  const k3 = cellKey("p3", "s1");

  it("takes the loaded marks in the cells not changed here, and says which changed", () => {
    const q = new MarkQueue({ save: vi.fn() });
    q.reset([mark("p1", "s1", "present", 1), mark("p2", "s1", "late", 4)]);
    const changed = q.refresh(
      [mark("p1", "s1", "present", 1), mark("p3", "s1", "absent", 2)],
      q.saveCount,
    );
    expect(changed.sort()).toEqual([k2, k3]);
    expect(q.value(k2)).toEqual(EMPTY);
    expect(q.value(k3)).toEqual(absent);
    expect(q.refresh([mark("p1", "s1", "present", 1), mark("p3", "s1", "absent", 2)], 0)).toEqual(
      [],
    );
  });

  it("keeps a change waiting here, saved later against the version it was made on", async () => {
    const save = vi.fn((m: NewMark[]) => Promise.resolve(echo(m)));
    const q = new MarkQueue({ save });
    q.reset([mark("p1", "s1", "present", 3)]);
    q.set(k1, absent);
    // Meanwhile another desk marked p1 excused (version 4) and p2 present.
    const changed = q.refresh(
      [mark("p1", "s1", "excused", 4), mark("p2", "s1", "present", 1)],
      q.saveCount,
    );
    expect(changed).toEqual([k2]);
    expect(q.value(k1)).toEqual(absent);
    expect(q.value(k2)).toEqual(present);
    expect(q.state).toBe("pending");
    await q.flush();
    // Naming version 3, the save is refused as stale by the server: the conflict is reported.
    expect(save.mock.calls[0][0]).toEqual([expect.objectContaining({ expected_version: 3 })]);
  });

  it("keeps a change on its way, and what a save answered after the marks were asked for", async () => {
    const { first, save } = firstSaveWaits();
    const q = new MarkQueue({ save });
    q.reset([]);
    q.set(k1, present);
    const flushing = q.flush();
    const since = q.saveCount;
    // The reload was read before this desk's save committed: it has no mark for p1.
    expect(q.refresh([], since)).toEqual([]);
    expect(q.value(k1)).toEqual(present);
    first.resolve([saved(mark("p1", "s1", "present", 1))]);
    await flushing;
    expect(q.refresh([], since)).toEqual([]);
    expect(q.savedMark(k1)?.version).toBe(1);
    // A reload asked for after the save sees it; one without the mark then means it was cleared.
    expect(q.refresh([mark("p1", "s1", "present", 1)], q.saveCount)).toEqual([]);
    expect(q.refresh([], q.saveCount)).toEqual([k1]);
    expect(q.value(k1)).toEqual(EMPTY);
  });
});
