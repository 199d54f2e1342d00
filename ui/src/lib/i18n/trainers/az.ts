import type { Plural } from "../types";
import type { enTrainers } from "./en";

export const azTrainers: {
  [K in keyof typeof enTrainers]: (typeof enTrainers)[K] extends string ? string : Plural;
} = {
  "trainers.title": "Təlimçilər",
  "trainers.intro":
    "Məşğələləri aparan reyestrdəki əməkdaşlar və kənar ekspertlər. Məşğələlər bu siyahıdakı təlimçilərlə planlaşdırılır.",
  "trainers.add": "Təlimçi əlavə et",
  "trainers.empty":
    "Hələ təlimçi yoxdur. Onlarla məşğələ planlaşdırmaq üçün ilk təlimçini əlavə edin.",
  "trainers.listLabel": "Təlimçilər",
  "trainers.editOf": "Təlimçini redaktə et: {name}",
  "trainers.formNew": "Yeni təlimçi",
  "trainers.formEdit": "Təlimçinin redaktəsi: {name}",
  "trainers.kind": "Məşğələləri kim aparır",
  "trainers.kind.staff": "Reyestrdəki əməkdaş",
  "trainers.kind.external": "Kənar təlimçi",
  "trainers.staff": "Əməkdaş",
  "trainers.external": "Kənar",
  "trainers.field.person": "Əməkdaş",
  "trainers.field.name": "Tam S.A.A.",
  "trainers.field.affiliation": "İş yeri",
  "trainers.field.expertise": "İxtisas sahəsi",
  "trainers.personHint":
    "Adın bir hissəsini latın və ya kiril əlifbası ilə yazın, sonra əməkdaşı seçin.",
  "trainers.fromRegister": "S.A.A. reyestrdən götürülür.",
  "trainers.results": "Tapılan əməkdaşlar",
  "trainers.noMatch": "Reyestrdə uyğun əməkdaş tapılmadı.",
  "trainers.another": "Başqasını seç",
  "trainers.pickPerson": "Reyestrdən əməkdaş seçin.",
  "trainers.affiliationHint": "Təlimçinin işlədiyi yer, məsələn universitet və ya nazirlik.",
  "trainers.expertiseHint": "Nəyi tədris edir, məsələn dövlət qulluğu etikası.",
  "trainers.saved": "Təlimçi {name} yadda saxlanıldı.",
};
