import type { Organisation } from "$lib/api/types";
import { buildOrgTree, flattenTree } from "./tree";

export type OrgOption = { id: string; label: string; depth: number; org: Organisation };

/**
 * Organisations for a select, in tree order, indented by depth with no-break spaces (a select
 * option cannot hold markup).
 */
export function orgOptions(
  list: readonly Organisation[],
  keep: (o: Organisation) => boolean = () => true,
): OrgOption[] {
  return flattenTree(buildOrgTree(list))
    .filter((n) => keep(n.org))
    .map((n) => ({
      id: n.org.id,
      depth: n.depth,
      org: n.org,
      label: "\u00a0\u00a0\u00a0".repeat(n.depth) + n.org.name,
    }));
}
