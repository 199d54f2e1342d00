// The values a visit's lists hold, in the order the screens offer them, and the catalogue keys
// that name them (`visit.state.*`, `visit.host.*`, … — one list each, see catalogue.test.ts).
import type {
  DelegationRole,
  HostStatus,
  TravelMode,
  VisaStatus,
  VisitDirection,
  VisitStatus,
} from "$lib/api/types";
import type { TextKey } from "$lib/i18n/catalogue";

/** The sender's statuses in lifecycle order, cancelled last. */
export const VISIT_STATUSES = [
  "draft",
  "proposed",
  "confirmed",
  "under_way",
  "completed",
  "cancelled",
] as const satisfies readonly VisitStatus[];

export const HOST_STATUSES = [
  "pending",
  "accepted",
  "declined",
] as const satisfies readonly HostStatus[];

export const DIRECTIONS = ["outgoing", "incoming"] as const satisfies readonly VisitDirection[];

export const DELEGATION_ROLES = [
  "head",
  "member",
  "interpreter",
  "coordinator",
] as const satisfies readonly DelegationRole[];

/** A visa's path, in the order it is usually walked. */
export const VISA_STATUSES = [
  "not_needed",
  "documents_requested",
  "applied",
  "issued",
  "refused",
] as const satisfies readonly VisaStatus[];

export const TRAVEL_MODES = [
  "flight",
  "train",
  "bus",
  "car",
  "other",
] as const satisfies readonly TravelMode[];

export const visitStatusKey = (s: VisitStatus): TextKey => `visit.state.${s}`;
export const hostStatusKey = (s: HostStatus): TextKey => `visit.host.${s}`;
export const directionKey = (d: VisitDirection): TextKey => `visit.direction.${d}`;
export const roleKey = (r: DelegationRole): TextKey => `visit.role.${r}`;
export const visaKey = (v: VisaStatus): TextKey => `visit.visa.${v}`;
export const modeKey = (m: TravelMode): TextKey => `visit.mode.${m}`;

export function isVisitStatus(value: string): value is VisitStatus {
  return (VISIT_STATUSES as readonly string[]).includes(value);
}

export function isHostStatus(value: string): value is HostStatus {
  return (HOST_STATUSES as readonly string[]).includes(value);
}

export function isDirection(value: string): value is VisitDirection {
  return (DIRECTIONS as readonly string[]).includes(value);
}
