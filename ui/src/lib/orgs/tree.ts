import type { Organisation, OrgKind } from "$lib/api/types";

export type OrgNode = { org: Organisation; children: OrgNode[]; depth: number };

// Within a level: agencies and ministries first, then centres, units, and partners abroad last.
const KIND_ORDER: Record<OrgKind, number> = {
  agency: 0,
  ministry: 1,
  service_centre: 2,
  unit: 3,
  other: 4,
  partner: 5,
};

function compare(a: OrgNode, b: OrgNode): number {
  return (
    KIND_ORDER[a.org.kind] - KIND_ORDER[b.org.kind] ||
    a.org.name.localeCompare(b.org.name) ||
    a.org.id.localeCompare(b.org.id)
  );
}

/**
 * Builds the tree from the flat list by parent_id. An organisation whose parent is unknown (or
 * which would close a cycle) becomes a root, so nothing in the list is ever hidden.
 */
export function buildOrgTree(orgs: readonly Organisation[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>();
  for (const org of orgs) nodes.set(org.id, { org, children: [], depth: 0 });

  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parent_id ? nodes.get(node.org.parent_id) : undefined;
    if (parent && !isAncestor(node, parent, nodes)) parent.children.push(node);
    else roots.push(node);
  }

  const settle = (list: OrgNode[], depth: number) => {
    list.sort(compare);
    for (const n of list) {
      n.depth = depth;
      settle(n.children, depth + 1);
    }
  };
  settle(roots, 0);
  return roots;
}

/** True if `node` is `candidate` or one of its ancestors: attaching would make a cycle. */
function isAncestor(node: OrgNode, candidate: OrgNode, nodes: Map<string, OrgNode>): boolean {
  const seen = new Set<string>();
  let cur: OrgNode | undefined = candidate;
  while (cur && !seen.has(cur.org.id)) {
    if (cur === node) return true;
    seen.add(cur.org.id);
    cur = cur.org.parent_id ? nodes.get(cur.org.parent_id) : undefined;
  }
  return false;
}

/** The tree in display order, depth-first, for selects and flat lists. */
export function flattenTree(roots: readonly OrgNode[]): OrgNode[] {
  const out: OrgNode[] = [];
  const walk = (list: readonly OrgNode[]) => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(roots);
  return out;
}

/** The ids of `id` and of every organisation below it, at any depth (empty if unknown). */
export function subtreeIds(roots: readonly OrgNode[], id: string): Set<string> {
  const node = flattenTree(roots).find((n) => n.org.id === id);
  return new Set(node ? flattenTree([node]).map((n) => n.org.id) : []);
}

/** How many organisations sit below this one, at any depth. */
export function descendantCount(node: OrgNode): number {
  return node.children.reduce((sum, c) => sum + 1 + descendantCount(c), 0);
}
