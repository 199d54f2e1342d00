// The Mobility list's filters: as the inputs hold them, and as `visitList` takes them.
import type {
  InternshipFilter,
  InternshipStatus,
  Organisation,
  VisitDirection,
  VisitFilter,
  VisitRow,
  VisitStatus,
} from "$lib/api/types";

/** The filters as the inputs hold them: "" for "any". */
export type MobilityFilterValues = {
  direction: VisitDirection | "";
  /** The partner's country, two letters. */
  country: string;
  partner: string;
  status: VisitStatus | "";
  /** A year as text ("2027"), "" for any. */
  year: string;
};

export function defaultMobilityFilter(): MobilityFilterValues {
  return { direction: "", country: "", partner: "", status: "", year: "" };
}

/** The filter as `visitList` takes it: every "any" becomes null. */
export function mobilityFilterToApi(v: MobilityFilterValues): VisitFilter {
  const year = /^\d{4}$/.test(v.year) ? Number(v.year) : null;
  return {
    direction: v.direction === "" ? null : v.direction,
    country: v.country === "" ? null : v.country,
    partner_org_id: v.partner === "" ? null : v.partner,
    status: v.status === "" ? null : v.status,
    year,
  };
}

export function isMobilityFiltered(v: Record<keyof MobilityFilterValues, string>): boolean {
  return Object.values(v).some((x) => x !== "");
}

/** The years the year filter offers: from five years back to two ahead, the newest first. */
export function yearChoices(today: Date = new Date()): string[] {
  const now = today.getFullYear();
  return Array.from({ length: 8 }, (_, i) => String(now + 2 - i));
}

/** The countries of the organisations abroad (any but the desk's own), sorted, each once. */
export function countryChoices(orgs: readonly Organisation[]): string[] {
  const partners = orgs.filter((o) => o.kind === "partner");
  const from = partners.length > 0 ? partners : orgs;
  return [...new Set(from.map((o) => o.country.toUpperCase()))].sort();
}

/** The organisations the partner filter offers: the partners, or every one when none is. */
export function partnerChoices(orgs: readonly Organisation[]): Organisation[] {
  const partners = orgs.filter((o) => o.kind === "partner");
  return [...(partners.length > 0 ? partners : orgs)].sort((a, b) => a.name.localeCompare(b.name));
}

/** The other side of the visit: the host of an outgoing visit, the sender of an incoming one. */
export function partnerOf(row: Pick<VisitRow, "visit" | "host_org" | "sending_org">): string {
  return row.visit.direction === "outgoing" ? row.host_org : row.sending_org;
}

/** The internship list's filters as the inputs hold them: "" for "any". */
export type InternshipFilterValues = Omit<MobilityFilterValues, "status"> & {
  status: InternshipStatus | "";
};

export function defaultInternshipFilter(): InternshipFilterValues {
  return { direction: "", country: "", partner: "", status: "", year: "" };
}

/** The filter as `internshipList` takes it: every "any" becomes null. */
export function internshipFilterToApi(v: InternshipFilterValues): InternshipFilter {
  const { status, ...rest } = v;
  return { ...mobilityFilterToApi({ ...rest, status: "" }), status: status === "" ? null : status };
}
