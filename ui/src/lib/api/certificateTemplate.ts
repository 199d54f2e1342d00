// An organisation's certificate design: its own template and a sample printed with it.
import { call } from "./call";
import type { TemplateInfo } from "./types";

/** Where an organisation's own template lives (`org`: id or short code) and whether it exists. */
export const certificateTemplateInfo = (org: string) =>
  call<TemplateInfo>("certificate_template_info", { org });

/** Copies the default template into the organisation's folder (refused if one is there). */
export const certificateTemplateCopy = (org: string) =>
  call<TemplateInfo>("certificate_template_copy", { org });

/**
 * A sample certificate in the organisation's template and logo as a PNG `data:` URL; a template
 * error comes back as code `invalid`, field `template`, reason `template` with typst's
 * `file:line:column: …` as its detail.
 */
export const certificateTemplatePicture = (org: string, locale: string, also: string | null) =>
  call<string>("certificate_template_picture", { org, locale, also });
