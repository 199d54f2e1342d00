import type { Organisation } from "$lib/api/types";
import { buildOrgTree, flattenTree, subtreeIds } from "./tree";

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

/**
 * Where an organisation may be placed: any other one but its own units, at any depth (the
 * server refuses those with `parent_within`). A new organisation (`id` null) may go anywhere.
 */
export function parentOptions(list: readonly Organisation[], id: string | null): OrgOption[] {
  const within = id ? subtreeIds(buildOrgTree(list), id) : new Set<string>();
  return orgOptions(list, (o) => !within.has(o.id));
}
