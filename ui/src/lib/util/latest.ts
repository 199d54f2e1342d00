/** What to do with a request's outcome; each runs only while no newer request has been made. */
export type LatestHandlers<T> = {
  /** The answer arrived. */
  apply?: (answer: T) => void;
  /** The request failed (the error as thrown; API calls throw an ApiError). */
  fail?: (error: unknown) => void;
  /** After `apply` or `fail`: e.g. a "loading" flag goes down. */
  settle?: () => void;
};

/**
 * "The latest answer wins" for requests that can cross (a search typed on, previews redrawn,
 * filters flipped fast): each `run` makes the requests before it out of date, and an out-of-date
 * request's answer or error is dropped, so an older, slower answer never overwrites a newer one.
 */
export class Latest {
  private asked = 0;
  private answered = true;

  /**
   * Runs `ask` as the newest request and hands its outcome to `on` while it is still the newest.
   * Never rejects: resolves with the answer, even one that came too late to be applied (a caller
   * may still use it, e.g. to act on what it asked), or undefined when the request failed.
   */
  async run<T>(ask: () => Promise<T>, on: LatestHandlers<T> = {}): Promise<T | undefined> {
    const mine = ++this.asked;
    this.answered = false;
    const current = () => mine === this.asked;
    try {
      const answer = await ask();
      if (current()) on.apply?.(answer);
      return answer;
    } catch (e) {
      if (current()) on.fail?.(e);
      return undefined;
    } finally {
      if (current()) {
        this.answered = true;
        on.settle?.();
      }
    }
  }

  /** Drops the outcome of every request still on its way (what it would show is known better). */
  drop(): void {
    this.asked++;
    this.answered = true;
  }

  /** Whether the newest request is still on its way (nothing dropped it since). */
  get waiting(): boolean {
    return !this.answered;
  }
}
