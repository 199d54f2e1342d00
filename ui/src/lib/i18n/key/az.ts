import type { Plural } from "../types";
import type { enKey } from "./en";

export const azKey: {
  [K in keyof typeof enKey]: (typeof enKey)[K] extends string ? string : Plural;
} = {
  "key.title": "Açıq açar",
  "key.hint": "Hər kəsin sertifikatlarınızı internetsiz yoxlaya bilməsi üçün bu açarı dərc edin.",
  "key.id": "Açar identifikatoru",
  "key.hex": "Açıq açar (Ed25519, hex)",
  "key.copy": "Kopyala",
  "key.copied": "Kopyalandı.",
  "key.copyFailed": "Kopyalamaq alınmadı; açarı seçib kopyalayın.",
};
