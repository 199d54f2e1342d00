import { describe, expect, it, vi } from "vitest";
import { PageCache, type Page } from "./pageCache";

/** A fake server holding `total` numbered rows, with a log of the offsets asked for. */
function server(total: number) {
  const calls: number[] = [];
  const fetch = vi.fn(async (offset: number, limit: number): Promise<Page<number>> => {
    calls.push(offset);
    const rows = Array.from(
      { length: Math.max(0, Math.min(limit, total - offset)) },
      (_, i) => offset + i,
    );
    return { total, offset, rows };
  });
  return { fetch, calls };
}

describe("PageCache", () => {
  it("loads the first page on reset and learns the total", async () => {
    const s = server(200_000);
    const cache = new PageCache(s.fetch, { pageSize: 200 });
    await cache.reset();
    expect(cache.total).toBe(200_000);
    expect(cache.rowAt(0)).toBe(0);
    expect(cache.rowAt(199)).toBe(199);
    expect(cache.rowAt(200)).toBeUndefined(); // not loaded: the list shows a placeholder
    expect(s.calls).toEqual([0]);
  });

  it("fetches only the pages the visible range needs, once", async () => {
    const s = server(200_000);
    const cache = new PageCache(s.fetch, { pageSize: 200 });
    await cache.reset();
    await cache.ensure(150_010, 150_060);
    expect(s.calls).toEqual([0, 150_000]);
    expect(cache.rowAt(150_033)).toBe(150_033);
    await cache.ensure(150_020, 150_070);
    expect(s.calls).toHaveLength(2);
    await cache.ensure(150_190, 150_230); // straddles two pages
    expect(s.calls).toEqual([0, 150_000, 150_200]);
  });

  it("does not ask twice for a page already on its way", async () => {
    const s = server(1000);
    const cache = new PageCache(s.fetch, { pageSize: 100 });
    const a = cache.ensure(0, 50);
    const b = cache.ensure(10, 60);
    expect(cache.isPending(0)).toBe(true);
    await Promise.all([a, b]);
    expect(s.calls).toEqual([0]);
  });

  it("never asks past the end", async () => {
    const s = server(250);
    const cache = new PageCache(s.fetch, { pageSize: 100 });
    await cache.reset();
    expect(cache.pagesFor(0, 10_000)).toEqual([0, 1, 2]);
    await cache.ensure(0, 10_000);
    expect(s.calls.sort((a, b) => a - b)).toEqual([0, 100, 200]);
    expect(cache.rowAt(249)).toBe(249);
  });

  it("handles an empty result", async () => {
    const s = server(0);
    const cache = new PageCache(s.fetch, { pageSize: 100 });
    await cache.reset();
    expect(cache.total).toBe(0);
    expect(cache.pagesFor(0, 20)).toEqual([]);
  });

  it("ignores a page that arrives after the query changed", async () => {
    let release: (p: Page<string>) => void = () => {};
    const fetch = vi
      .fn<(o: number, l: number) => Promise<Page<string>>>()
      .mockImplementationOnce(() => new Promise((r) => (release = r)))
      .mockImplementation(async (offset) => ({ total: 1, offset, rows: ["new"] }));
    const cache = new PageCache(fetch, { pageSize: 10 });
    const stale = cache.reset();
    await cache.reset();
    release({ total: 99, offset: 0, rows: ["old"] });
    await stale;
    expect(cache.rowAt(0)).toBe("new");
    expect(cache.total).toBe(1);
  });

  it("tells the list when pages arrive", async () => {
    const onChange = vi.fn();
    const cache = new PageCache(server(10).fetch, { pageSize: 5, onChange });
    await cache.reset();
    expect(onChange).toHaveBeenCalled();
  });

  it("reports a failed page and can try it again", async () => {
    const onError = vi.fn();
    const fetch = vi
      .fn<(o: number, l: number) => Promise<Page<number>>>()
      .mockRejectedValueOnce({
        code: "storage",
        reason: { key: "storage", log: "/data/logs/malaka.log" },
      })
      .mockResolvedValue({ total: 1, offset: 0, rows: [7] });
    const cache = new PageCache(fetch, { pageSize: 5, onError });
    await cache.reset();
    expect(onError).toHaveBeenCalledWith({
      code: "storage",
      reason: { key: "storage", log: "/data/logs/malaka.log" },
    });
    expect(cache.isPending(0)).toBe(false);
    await cache.ensure(0, 4);
    expect(cache.rowAt(0)).toBe(7);
  });

  it("keeps memory bounded by dropping the pages farthest from view", async () => {
    const s = server(100_000);
    const cache = new PageCache(s.fetch, { pageSize: 100, maxPages: 3 });
    for (const start of [0, 100, 200, 300, 400]) await cache.ensure(start, start + 10);
    expect(cache.loadedPages).toEqual([200, 300, 400].map((o) => o / 100));
    expect(cache.rowAt(0)).toBeUndefined();
  });
});

describe("PageCache.refresh", () => {
  it("fetches the pages on screen again, keeping their rows until the answer, and forgets the rest", async () => {
    let total = 1000;
    let offsetBy = 0;
    const fetch = vi.fn(async (offset: number, limit: number): Promise<Page<number>> => ({
      total,
      offset,
      rows: Array.from(
        { length: Math.min(limit, total - offset) },
        (_, i) => offset + i + offsetBy,
      ),
    }));
    const cache = new PageCache(fetch, { pageSize: 100 });
    await cache.reset();
    await cache.ensure(450, 520);
    expect(cache.loadedPages).toEqual([0, 4, 5]);
    fetch.mockClear();

    // Nothing changed: the same rows come back, and the refresh says so.
    expect(await cache.refresh()).toBe(false);
    expect(fetch.mock.calls.map((c) => c[0])).toEqual([400, 500]);
    expect(cache.loadedPages).toEqual([4, 5]);

    // Another desk added a person near the top: the rows on screen shift by one.
    total = 1001;
    offsetBy = 1;
    const refreshing = cache.refresh();
    expect(cache.rowAt(450)).toBe(450); // still shown while the page is fetched again
    expect(await refreshing).toBe(true);
    expect(cache.rowAt(450)).toBe(451);
    expect(cache.total).toBe(1001);
  });

  it("finds the first rows of a list that was empty", async () => {
    let total = 0;
    const fetch = vi.fn(async (offset: number): Promise<Page<number>> => ({
      total,
      offset,
      rows: total ? [offset] : [],
    }));
    const cache = new PageCache(fetch, { pageSize: 100 });
    await cache.reset();
    expect(cache.total).toBe(0);
    total = 1;
    expect(await cache.refresh()).toBe(true);
    expect(cache.rowAt(0)).toBe(0);
  });
});
