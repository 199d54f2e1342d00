import type { Plural } from "../types";
import type { enRoll } from "./en";

export const uzCyrlRoll: {
  [K in keyof typeof enRoll]: (typeof enRoll)[K] extends string ? string : Plural;
} = {
  "roll.markAll": "Белгиланмаганларнинг ҳаммасини «келди» деб белгилаш",
  "roll.undo": "Бекор қилиш",
  "roll.print": "Рўйхатга олиш варақасини чоп этиш",
  "roll.printing": "Варақа тайёрланмоқда…",
  "roll.openActivity": "Бутун тадбир ва якун",
  "roll.sheetDialog": "Рўйхатга олиш варақасини сақлаш",
  "roll.sheetFilter": "PDF ҳужжатлар",
  "roll.sheetFile": "рўйхатга олиш варақаси",
  "roll.sheetSaved": "Варақа сақланди: {path}",
  "roll.gridLabel": "Давомат",
  "roll.person": "Ф.И.Ш.",
  "roll.keys":
    "Тугмалар: P — келди, L — кечикди, A — келмади, E — сабабли (курсор пастга тушади); Delete — тозалаш; стрелкалар — ҳаракат; Enter — батафсил; Ctrl+Z — бекор қилиш.",
  "roll.noPeople": "Ҳозирча ҳеч ким ёзилмаган.",
  "roll.noSessions": "Режалаштирилган машғулот йўқ.",
  "roll.locked": "{number} рақамли сертификат билан қулфланган",
  "roll.othersSession":
    "Бу давомат бошқа тренернинг машғулотига тегишли: белгиларни кўришингиз мумкин, лекин ўзгартира олмайсиз.",
  "roll.othersSessions":
    "Бошқа тренер ўтказадиган машғулотлар бу ерда фақат кўриш учун: уларнинг белгиларини кўришингиз мумкин, лекин ўзгартира олмайсиз.",
  "roll.staleReloaded":
    "Давомат бошқа ўзгаришлар билан қайта юкланди; керак бўлса, ўзгаришларингизни қайтадан киритинг.",
  "roll.rolledBack": "Сўнгги ўзгаришлар сақланмади ва бекор қилинди.",
};
