/** One page as the server returns it. */
export type Page<T> = { total: number; offset: number; rows: T[] };
export type FetchPage<T> = (offset: number, limit: number) => Promise<Page<T>>;

export type PageCacheOptions = {
  pageSize?: number;
  /** Pages kept in memory; the ones farthest from what is on screen are dropped first. */
  maxPages?: number;
  onChange?: () => void;
  onError?: (e: unknown) => void;
};

/**
 * The people list's memory: pages of rows fetched by offset as the user scrolls, cached, and
 * forgotten when the query changes. A list of 200,000 needs only the pages near the screen.
 * Responses that arrive after a reset belong to the old query and are ignored.
 */
export class PageCache<T> {
  readonly pageSize: number;
  readonly maxPages: number;
  total: number | null = null;
  private pages = new Map<number, T[]>();
  private pending = new Set<number>();
  private generation = 0;
  private lastVisible = 0;
  /** The rows last asked for: what is on screen. */
  private shown = { start: 0, end: 0 };

  constructor(
    private fetchPage: FetchPage<T>,
    private options: PageCacheOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 200;
    this.maxPages = Math.max(2, options.maxPages ?? 50);
  }

  /** The row at `index`, or undefined while its page is loading (the list shows a placeholder). */
  rowAt(index: number): T | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  get loadedPages(): number[] {
    return [...this.pages.keys()].sort((a, b) => a - b);
  }

  isPending(page: number): boolean {
    return this.pending.has(page);
  }

  /** Pages that cover rows [start, end], inclusive. */
  pagesFor(start: number, end: number): number[] {
    const last = this.total === null ? end : Math.min(end, this.total - 1);
    if (last < start) return [];
    const out: number[] = [];
    for (let p = Math.floor(start / this.pageSize); p <= Math.floor(last / this.pageSize); p++) {
      out.push(p);
    }
    return out;
  }

  /** Loads whatever pages rows [start, end] need and are neither cached nor on their way. */
  ensure(start: number, end: number): Promise<void> {
    this.lastVisible = Math.floor(start / this.pageSize);
    this.shown = { start, end };
    const wanted = this.pagesFor(start, end).filter(
      (p) => !this.pages.has(p) && !this.pending.has(p),
    );
    return Promise.all(wanted.map((p) => this.load(p))).then(() => undefined);
  }

  /** Forgets everything (the search, sort or filter changed) and loads the first page. */
  reset(): Promise<void> {
    this.generation++;
    this.pages.clear();
    this.pending.clear();
    this.total = null;
    this.options.onChange?.();
    return this.ensure(0, this.pageSize - 1);
  }

  /**
   * The same query again (the register changed elsewhere): the pages on screen are fetched anew
   * and replaced as they arrive, so the rows never blank out and the scroll position stays; the
   * others are forgotten and fetched when scrolled to. Resolves whether a row or the total changed.
   */
  async refresh(): Promise<boolean> {
    this.generation++;
    const generation = this.generation;
    this.pending.clear();
    const onScreen = this.pagesFor(this.shown.start, this.shown.end);
    // An empty list has no page on screen: its first page tells whether rows arrived.
    if (onScreen.length === 0) onScreen.push(0);
    const before = { total: this.total, rows: onScreen.map((p) => this.pages.get(p)) };
    for (const p of this.loadedPages) if (!onScreen.includes(p)) this.pages.delete(p);
    await Promise.all(onScreen.map((p) => this.load(p)));
    if (generation !== this.generation) return false;
    return (
      this.total !== before.total ||
      onScreen.some((p, i) => JSON.stringify(this.pages.get(p)) !== JSON.stringify(before.rows[i]))
    );
  }

  private async load(page: number): Promise<void> {
    const generation = this.generation;
    this.pending.add(page);
    try {
      const result = await this.fetchPage(page * this.pageSize, this.pageSize);
      if (generation !== this.generation) return;
      this.pages.set(page, result.rows);
      this.total = result.total;
      this.evict();
      this.options.onChange?.();
    } catch (e) {
      if (generation === this.generation) this.options.onError?.(e);
    } finally {
      if (generation === this.generation) this.pending.delete(page);
    }
  }

  private evict(): void {
    if (this.pages.size <= this.maxPages) return;
    const byDistance = [...this.pages.keys()].sort(
      (a, b) => Math.abs(b - this.lastVisible) - Math.abs(a - this.lastVisible),
    );
    for (const p of byDistance.slice(0, this.pages.size - this.maxPages)) this.pages.delete(p);
  }
}
