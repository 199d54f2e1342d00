import type { Plural } from "../types";
import type { enRole } from "./en";

export const azRole: {
  [K in keyof typeof enRole]: (typeof enRole)[K] extends string ? string : Plural;
} = {
  "role.administrator": "Administrator",
  "role.hr_officer": "Kadrlar üzrə mütəxəssis",
  "role.trainer": "Təlimçi",
  "role.manager": "Rəhbər",
  "role.viewer": "Müşahidəçi",
  "role.about.administrator":
    "Hər şeyə icazəsi var: hesablar və rollar, imza açarları, ehtiyat nüsxələr və digər rolların bütün işləri.",
  "role.about.hr_officer":
    "Əməkdaşlar və təşkilatlar reyestrini aparır, proqramları, tədbirləri və məşğələləri planlaşdırır, iştirakçıları namizəd göstərir.",
  "role.about.trainer":
    "Hesab üçün seçilmiş təlimçinin məşğələlərində davamiyyəti və nəticələri qeyd edir.",
  "role.about.manager":
    "Namizədləri təsdiqləyir, davamiyyəti qeyd edir, sertifikatları verir, çap edir və ləğv edir.",
  "role.about.viewer":
    "Planlara, davamiyyətə və sertifikatlara baxır, siyahıları fayla saxlayır, amma heç nəyi dəyişmir.",
};
