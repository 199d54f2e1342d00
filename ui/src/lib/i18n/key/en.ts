import type { Plural } from "../types";

/** `key.*`: the signing key panel; spread into each locale's catalogue. */
export const enKey = {
  "key.title": "Public key",
  "key.hint": "Publish this key so that anyone can verify your certificates offline.",
  "key.id": "Key id",
  "key.hex": "Public key (Ed25519, hex)",
  "key.copy": "Copy",
  "key.copied": "Copied.",
  "key.copyFailed": "Could not copy; select the key and copy it.",
} as const satisfies Record<string, string | Plural>;
