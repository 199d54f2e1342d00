import type { Plural } from "../types";
import type { enVerify } from "./en";

export const azVerify: {
  [K in keyof typeof enVerify]: (typeof enVerify)[K] extends string ? string : Plural;
} = {
  "verify.title": "Sertifikatı yoxla",
  "verify.hint": "Sertifikatın QR kodundakı tokeni yapışdırın; o, MLK1. ilə başlayır.",
  "verify.label": "Token",
  "verify.submit": "Yoxla",
  "verify.checking": "Yoxlanılır…",
  "verify.valid": "Etibarlıdır: bizim tərəfimizdən verilib və qüvvədədir.",
  "verify.revoked": "Ləğv edilib: sertifikat həqiqidir, lakin artıq qüvvədə deyil.",
  "verify.unknown": "Bizim açarla imzalanıb, lakin bu reyestrdə onun haqqında qeyd yoxdur.",
  "verify.invalid": "Bu, Malaka sertifikat tokeni deyil.",
  "verify.refused": "İmza təsdiqlənmədi: token dəyişdirilib və ya onu başqa təşkilat imzalayıb.",
  "verify.number": "Nömrə",
  "verify.issuedOn": "Verilmə tarixi",
  "verify.hours": "Saat",
  "verify.course": "Kurs",
  "verify.keyId": "Açar identifikatoru",
  "verify.holder": "Reyestrdə sahibi",
  "verify.activity": "Tədbir",
  "verify.nameNote":
    "Sertifikatda yazılmış adın yuxarıdakı sahibin adı ilə eyni olduğunu yoxlayın.",
  "verify.list.date": {
    one: "{date} tarixli ləğv siyahısı ilə yoxlanıldı (siyahının yaşı {count} gündür).",
    other: "{date} tarixli ləğv siyahısı ilə yoxlanıldı (siyahının yaşı {count} gündür).",
  },
  "verify.list.stale":
    "Siyahı 30 gündən köhnədir: ondan sonra ləğv edilmiş sertifikatlar onda yoxdur. Verəndən daha yenisini istəyin.",
  "verify.list.old": "Siyahı köhnə formatdadır: verəndən yeni siyahı istəyin.",
};
