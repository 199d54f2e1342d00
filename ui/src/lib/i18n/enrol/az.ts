import type { Plural } from "../types";
import type { enEnrol } from "./en";

export const azEnrol: {
  [K in keyof typeof enEnrol]: (typeof enEnrol)[K] extends string ? string : Plural;
} = {
  "enrol.title": "İştirakçılar",
  "enrol.seats": "{capacity} yerdən {taken} yer tutulub",
  "enrol.seatsUnlimited": "Yazılıb: {taken}, yer limiti yoxdur",
  "enrol.seatsFull": "Bütün yerlər tutulub: indi təsdiqlənənlər gözləmə siyahısına düşür.",
  "enrol.nominate.title": "Namizəd göstər",
  "enrol.nominate.role": "Rol",
  "enrol.nominate.roleSeat":
    "İştirakçılar, nümayəndələr və təcrübəçilər təsdiq gözləyir, sonra yer alır və ya gözləmə siyahısına düşür.",
  "enrol.nominate.roleNoSeat": "Təlimçilər və məruzəçilər dərhal yazılır və yer tutmur.",
  "enrol.nominate.search": "Əməkdaş axtar",
  "enrol.nominate.searchPlaceholder": "Ad və ya tabel nömrəsi",
  "enrol.nominate.searching": "Axtarılır…",
  "enrol.nominate.noMatch": "Axtarışa uyğun heç kim yoxdur.",
  "enrol.nominate.capped":
    "{total} nəfərdən yalnız ilk {limit} nəfər göstərilir; axtarışı dəqiqləşdirin.",
  "enrol.nominate.results": "Tapılan əməkdaşlar",
  "enrol.nominate.pick": "Seç: {name}",
  "enrol.nominate.already": "Artıq tədbirdədir: {status}",
  "enrol.nominate.selected": {
    one: "Seçilənləri namizəd göstər ({count})",
    other: "Seçilənləri namizəd göstər ({count})",
  },
  "enrol.nominate.nominating": "Namizədlər göstərilir…",
  "enrol.nominate.unit": "Bütöv bölmə",
  "enrol.nominate.unitChoose": "Bölməni seçin",
  "enrol.nominate.unitHint": "Bölmədə və ona tabe bölmələrdə olan hər kəs.",
  "enrol.nominate.unitGo": "Bölməni namizəd göstər",
  "enrol.nominate.noUnits": "Hələ heç bir bölmə qeydə alınmayıb.",
  "enrol.report.nominated": {
    one: "{count} nəfər namizəd göstərildi.",
    other: "{count} nəfər namizəd göstərildi.",
  },
  "enrol.report.atOnce": {
    one: "{count} nəfər dərhal, yersiz yazıldı.",
    other: "{count} nəfər dərhal, yersiz yazıldı.",
  },
  "enrol.report.skipped": {
    one: "{count} nəfər artıq tədbirdədir: {names}",
    other: "{count} nəfər artıq tədbirdədir: {names}",
  },
  "enrol.report.skippedName": "{name} ({status})",
  "enrol.pending.title": "Təsdiq gözləyir",
  "enrol.pending.empty": "Təsdiq gözləyən namizəd yoxdur.",
  "enrol.pending.selectAll": "Bütün namizədləri seç",
  "enrol.select": "Seç: {name}",
  "enrol.nominatedOn": "namizəd: {date}",
  "enrol.approveSelected": {
    one: "Seçilənləri təsdiqlə ({count})",
    other: "Seçilənləri təsdiqlə ({count})",
  },
  "enrol.approveAll": {
    one: "Hamısını təsdiqlə ({count})",
    other: "Hamısını təsdiqlə ({count})",
  },
  "enrol.approving": "Təsdiqlənir…",
  "enrol.declineSelected": {
    one: "Seçilənləri rədd et ({count})",
    other: "Seçilənləri rədd et ({count})",
  },
  "enrol.declineReason": "Niyə rədd edilir?",
  "enrol.declineHint": "Səbəb hər rədd edilmiş namizədlikdə saxlanılır.",
  "enrol.reasonRequired": "Səbəbi yazın.",
  "enrol.declineConfirm": {
    one: "{count} namizədi rədd et",
    other: "{count} namizədi rədd et",
  },
  "enrol.declining": "Rədd edilir…",
  "enrol.report.seated": {
    one: "{count} nəfər yer aldı.",
    other: "{count} nəfər yer aldı.",
  },
  "enrol.report.waitlisted": {
    one: "{count} nəfər gözləmə siyahısına düşdü.",
    other: "{count} nəfər gözləmə siyahısına düşdü.",
  },
  "enrol.report.declined": {
    one: "{count} namizəd rədd edildi.",
    other: "{count} namizəd rədd edildi.",
  },
  "enrol.enrolled.title": "Qeydiyyatda olanlar",
  "enrol.enrolled.empty": "Hələ heç kim yazılmayıb.",
  "enrol.noSeat": "yersiz",
  "enrol.waitlist.title": "Gözləmə siyahısı",
  "enrol.waitlist.hint": "Növbə ilə: birinci olan növbəti boşalan yeri alır.",
  "enrol.waitlist.empty": "Heç kim gözləmir.",
  "enrol.closed.title": {
    one: "Rədd edilən və ya ləğv olunan: {count}",
    other: "Rədd edilən və ya ləğv olunan: {count}",
  },
  "enrol.reason": "Səbəb: {reason}",
  "enrol.cancel": "Qeydiyyatı ləğv et",
  "enrol.cancelOf": "{name} üçün qeydiyyatı ləğv et",
  "enrol.cancelReason": "Səbəb (istəyə bağlı)",
  "enrol.cancelHint": "Boşalan yer gözləmə siyahısında birinci olana verilir.",
  "enrol.cancelConfirm": "Qeydiyyatı ləğv et",
  "enrol.cancelKeep": "Ləğv etmə",
  "enrol.cancelling": "Ləğv edilir…",
  "enrol.cancelled": "{name} artıq yazılı deyil.",
  "enrol.promoted": {
    one: "{names} gözləmə siyahısından yerə keçdi.",
    other: "{names} gözləmə siyahısından yerə keçdi.",
  },
};
