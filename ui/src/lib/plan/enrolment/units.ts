import type { Organisation } from "$lib/api/types";
import { orgOptions, type OrgOption } from "$lib/orgs/options";

export type UnitOption = OrgOption & { pickable: boolean };

/**
 * The choices of "nominate a whole unit": every unit, indented under its parents in tree order.
 * Parents that are not units are listed (not pickable) so the units read in context; branches
 * without a unit are left out.
 */
export function unitOptions(list: readonly Organisation[]): UnitOption[] {
  const byId = new Map(list.map((o) => [o.id, o]));
  const shown = new Set<string>();
  for (const o of list) {
    if (o.kind !== "unit") continue;
    let cur: Organisation | undefined = o;
    while (cur && !shown.has(cur.id)) {
      shown.add(cur.id);
      cur = cur.parent_id ? byId.get(cur.parent_id) : undefined;
    }
  }
  return orgOptions(list, (o) => shown.has(o.id)).map((opt) => ({
    ...opt,
    pickable: opt.org.kind === "unit",
  }));
}
