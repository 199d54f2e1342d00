// The certificate signing keys: the published list, unlocking the key for this session, and what
// an administrator does with them (set up, rotate, retire, seal a key kept in plain).
import { call } from "./call";
import type { SigningKeyInfo } from "./types";

/** A shorter passphrase is refused (as `api::signing_key::MIN_PASSPHRASE`). */
export const PASSPHRASE_MIN = 12;

/** Every key, oldest first, with the dates it signs for (anyone signed in may read it). */
export const signingKeyList = () => call<SigningKeyInfo[]>("signing_key_list");

/**
 * Unlocks the key in use for this session; a wrong passphrase is refused with code `invalid`,
 * field `passphrase`, reason `wrong_passphrase`.
 */
export const signingKeyUnlock = (passphrase: string) =>
  call<SigningKeyInfo>("signing_key_unlock", { passphrase });

/**
 * Makes a new key and retires the one in use (which keeps verifying what it signed). The first
 * call sets up the key and its passphrase (at least `PASSPHRASE_MIN` characters); later calls
 * must give the same passphrase. The new key is unlocked for this session.
 */
export const signingKeyRotate = (passphrase: string) =>
  call<SigningKeyInfo>("signing_key_rotate", { passphrase });

/** Stops a key signing; it keeps verifying what it signed. */
export const signingKeyRetire = (keyId: string) =>
  call<SigningKeyInfo>("signing_key_retire", { keyId });

/** Seals the keys an earlier version kept in plain with the passphrase; how many were sealed. */
export const signingKeyProtect = (passphrase: string) =>
  call<number>("signing_key_protect", { passphrase });
