import type { Plural } from "../types";
import type { enKey } from "./en";

export const uzLatnKey: {
  [K in keyof typeof enKey]: (typeof enKey)[K] extends string ? string : Plural;
} = {
  "key.title": "Ochiq kalit",
  "key.hint":
    "Sertifikatlaringizni istalgan kishi internetsiz tekshira olishi uchun bu kalitni eʼlon qiling.",
  "key.id": "Kalit identifikatori",
  "key.hex": "Ochiq kalit (Ed25519, hex)",
  "key.copy": "Nusxalash",
  "key.copied": "Nusxalandi.",
  "key.copyFailed": "Nusxalab boʻlmadi; kalitni belgilab, nusxalang.",
};
