import type { Plural } from "../types";
import type { enAction } from "./en";

export const uzCyrlAction: {
  [K in keyof typeof enAction]: (typeof enAction)[K] extends string ? string : Plural;
} = {
  "action.read": "реестрни кўриш",
  "action.person_edit": "ходимларни қўшиш ва таҳрирлаш",
  "action.organisation_edit": "ташкилотларни қўшиш ва таҳрирлаш",
  "action.plan_edit": "дастурлар, тадбирлар ва машғулотларни режалаштириш",
  "action.nominate": "иштирокчиларни номзод қилиб кўрсатиш",
  "action.approve": "номзодларни тасдиқлаш",
  "action.attend": "давомат ва натижаларни қайд этиш",
  "action.certificate_issue": "сертификатларни бериш",
  "action.certificate_revoke": "сертификатларни бекор қилиш",
  "action.certificate_print": "сертификатларни чоп этиш",
  "action.export": "рўйхатларни файлга сақлаш",
  "action.account_manage": "ҳисоб қайдномаларини бошқариш",
  "action.key_manage": "имзо калитларини бошқариш",
  "action.maintain": "реестрнинг захира нусхасини олиш ва тиклаш",
  "action.mobility_edit": "танишув ташрифларини ташкил этиш",
  "action.travel_documents": "паспорт ва визаларни кўриш ва қайд этиш",
};
