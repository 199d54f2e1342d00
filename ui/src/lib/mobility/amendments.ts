// The amendments list: what changed after the visit was confirmed, in words.
import type { Amendment } from "$lib/api/types";
import { isDirection } from "./words";

/** Newest first. */
export function amendmentsNewestFirst(list: readonly Amendment[]): Amendment[] {
  return [...list].sort((a, b) => b.at.localeCompare(a.at));
}

/** How a value of an amendment reads: organisation ids named, dates and directions in words. */
export type AmendmentWords = {
  organisation: (id: string) => string;
  date: (iso: string) => string;
  direction: (d: "outgoing" | "incoming") => string;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One side (before or after) of an amendment in words; "" for none. */
export function amendmentValue(what: string, value: string | null, words: AmendmentWords): string {
  if (value === null || value === "") return "";
  if (what === "sending_org" || what === "host_org") return words.organisation(value) || value;
  if (what === "direction" && isDirection(value)) return words.direction(value);
  if (DATE.test(value)) return words.date(value);
  return value;
}
