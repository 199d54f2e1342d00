import type { Plural } from "../types";
import type { enEnrol } from "./en";

export const uzLatnEnrol: {
  [K in keyof typeof enEnrol]: (typeof enEnrol)[K] extends string ? string : Plural;
} = {
  "enrol.title": "Ishtirokchilar",
  "enrol.seats": "{capacity} oʻrindan {taken} tasi band",
  "enrol.seatsUnlimited": "Yozilgan: {taken}, oʻrinlar cheklanmagan",
  "enrol.seatsFull": "Barcha oʻrinlar band: endi tasdiqlanganlar kutish roʻyxatiga tushadi.",
  "enrol.nominate.title": "Nomzod koʻrsatish",
  "enrol.nominate.role": "Roli",
  "enrol.nominate.roleSeat":
    "Ishtirokchi, delegat va stajyorlar tasdiqlanishini kutadi, soʻng oʻrin oladi yoki kutish roʻyxatiga tushadi.",
  "enrol.nominate.roleNoSeat": "Trener va maʼruzachilar darhol yoziladi va oʻrin egallamaydi.",
  "enrol.nominate.search": "Xodimlarni topish",
  "enrol.nominate.searchPlaceholder": "F.I.Sh. yoki tabel raqami",
  "enrol.nominate.searching": "Qidirilmoqda…",
  "enrol.nominate.noMatch": "Hech kim topilmadi.",
  "enrol.nominate.capped":
    "{total} tadan faqat birinchi {limit} tasi koʻrsatilgan; qidiruvni aniqlashtiring.",
  "enrol.nominate.results": "Topilgan xodimlar",
  "enrol.nominate.pick": "Tanlash: {name}",
  "enrol.nominate.already": "Tadbirda bor: {status}",
  "enrol.nominate.selected": {
    one: "Tanlanganlarni nomzod qilish ({count})",
    other: "Tanlanganlarni nomzod qilish ({count})",
  },
  "enrol.nominate.nominating": "Nomzod koʻrsatilmoqda…",
  "enrol.nominate.unit": "Butun boʻlinma",
  "enrol.nominate.unitChoose": "Boʻlinmani tanlang",
  "enrol.nominate.unitHint": "Boʻlinma va uning tarkibidagi boʻlinmalardagi barcha xodimlar.",
  "enrol.nominate.unitGo": "Boʻlinmani nomzod qilish",
  "enrol.nominate.noUnits": "Hali boʻlinmalar kiritilmagan.",
  "enrol.report.nominated": {
    one: "{count} kishi nomzod qilib koʻrsatildi.",
    other: "{count} kishi nomzod qilib koʻrsatildi.",
  },
  "enrol.report.atOnce": {
    one: "{count} kishi darhol, oʻrinsiz yozildi.",
    other: "{count} kishi darhol, oʻrinsiz yozildi.",
  },
  "enrol.report.skipped": {
    one: "{count} kishi tadbirda allaqachon bor: {names}",
    other: "{count} kishi tadbirda allaqachon bor: {names}",
  },
  "enrol.report.skippedName": "{name} ({status})",
  "enrol.pending.title": "Tasdiqlashni kutmoqda",
  "enrol.pending.empty": "Tasdiqlashni kutayotgan nomzodlar yoʻq.",
  "enrol.pending.selectAll": "Barcha nomzodlarni tanlash",
  "enrol.select": "Tanlash: {name}",
  "enrol.nominatedOn": "nomzod: {date}",
  "enrol.approveSelected": {
    one: "Tanlanganlarni tasdiqlash ({count})",
    other: "Tanlanganlarni tasdiqlash ({count})",
  },
  "enrol.approveAll": {
    one: "Hammasini tasdiqlash ({count})",
    other: "Hammasini tasdiqlash ({count})",
  },
  "enrol.approving": "Tasdiqlanmoqda…",
  "enrol.declineSelected": {
    one: "Tanlanganlarni rad etish ({count})",
    other: "Tanlanganlarni rad etish ({count})",
  },
  "enrol.declineReason": "Nega rad etilmoqda?",
  "enrol.declineHint": "Sabab har bir rad etilgan nomzodlikda saqlanadi.",
  "enrol.reasonRequired": "Sababini yozing.",
  "enrol.declineConfirm": {
    one: "{count} ta nomzodni rad etish",
    other: "{count} ta nomzodni rad etish",
  },
  "enrol.declining": "Rad etilmoqda…",
  "enrol.report.seated": {
    one: "{count} kishi oʻrin oldi.",
    other: "{count} kishi oʻrin oldi.",
  },
  "enrol.report.waitlisted": {
    one: "{count} kishi kutish roʻyxatiga tushdi.",
    other: "{count} kishi kutish roʻyxatiga tushdi.",
  },
  "enrol.report.declined": {
    one: "{count} ta nomzod rad etildi.",
    other: "{count} ta nomzod rad etildi.",
  },
  "enrol.enrolled.title": "Roʻyxatga olinganlar",
  "enrol.enrolled.empty": "Hali hech kim yozilmagan.",
  "enrol.noSeat": "oʻrinsiz",
  "enrol.waitlist.title": "Kutish roʻyxati",
  "enrol.waitlist.hint": "Navbat tartibida: birinchi turgan keyingi boʻshagan oʻrinni oladi.",
  "enrol.waitlist.empty": "Hech kim kutmayapti.",
  "enrol.closed.title": {
    one: "Rad etilgan yoki bekor qilingan: {count}",
    other: "Rad etilgan yoki bekor qilingan: {count}",
  },
  "enrol.reason": "Sabab: {reason}",
  "enrol.cancel": "Roʻyxatdan chiqarish",
  "enrol.cancelOf": "Roʻyxatdan chiqarish: {name}",
  "enrol.cancelReason": "Sabab (ixtiyoriy)",
  "enrol.cancelHint": "Boʻshagan oʻrin kutish roʻyxatidagi birinchi kishiga beriladi.",
  "enrol.cancelConfirm": "Roʻyxatdan chiqarish",
  "enrol.cancelKeep": "Qoldirish",
  "enrol.cancelling": "Roʻyxatdan chiqarilmoqda…",
  "enrol.cancelled": "{name} endi roʻyxatda yoʻq.",
  "enrol.promoted": {
    one: "{names} kutish roʻyxatidan oʻringa oʻtdi.",
    other: "{names} kutish roʻyxatidan oʻringa oʻtdi.",
  },
};
