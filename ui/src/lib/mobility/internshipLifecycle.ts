// Where a placement may go next, as `core/src/internship_lifecycle.rs` has it: the screens offer
// only these steps (the server checks them again).
import type { Internship, InternshipStatus } from "$lib/api/types";

/** One step an officer may take. */
export type InternshipStep = {
  to: InternshipStatus;
  /** Withdrawing says why. */
  needsReason: boolean;
  /**
   * Why the step is offered but not possible yet: a placement is agreed only with its mentor and
   * at least one learning objective (the server's reasons, to be worded by the catalogue).
   */
  blocked: "mentor_required" | "objectives_required" | null;
};

const NEXT: Record<InternshipStatus, readonly InternshipStatus[]> = {
  proposed: ["host_accepted", "withdrawn"],
  host_accepted: ["agreed", "proposed", "withdrawn"],
  agreed: ["under_way", "withdrawn"],
  under_way: ["withdrawn"],
  evaluated: ["closed", "withdrawn"],
  closed: [],
  withdrawn: [],
};

/**
 * The next steps, in the order the buttons stand: the step forward first, then back to proposed,
 * withdrawing last. `evaluated` is never offered: it comes with the final evaluation.
 */
export function internshipSteps(
  i: Pick<Internship, "status" | "mentor" | "objectives">,
): InternshipStep[] {
  return NEXT[i.status].map((to) => ({
    to,
    needsReason: to === "withdrawn",
    blocked:
      to !== "agreed"
        ? null
        : i.mentor === null
          ? "mentor_required"
          : i.objectives.length === 0
            ? "objectives_required"
            : null,
  }));
}

/** Once agreed, every change to the plan says why and is kept as an amendment. */
export function internshipNeedsAmendment(status: InternshipStatus): boolean {
  return (
    status === "agreed" || status === "under_way" || status === "evaluated" || status === "closed"
  );
}

/** A closed or withdrawn placement changes no more. */
export function internshipIsOpen(status: InternshipStatus): boolean {
  return status !== "closed" && status !== "withdrawn";
}

/**
 * Whether the placement is running: weeks and days are recorded, the mentor evaluates (a final
 * evaluation may be corrected until the placement is closed) and the intern reports.
 */
export function internshipIsRunning(status: InternshipStatus): boolean {
  return status === "under_way" || status === "evaluated";
}

/** A certificate of internship is issued once evaluated (or closed after that). */
export function takesCertificate(status: InternshipStatus): boolean {
  return status === "evaluated" || status === "closed";
}

/**
 * The placement's days (ISO): what happened once both actual dates are known, else the plan
 * (from the actual start when only that is known), as the server reckons them.
 */
export function placementSpan(
  i: Pick<Internship, "planned_start" | "planned_end" | "actual_start" | "actual_end">,
): { from: string; to: string } {
  if (i.actual_start && i.actual_end) return { from: i.actual_start, to: i.actual_end };
  if (i.actual_start) {
    const to = i.planned_end > i.actual_start ? i.planned_end : i.actual_start;
    return { from: i.actual_start, to };
  }
  return { from: i.planned_start, to: i.planned_end };
}
