// The audit log: who did what to which record, and when; on screen a page at a time, and saved
// as a spreadsheet.
import type { AuditFacets } from "$lib/bindings/AuditFacets";
import type { AuditFilter } from "$lib/bindings/AuditFilter";
import type { AuditPage } from "$lib/bindings/AuditPage";
import { call } from "./call";
import type { FileToken } from "./dialog";

export type { AuditEntry } from "$lib/bindings/AuditEntry";
export type { AuditFacets } from "$lib/bindings/AuditFacets";
export type { AuditFilter } from "$lib/bindings/AuditFilter";
export type { AuditPage } from "$lib/bindings/AuditPage";

/** A page of the log, newest first, as the filter narrows it; `more` when older lines match too. */
export const auditPage = (filter: AuditFilter) => call<AuditPage>("audit_page", { filter });

/** The names that acted, the actions and the kinds of record the log holds: the filters' choices. */
export const auditFacets = () => call<AuditFacets>("audit_facets");

/**
 * Saves every line the filter keeps (its page ignored) as XLSX or CSV in `locale` to the file
 * picked in the save dialog; its byte count. The export is itself audited.
 */
export const auditFileSave = (
  filter: AuditFilter,
  format: "xlsx" | "csv",
  locale: string,
  file: FileToken,
) => call<number>("audit_file_save", { filter, format, locale, path: file });
