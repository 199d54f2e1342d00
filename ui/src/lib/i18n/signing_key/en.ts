import type { Plural } from "../types";

/**
 * `signing_key.*`: the Settings panel of certificate signing keys, and the dialog that unlocks
 * the key when an action signs; spread into each locale's catalogue.
 */
export const enSigningKey = {
  "signing_key.title": "Signing keys",
  "signing_key.intro":
    "Certificates, the revocation list and backups are signed with this key. Its passphrase unlocks it once each time Malaka is opened, so whoever issues certificates must know it; if the passphrase is lost, retire the key in use and set up a new one: certificates signed with the old one still verify.",
  "signing_key.none":
    "There is no signing key yet, so certificates cannot be issued until an administrator sets one up.",
  "signing_key.noneInUse":
    "No key is in use: certificates cannot be issued until a new key is made (rotate the key).",
  "signing_key.validFrom": "Valid from {date}",
  "signing_key.inUse": "In use",
  "signing_key.retiredOn": "Retired on {date}",
  "signing_key.notInUse": "Not in use",
  "signing_key.unprotected":
    "Kept without a passphrase: anyone with a copy of the database or of a backup could sign certificates with this key.",
  "signing_key.passphrase": "Passphrase",
  "signing_key.again": "Passphrase again",
  "signing_key.passphraseHint": "At least {min} characters.",
  "signing_key.tooShort": "A passphrase needs at least {min} characters.",
  "signing_key.differ": "The two passphrases are not the same.",
  "signing_key.setup.title": "Set up the signing key",
  "signing_key.setup.hint":
    "Choose a passphrase of at least {min} characters and tell it to whoever issues certificates.",
  "signing_key.setup.save": "Set up the signing key",
  "signing_key.setup.done": "The signing key is set up and unlocked until Malaka is closed.",
  "signing_key.rotate.title": "Rotate the key",
  "signing_key.rotate.hint":
    "Makes a new key and retires the one in use, which keeps verifying what it signed. Type the signing key passphrase.",
  "signing_key.rotate.save": "Rotate the key",
  "signing_key.rotate.done":
    "Key {key_id} is in use now; certificates signed with the earlier keys still verify.",
  "signing_key.retire.button": "Retire",
  "signing_key.retire.label": "Retire key {key_id}",
  "signing_key.retire.question":
    "Retire key {key_id}? It stops signing; certificates it signed still verify.",
  "signing_key.retire.inUse":
    "It is the key in use: until a new key is made, certificates cannot be issued.",
  "signing_key.retire.confirm": "Retire the key",
  "signing_key.retire.keep": "Keep it",
  "signing_key.retire.busy": "Retiring…",
  "signing_key.retire.done": "Key {key_id} was retired.",
  "signing_key.protect.title": "Seal the keys kept without a passphrase",
  "signing_key.protect.hint": "Type the signing key passphrase to seal them with it.",
  "signing_key.protect.hintNew":
    "No key has a passphrase yet: the one you type here becomes the signing key passphrase. Type it twice, and tell it to whoever issues certificates.",
  "signing_key.protect.save": "Seal it",
  "signing_key.protect.done": {
    one: "{count} key was sealed; no copy of it without a passphrase is left in the database.",
    other:
      "{count} keys were sealed; no copy of them without a passphrase is left in the database.",
  },
  "signing_key.unlock.title": "Unlock the signing key",
  "signing_key.unlock.why":
    "Signing needs the signing key passphrase, once each time Malaka is opened. If you do not know it, ask whoever set up the key.",
  "signing_key.unlock.submit": "Unlock",
  "signing_key.unlock.busy": "Unlocking…",
} as const satisfies Record<string, string | Plural>;
