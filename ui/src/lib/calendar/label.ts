// The period's label in the toolbar, with the date formatter of the UI locale passed in.
import { addDays, periodBounds, type Day, type View } from "./days";

export type DateFormat = (day: Day, pattern: string) => string;

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** "10–16 March 2025", "31 March – 6 April 2025", "March 2025", "2025". */
export function periodLabel(view: View, anchor: Day, format: DateFormat): string {
  switch (view) {
    case "week": {
      const { from, to } = periodBounds("week", anchor);
      const last = addDays(to, -1);
      if (from.slice(0, 4) !== last.slice(0, 4)) {
        return `${format(from, "d MMMM yyyy")} – ${format(last, "d MMMM yyyy")}`;
      }
      if (from.slice(0, 7) === last.slice(0, 7)) {
        return `${format(from, "d")}–${format(last, "d MMMM yyyy")}`;
      }
      return `${format(from, "d MMMM")} – ${format(last, "d MMMM yyyy")}`;
    }
    case "month":
      return capitalise(format(anchor, "LLLL yyyy"));
    case "year":
      return anchor.slice(0, 4);
  }
}

/** A zone's city as its name reads, "Asia/Tashkent" → "Tashkent". */
export function zoneCity(zone: string): string {
  return (zone.split("/").pop() ?? zone).replace(/_/g, " ");
}
