// Organisations, programmes and report rows as the server sends them, for the Reports tests.
import type { HoursRow, Organisation, PersonIdentity, Programme } from "$lib/api/types";

const org = (
  id: string,
  name: string,
  parent_id: string | null,
  kind: Organisation["kind"],
  country = "UZ",
): Organisation => ({
  id,
  name,
  short_code: null,
  country,
  kind,
  parent_id,
  created_at: "2025-01-01T00:00:00Z",
});

/** An agency with two units, and a partner abroad. */
export const ORGS: Organisation[] = [
  org("o-dxa", "Davlat xizmatlari agentligi", null, "agency"),
  org("u-hr", "Kadrlar boʻlimi", "o-dxa", "unit"),
  org("u-it", "Axborot texnologiyalari boʻlimi", "o-dxa", "unit"),
  org("o-asan", "ASAN xidmət", null, "partner", "AZ"),
];

export function programme(over: Partial<Programme> = {}): Programme {
  return {
    id: "p1",
    code: "P-01",
    title: "Public service ethics",
    objectives: null,
    planned_hours: 24,
    language: "uz-Latn",
    archived: false,
    ...over,
  };
}

export function hoursRow(over: Partial<HoursRow> = {}): HoursRow {
  return {
    key: "u-hr",
    label: "Kadrlar boʻlimi",
    person: null,
    people: 12,
    sessions: 96,
    hours: 1234.5,
    planned_hours: 1500,
    ...over,
  };
}

/** A row of the report grouped by person. */
export function personRow(
  id: string,
  name: string,
  who: Partial<PersonIdentity> = {},
  over: Partial<HoursRow> = {},
): HoursRow {
  return hoursRow({
    key: id,
    label: name,
    person: {
      personnel_number: "T-0042",
      organisation: "Davlat xizmatlari agentligi",
      unit: "Kadrlar boʻlimi",
      position: "Bosh mutaxassis",
      ...who,
    },
    people: 1,
    sessions: 8,
    hours: 14,
    planned_hours: 16,
    ...over,
  });
}
