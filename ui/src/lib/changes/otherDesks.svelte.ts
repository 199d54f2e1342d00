import type { Change } from "$lib/api/types";
import { followChanges } from "./follow";

/** How long "Updated with changes from another desk." shows. */
export const OTHERS_SHOWN_MS = 6000;
/** How long after this screen's own change a notice is taken to be that change's echo. */
export const OWN_ECHO_MS = 1500;

/**
 * A screen following what other desks change: it reloads on the notices about its own records and
 * says so briefly when the reload brought something new. Every desk hears its own changes too,
 * and the screen cannot tell whose a notice is: so a notice while the screen's own change is on
 * its way, or just after, never says "another desk" — better no line than a wrong one.
 */
export class OtherDesks {
  /** A reload brought another desk's changes: the screen says so for a moment. */
  updated = $state(false);
  private ownRunning = 0;
  private ownUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Follows the notices `mine` accepts: each pause in them runs `refresh`, which reloads in place
   * (never dropping what the user has typed or marked) and resolves whether anything shown
   * changed. Returns the function that stops following, for the screen's teardown.
   */
  follow(mine: (c: Change) => boolean, refresh: () => Promise<boolean>): () => void {
    // A refresh shows its own errors (or keeps what is shown); the next notice tries again.
    const reload = () =>
      void refresh().then(
        (changed) => this.took(changed),
        () => {},
      );
    const stop = followChanges(mine, reload);
    return () => {
      stop();
      clearTimeout(this.timer);
    };
  }

  /** Waits for this screen's own change (a save, the reload after it), marking it as its own. */
  async mine<T>(work: Promise<T>): Promise<T> {
    this.ownRunning++;
    try {
      return await work;
    } finally {
      this.ownRunning--;
      this.ownUntil = Date.now() + OWN_ECHO_MS;
    }
  }

  /** A reload a notice caused is in place; `changed`: it showed something new. */
  took(changed: boolean): void {
    if (!changed || this.ownRunning > 0 || Date.now() < this.ownUntil) return;
    this.updated = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.updated = false), OTHERS_SHOWN_MS);
  }
}
