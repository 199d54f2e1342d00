// The Rust types the UI uses, as ts-rs generates them into $lib/bindings (never edited by hand).

export type { OrgKind } from "$lib/bindings/OrgKind";
export type { Organisation } from "$lib/bindings/Organisation";
export type { NewOrganisation } from "$lib/bindings/NewOrganisation";
export type { Person } from "$lib/bindings/Person";
export type { NewPerson } from "$lib/bindings/NewPerson";
export type { PersonSort } from "$lib/bindings/PersonSort";
export type { PersonQuery } from "$lib/bindings/PersonQuery";
export type { PersonPage } from "$lib/bindings/PersonPage";
export type { EnrolmentRole } from "$lib/bindings/EnrolmentRole";
export type { EnrolmentStatus } from "$lib/bindings/EnrolmentStatus";
export type { Enrolment } from "$lib/bindings/Enrolment";
export type { PersonDetail } from "$lib/bindings/PersonDetail";
export type { Stats } from "$lib/bindings/Stats";
export type { DemoSummary } from "$lib/bindings/DemoSummary";
export type { ImportPreview } from "$lib/bindings/ImportPreview";
export type { ImportInput } from "$lib/bindings/ImportInput";
export type { ImportProgress } from "$lib/bindings/ImportProgress";
export type { ColumnMapping } from "$lib/bindings/ColumnMapping";
export type { Problem } from "$lib/bindings/Problem";
export type { ImportReport } from "$lib/bindings/ImportReport";
