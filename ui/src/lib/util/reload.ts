/**
 * Starts the UI afresh on the register the shell has open now: after this desk switched
 * registers, every screen and store still holds the old one's data, and the Rust side keeps the
 * newly opened register across a reload, so reloading is the simplest honest restart. A module of
 * its own so tests can stand in for it (jsdom cannot navigate).
 */
export function reloadWindow(): void {
  location.reload();
}
