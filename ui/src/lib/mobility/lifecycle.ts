// Where a visit may go next, on each side, as `core/src/visit_lifecycle.rs` has it: the screens
// offer only these steps (the server checks them again).
import type { HostStatus, Visit, VisitStatus } from "$lib/api/types";

/** One step the sender may take: `blocked` while the host has not accepted a confirmation. */
export type SenderStep = {
  to: VisitStatus;
  /** Cancelling says why. */
  needsReason: boolean;
  /** Offered but not possible yet: a visit is confirmed only once its host has accepted. */
  blocked: boolean;
};

/** One answer the host may give: declining says why. */
export type HostStep = { to: HostStatus; needsReason: boolean };

const NEXT: Record<VisitStatus, readonly VisitStatus[]> = {
  draft: ["proposed", "cancelled"],
  proposed: ["confirmed", "draft", "cancelled"],
  confirmed: ["under_way", "cancelled"],
  under_way: ["completed", "cancelled"],
  completed: [],
  cancelled: [],
};

/**
 * The sender's next steps, in the order the buttons stand: the step forward first, then back to
 * draft, cancelling last.
 */
export function senderSteps(v: Pick<Visit, "status" | "host_status">): SenderStep[] {
  return NEXT[v.status].map((to) => ({
    to,
    needsReason: to === "cancelled",
    blocked: to === "confirmed" && v.host_status !== "accepted",
  }));
}

/**
 * The host's possible answers: to a proposal, accepted or declined; an acceptance may be
 * withdrawn (declined) until the visit is under way; a refusal may be turned into an acceptance
 * while the visit is still proposed.
 */
export function hostSteps(v: Pick<Visit, "status" | "host_status">): HostStep[] {
  const to: HostStatus[] =
    v.host_status === "pending"
      ? v.status === "proposed"
        ? ["accepted", "declined"]
        : []
      : v.host_status === "accepted"
        ? v.status === "proposed" || v.status === "confirmed"
          ? ["declined"]
          : []
        : v.status === "proposed"
          ? ["accepted"]
          : [];
  return to.map((s) => ({ to: s, needsReason: s === "declined" }));
}

/** Once both sides agreed (confirmed, under way, completed) every change says why. */
export function needsAmendment(status: VisitStatus): boolean {
  return status === "confirmed" || status === "under_way" || status === "completed";
}

/** A cancelled visit changes no more. */
export function isClosed(status: VisitStatus): boolean {
  return status === "cancelled";
}

/** Only a visit under way or completed has a report written. */
export function takesReport(status: VisitStatus): boolean {
  return status === "under_way" || status === "completed";
}

/**
 * The days the visit takes (ISO): what happened once both actual dates are known, else the plan
 * (from the actual start when only that is known), as the server reckons them.
 */
export function visitSpan(
  v: Pick<Visit, "planned_start" | "planned_end" | "actual_start" | "actual_end">,
): { from: string; to: string } {
  if (v.actual_start && v.actual_end) return { from: v.actual_start, to: v.actual_end };
  if (v.actual_start) {
    const to = v.planned_end > v.actual_start ? v.planned_end : v.actual_start;
    return { from: v.actual_start, to };
  }
  return { from: v.planned_start, to: v.planned_end };
}
