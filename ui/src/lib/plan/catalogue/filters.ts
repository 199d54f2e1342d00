import { format, subDays } from "date-fns";
import type { ActivityFilter, ActivityKind, ActivityStatus } from "$lib/api/types";

/** How many activities one list shows at most. */
export const ACTIVITY_LIST_LIMIT = 500;

/** How far back the list looks by default. */
export const DEFAULT_LOOKBACK_DAYS = 30;

/** The activity list's filters as the inputs hold them: "" for "any". */
export type ActivityFilterValues = {
  from: string;
  to: string;
  kind: ActivityKind | "";
  status: ActivityStatus | "";
  organisation: string;
};

/** A local calendar day as YYYY-MM-DD. */
export const isoDay = (d: Date): string => format(d, "yyyy-MM-dd");

/** From 30 days before `today`, open-ended, every kind, status and organisation. */
export function defaultActivityFilter(today: Date = new Date()): ActivityFilterValues {
  return {
    from: isoDay(subDays(today, DEFAULT_LOOKBACK_DAYS)),
    to: "",
    kind: "",
    status: "",
    organisation: "",
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dayOrNull = (s: string): string | null => (DATE.test(s.trim()) ? s.trim() : null);

/** The filter as `activityList` takes it: every "any" (or half-typed date) becomes null. */
export function filterToApi(v: ActivityFilterValues, limit = ACTIVITY_LIST_LIMIT): ActivityFilter {
  return {
    from: dayOrNull(v.from),
    to: dayOrNull(v.to),
    kind: v.kind === "" ? null : v.kind,
    status: v.status === "" ? null : v.status,
    organisation_id: v.organisation === "" ? null : v.organisation,
    limit,
  };
}

/** True when the filters differ from the defaults for `today`. */
export function isFiltered(v: ActivityFilterValues, today: Date = new Date()): boolean {
  const d = defaultActivityFilter(today);
  return (Object.keys(d) as (keyof ActivityFilterValues)[]).some((k) => v[k] !== d[k]);
}
