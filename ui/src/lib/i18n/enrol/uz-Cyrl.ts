import type { Plural } from "../types";
import type { enEnrol } from "./en";

export const uzCyrlEnrol: {
  [K in keyof typeof enEnrol]: (typeof enEnrol)[K] extends string ? string : Plural;
} = {
  "enrol.title": "Иштирокчилар",
  "enrol.seats": "{capacity} ўриндан {taken} таси банд",
  "enrol.seatsUnlimited": "Ёзилган: {taken}, ўринлар чекланмаган",
  "enrol.seatsFull": "Барча ўринлар банд: энди тасдиқланганлар кутиш рўйхатига тушади.",
  "enrol.nominate.title": "Номзод кўрсатиш",
  "enrol.nominate.role": "Роли",
  "enrol.nominate.roleSeat":
    "Иштирокчи, делегат ва стажёрлар тасдиқланишини кутади, сўнг ўрин олади ёки кутиш рўйхатига тушади.",
  "enrol.nominate.roleNoSeat": "Тренер ва маърузачилар дарҳол ёзилади ва ўрин эгалламайди.",
  "enrol.nominate.search": "Ходимларни топиш",
  "enrol.nominate.searchPlaceholder": "Ф.И.Ш. ёки табель рақами",
  "enrol.nominate.searching": "Қидирилмоқда…",
  "enrol.nominate.noMatch": "Ҳеч ким топилмади.",
  "enrol.nominate.capped":
    "{total} тадан фақат биринчи {limit} таси кўрсатилган; қидирувни аниқлаштиринг.",
  "enrol.nominate.results": "Топилган ходимлар",
  "enrol.nominate.pick": "Танлаш: {name}",
  "enrol.nominate.already": "Тадбирда бор: {status}",
  "enrol.nominate.selected": {
    one: "Танланганларни номзод қилиш ({count})",
    other: "Танланганларни номзод қилиш ({count})",
  },
  "enrol.nominate.nominating": "Номзод кўрсатилмоқда…",
  "enrol.nominate.unit": "Бутун бўлинма",
  "enrol.nominate.unitChoose": "Бўлинмани танланг",
  "enrol.nominate.unitHint": "Бўлинма ва унинг таркибидаги бўлинмалардаги барча ходимлар.",
  "enrol.nominate.unitGo": "Бўлинмани номзод қилиш",
  "enrol.nominate.noUnits": "Ҳали бўлинмалар киритилмаган.",
  "enrol.report.nominated": {
    one: "{count} киши номзод қилиб кўрсатилди.",
    other: "{count} киши номзод қилиб кўрсатилди.",
  },
  "enrol.report.atOnce": {
    one: "{count} киши дарҳол, ўринсиз ёзилди.",
    other: "{count} киши дарҳол, ўринсиз ёзилди.",
  },
  "enrol.report.skipped": {
    one: "{count} киши тадбирда аллақачон бор: {names}",
    other: "{count} киши тадбирда аллақачон бор: {names}",
  },
  "enrol.report.skippedName": "{name} ({status})",
  "enrol.pending.title": "Тасдиқлашни кутмоқда",
  "enrol.pending.empty": "Тасдиқлашни кутаётган номзодлар йўқ.",
  "enrol.pending.selectAll": "Барча номзодларни танлаш",
  "enrol.select": "Танлаш: {name}",
  "enrol.nominatedOn": "номзод: {date}",
  "enrol.approveSelected": {
    one: "Танланганларни тасдиқлаш ({count})",
    other: "Танланганларни тасдиқлаш ({count})",
  },
  "enrol.approveAll": {
    one: "Ҳаммасини тасдиқлаш ({count})",
    other: "Ҳаммасини тасдиқлаш ({count})",
  },
  "enrol.approving": "Тасдиқланмоқда…",
  "enrol.declineSelected": {
    one: "Танланганларни рад этиш ({count})",
    other: "Танланганларни рад этиш ({count})",
  },
  "enrol.declineReason": "Нега рад этилмоқда?",
  "enrol.declineHint": "Сабаб ҳар бир рад этилган номзодликда сақланади.",
  "enrol.reasonRequired": "Сабабини ёзинг.",
  "enrol.declineConfirm": {
    one: "{count} та номзодни рад этиш",
    other: "{count} та номзодни рад этиш",
  },
  "enrol.declining": "Рад этилмоқда…",
  "enrol.report.seated": {
    one: "{count} киши ўрин олди.",
    other: "{count} киши ўрин олди.",
  },
  "enrol.report.waitlisted": {
    one: "{count} киши кутиш рўйхатига тушди.",
    other: "{count} киши кутиш рўйхатига тушди.",
  },
  "enrol.report.declined": {
    one: "{count} та номзод рад этилди.",
    other: "{count} та номзод рад этилди.",
  },
  "enrol.enrolled.title": "Рўйхатга олинганлар",
  "enrol.enrolled.empty": "Ҳали ҳеч ким ёзилмаган.",
  "enrol.noSeat": "ўринсиз",
  "enrol.waitlist.title": "Кутиш рўйхати",
  "enrol.waitlist.hint": "Навбат тартибида: биринчи турган кейинги бўшаган ўринни олади.",
  "enrol.waitlist.empty": "Ҳеч ким кутмаяпти.",
  "enrol.closed.title": {
    one: "Рад этилган ёки бекор қилинган: {count}",
    other: "Рад этилган ёки бекор қилинган: {count}",
  },
  "enrol.reason": "Сабаб: {reason}",
  "enrol.cancel": "Рўйхатдан чиқариш",
  "enrol.cancelOf": "Рўйхатдан чиқариш: {name}",
  "enrol.cancelReason": "Сабаб (ихтиёрий)",
  "enrol.cancelHint": "Бўшаган ўрин кутиш рўйхатидаги биринчи кишига берилади.",
  "enrol.cancelConfirm": "Рўйхатдан чиқариш",
  "enrol.cancelKeep": "Қолдириш",
  "enrol.cancelling": "Рўйхатдан чиқарилмоқда…",
  "enrol.cancelled": "{name} энди рўйхатда йўқ.",
  "enrol.promoted": {
    one: "{names} кутиш рўйхатидан ўринга ўтди.",
    other: "{names} кутиш рўйхатидан ўринга ўтди.",
  },
};
