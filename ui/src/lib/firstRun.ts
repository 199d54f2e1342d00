import type { Stats } from "$lib/api/types";

const KEY = "malaka.startEmpty";

/** The welcome screen asks only while the database is empty and the user has not said "start empty". */
export function shouldWelcome(stats: Stats): boolean {
  return stats.people === 0 && stats.organisations === 0 && !startedEmpty();
}

export function startedEmpty(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === "1";
  } catch {
    return false;
  }
}

export function rememberStartEmpty(): void {
  try {
    globalThis.localStorage?.setItem(KEY, "1");
  } catch {
    // storage disabled: the welcome screen will simply ask again next time
  }
}
