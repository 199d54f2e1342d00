const KEY = "malaka.attendance.trainer";

/** The trainer last chosen under "I am" on this computer; "" means all sessions. */
export function rememberedTrainer(): string {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? "";
  } catch {
    return ""; // storage can be disabled
  }
}

export function rememberTrainer(id: string): void {
  try {
    if (id) globalThis.localStorage?.setItem(KEY, id);
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // not remembered, but chosen for this run
  }
}
