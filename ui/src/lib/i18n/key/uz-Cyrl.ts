import type { Plural } from "../types";
import type { enKey } from "./en";

export const uzCyrlKey: {
  [K in keyof typeof enKey]: (typeof enKey)[K] extends string ? string : Plural;
} = {
  "key.title": "Очиқ калит",
  "key.hint":
    "Сертификатларингизни исталган киши интернетсиз текшира олиши учун бу калитни эълон қилинг.",
  "key.id": "Калит идентификатори",
  "key.hex": "Очиқ калит (Ed25519, hex)",
  "key.copy": "Нусхалаш",
  "key.copied": "Нусхаланди.",
  "key.copyFailed": "Нусхалаб бўлмади; калитни белгилаб, нусхаланг.",
};
