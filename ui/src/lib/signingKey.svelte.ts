import { isApiError } from "$lib/api/error";

/**
 * The request to unlock the signing key, which the one dialog in the shell answers
 * (`KeyUnlockDialog`): an action refused with reason `signing_key_locked` asks here, the dialog
 * takes the passphrase and unlocks the key, and the action runs again. Several actions refused
 * at once share one question.
 */
class KeyUnlock {
  /** Whether the dialog is asking for the passphrase now. */
  asking = $state(false);
  private dialogs = 0;
  private pending: Promise<boolean> | null = null;
  private settle: (unlocked: boolean) => void = () => {};

  /** The dialog is on screen to answer; the function returned takes it away (asking stops). */
  attach(): () => void {
    this.dialogs += 1;
    return () => {
      this.dialogs -= 1;
      if (this.dialogs === 0) this.answer(false);
    };
  }

  /**
   * Asks for the passphrase: true once the key is unlocked, false when the user gave up; null
   * when there is no dialog to ask with.
   */
  ask(): Promise<boolean> | null {
    if (this.dialogs === 0) return null;
    if (!this.pending) {
      this.pending = new Promise((resolve) => (this.settle = resolve));
      this.asking = true;
    }
    return this.pending;
  }

  /** The dialog's answer: the key was unlocked (true) or the user cancelled (false). */
  answer(unlocked: boolean): void {
    const settle = this.settle;
    this.pending = null;
    this.settle = () => {};
    this.asking = false;
    settle(unlocked);
  }
}

export const keyUnlock = new KeyUnlock();

/** Whether `e` is the refusal of an action that signs while the signing key is locked. */
export const isKeyLocked = (e: unknown): boolean =>
  isApiError(e) && e.reason.key === "signing_key_locked";

/**
 * Runs an action that signs (issuing or reissuing certificates, saving the revocation list, a
 * backup). Refused because the signing key is locked, it asks for the passphrase and, once the
 * key is unlocked, runs the action again. Resolves with the action's answer, or null when the
 * user cancelled the question (nothing was done: say nothing). Any other refusal is rethrown,
 * `signing_key_not_set_up` included: its words tell the user to have the key set up.
 */
export async function withSigningKey<T>(action: () => Promise<T>): Promise<T | null> {
  for (;;) {
    try {
      return await action();
    } catch (e) {
      if (!isKeyLocked(e)) throw e;
      const asked = keyUnlock.ask();
      if (!asked) throw e;
      if (!(await asked)) return null;
    }
  }
}
