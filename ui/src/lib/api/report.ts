// Reports over the register: on screen, and saved as spreadsheets.
import { call } from "./call";
import type { HoursRow, ReportFileOptions, ReportFilter } from "./types";

/** Training hours in a period and scope, grouped as the filter asks; see `HoursRow`. */
export const reportHours = (filter: ReportFilter) => call<HoursRow[]>("report_hours", { filter });

/** Saves the hours report as XLSX or CSV at `path` (chosen in the save dialog); its byte count. */
export const reportHoursFileSave = (
  filter: ReportFilter,
  options: ReportFileOptions,
  path: string,
) => call<number>("report_hours_file_save", { filter, options, path });
