import type { Plural } from "../types";
import type { enAction } from "./en";

export const uzLatnAction: {
  [K in keyof typeof enAction]: (typeof enAction)[K] extends string ? string : Plural;
} = {
  "action.read": "reyestrni koʻrish",
  "action.person_edit": "xodimlarni qoʻshish va tahrirlash",
  "action.organisation_edit": "tashkilotlarni qoʻshish va tahrirlash",
  "action.plan_edit": "dasturlar, tadbirlar va mashgʻulotlarni rejalashtirish",
  "action.nominate": "ishtirokchilarni nomzod qilib koʻrsatish",
  "action.approve": "nomzodlarni tasdiqlash",
  "action.attend": "davomat va natijalarni qayd etish",
  "action.certificate_issue": "sertifikatlarni berish",
  "action.certificate_revoke": "sertifikatlarni bekor qilish",
  "action.certificate_print": "sertifikatlarni chop etish",
  "action.export": "roʻyxatlarni faylga saqlash",
  "action.account_manage": "hisob qaydnomalarini boshqarish",
  "action.key_manage": "imzo kalitlarini boshqarish",
  "action.maintain": "reyestrning zaxira nusxasini olish va tiklash",
  "action.mobility_edit": "tanishuv tashriflarini tashkil etish",
  "action.travel_documents": "pasport va vizalarni koʻrish va qayd etish",
};
