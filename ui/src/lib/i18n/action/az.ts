import type { Plural } from "../types";
import type { enAction } from "./en";

export const azAction: {
  [K in keyof typeof enAction]: (typeof enAction)[K] extends string ? string : Plural;
} = {
  "action.read": "reyestrə baxış",
  "action.person_edit": "əməkdaşların əlavə edilməsi və redaktəsi",
  "action.organisation_edit": "təşkilatların əlavə edilməsi və redaktəsi",
  "action.plan_edit": "proqramların, tədbirlərin və məşğələlərin planlaşdırılması",
  "action.nominate": "iştirakçıların namizəd göstərilməsi",
  "action.approve": "namizədlərin təsdiqlənməsi",
  "action.attend": "davamiyyətin və nəticələrin qeydi",
  "action.certificate_issue": "sertifikatların verilməsi",
  "action.certificate_revoke": "sertifikatların ləğvi",
  "action.certificate_print": "sertifikatların çapı",
  "action.export": "siyahıların fayla saxlanması",
  "action.account_manage": "hesabların idarə edilməsi",
  "action.key_manage": "imza açarlarının idarə edilməsi",
  "action.maintain": "reyestrin ehtiyat nüsxəsinin çıxarılması və bərpası",
  "action.mobility_edit": "tanışlıq səfərlərinin təşkili",
  "action.travel_documents": "pasport və vizalara baxış və onların qeydiyyatı",
};
