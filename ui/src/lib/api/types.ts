// Temporary mirrors of the Rust types until ts-rs writes them into $lib/bindings/.
// Each shape follows src-tauri/crates/core/src/model.rs and crates/api; keep them identical.

export type OrgKind = "agency" | "service_centre" | "ministry" | "partner" | "unit" | "other";

export type Organisation = {
  id: string;
  name: string;
  short_code: string | null;
  country: string;
  kind: OrgKind;
  parent_id: string | null;
  created_at: string;
};

export type NewOrganisation = {
  name: string;
  short_code?: string | null;
  country: string;
  kind: OrgKind;
  parent_id?: string | null;
};

export type Person = {
  id: string;
  family_name: string;
  given_name: string;
  patronymic: string | null;
  family_name_alt: string | null;
  given_name_alt: string | null;
  patronymic_alt: string | null;
  organisation_id: string;
  unit_id: string | null;
  personnel_number: string | null;
  position: string | null;
  email: string | null;
  phone: string | null;
  birth_date: string | null;
  created_at: string;
};

export type NewPerson = {
  family_name: string;
  given_name: string;
  patronymic?: string | null;
  family_name_alt?: string | null;
  given_name_alt?: string | null;
  patronymic_alt?: string | null;
  organisation_id: string;
  unit_id?: string | null;
  personnel_number?: string | null;
  position?: string | null;
  email?: string | null;
  phone?: string | null;
  birth_date?: string | null;
};

export type PersonSort = "name" | "personnel_number" | "newest";

export type PersonQuery = {
  search?: string | null;
  organisation_id?: string | null;
  sort?: PersonSort;
  offset: number;
  limit: number;
};

export type PersonPage = { total: number; offset: number; rows: Array<Person> };

export type EnrolmentRole = "participant" | "trainer" | "speaker" | "delegate" | "intern";
export type EnrolmentStatus =
  "nominated" | "approved" | "enrolled" | "waitlisted" | "cancelled" | "completed";

export type Enrolment = {
  id: string;
  activity_id: string;
  person_id: string;
  role: EnrolmentRole;
  status: EnrolmentStatus;
  reason: string | null;
  created_at: string;
  updated_at: string;
};

export type PersonDetail = {
  person: Person;
  display_name: string;
  organisation: string;
  unit: string | null;
  enrolments: Array<Enrolment>;
};

export type Stats = {
  organisations: number;
  people: number;
  activities: number;
  sessions: number;
  marks: number;
  audit_entries: number;
};

export type DemoSummary = {
  organisations: number;
  people: number;
  activities: number;
  sessions: number;
  marks: number;
};

export type ImportPreview = {
  file: string;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  rows: number;
  headers: Array<string>;
  sample: Array<Array<string>>;
  mapping: Array<string | null>;
  fields: Array<string>;
};

export type ImportInput = {
  path: string;
  mapping?: Array<string | null> | null;
  organisation_id?: string | null;
  dry_run: boolean;
  force: boolean;
};

export type ImportProgress = { done: number; total: number };
export type ColumnMapping = { column: string; field: string | null };
export type Problem = { row: number; column: string; message: string };

export type ImportReport = {
  file: string;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  sha256: string;
  rows: number;
  mapping: Array<ColumnMapping>;
  problems: Array<Problem>;
  imported: number;
  dry_run: boolean;
};
