import type { Plural } from "../types";
import type { enCertdesign } from "./en";

export const azCertdesign: {
  [K in keyof typeof enCertdesign]: (typeof enCertdesign)[K] extends string ? string : Plural;
} = {
  "certdesign.verifyFile": "Fayldan yoxla…",
  "certdesign.verifyFileReading": "Fayl oxunur…",
  "certdesign.verifyFileDialog": "Sertifikatın PDF faylını və ya QR kodunun şəklini seçin",
  "certdesign.verifyFileFilter": "Sertifikatlar (PDF, PNG, JPEG)",
  "certdesign.verifyFileHint":
    "Və ya sertifikatın PDF faylını, QR kodunun skanını ya da fotosunu seçin.",
  "certdesign.other.toggle": "Başqa agentlik tərəfindən verilib",
  "certdesign.other.keyLabel": "Verənin açıq açarı",
  "certdesign.other.keyPlaceholder": "64 onaltılıq rəqəm",
  "certdesign.other.keyInvalid":
    "Verənin açıq açarını dərc edildiyi kimi daxil edin: 64 onaltılıq rəqəm (0–9, a–f).",
  "certdesign.other.listChoose": "Onların ləğv siyahısını seç…",
  "certdesign.other.listDialog": "Verənin ləğv edilmiş sertifikatlar siyahısını seçin",
  "certdesign.other.listFilter": "JSON siyahı",
  "certdesign.other.listClear": "sil",
  "certdesign.other.listHint": "Siyahı olmadan ləğv edilmiş sertifikatı tanımaq mümkün deyil.",
  "certdesign.other.valid":
    "Etibarlıdır: verənin açarı ilə imzalanıb və onun ləğv siyahısında yoxdur.",
  "certdesign.other.validUnchecked": "Həqiqidir: verənin açarı ilə imzalanıb.",
  "certdesign.other.revoked":
    "Ləğv edilib: sertifikat həqiqidir, lakin verənin ləğv siyahısındadır.",
  "certdesign.other.checkedWith": "Verənin açıq açarı ilə yoxlanıldı",
  "certdesign.other.withList": "onun ləğv siyahısı {file} ilə",
  "certdesign.other.noList": "ləğv siyahısı yoxdur — ləğv yoxlanılmadı",
  "certdesign.other.refused":
    "İmza təsdiqlənmədi: sertifikat bu açarla imzalanmayıb və ya ləğv siyahısı dəyişdirilib.",
  "certdesign.revocations.title": "Ləğv edilmiş sertifikatlar",
  "certdesign.revocations.hint":
    "Hər kəsin hansı sertifikatların ləğv edildiyini internetsiz görə bilməsi üçün bu siyahını açıq açarın yanında dərc edin. Hər ləğvdən sonra onu yenidən saxlayın.",
  "certdesign.revocations.save": "Ləğv siyahısını saxla…",
  "certdesign.revocations.saving": "Saxlanılır…",
  "certdesign.revocations.dialog": "Ləğv edilmiş sertifikatların siyahısını saxla",
  "certdesign.revocations.filter": "JSON siyahı",
  "certdesign.revocations.saved": {
    one: "{count} ləğv edilmiş sertifikat {path} faylına yazıldı",
    other: "{count} ləğv edilmiş sertifikat {path} faylına yazıldı",
  },
  "certdesign.title": "Sertifikatın tərtibatı",
  "certdesign.intro":
    "Sertifikat verən hər təşkilatın öz şablonu və loqosu ola bilər. Verməzdən əvvəl nümunəni yoxlayın.",
  "certdesign.org": "Təşkilat",
  "certdesign.noOrg":
    "Hələ heç bir təşkilatın qısa kodu yoxdur. Sertifikatları yalnız qısa kodu olan təşkilatlar verir; onu «Təşkilatlar» səhifəsində daxil edin.",
  "certdesign.template.title": "Şablon",
  "certdesign.template.own": "Bu təşkilat öz şablonundan istifadə edir:",
  "certdesign.template.default": "Bu təşkilat standart şablondan istifadə edir.",
  "certdesign.template.copy": "Redaktə üçün standart şablonu kopyala",
  "certdesign.template.copying": "Kopyalanır…",
  "certdesign.template.editHint":
    "Bu faylı istənilən mətn redaktorunda dəyişin, sonra «Nümunəni yenilə» düyməsini basın.",
  "certdesign.logo.title": "Loqo",
  "certdesign.logo.none": "Loqo yoxdur",
  "certdesign.logo.alt": "{org} loqosu",
  "certdesign.logo.set": "Loqo seç…",
  "certdesign.logo.clear": "Loqonu sil",
  "certdesign.logo.dialog": "Sertifikatlar üçün loqo seçin",
  "certdesign.logo.filter": "Şəkillər (PNG, JPEG, SVG)",
  "certdesign.logo.hint": "PNG, JPEG və ya SVG, ən çoxu 1 MiB.",
  "certdesign.logo.saving": "Saxlanılır…",
  "certdesign.preview.title": "Nümunə",
  "certdesign.preview.locale": "Dil",
  "certdesign.preview.also": "İkinci dil",
  "certdesign.preview.alsoNone": "Yoxdur",
  "certdesign.preview.refresh": "Nümunəni yenilə",
  "certdesign.preview.rendering": "Nümunə çəkilir…",
  "certdesign.preview.sample": "Uydurma adlar və tarixlərlə sertifikat nümunəsi.",
  "certdesign.preview.alt": "{org} sertifikatının nümunəsi",
  "certdesign.preview.templateError":
    "Şablonda xəta var, ona görə onunla heç bir sertifikat çap etmək olmaz:",
  "certdesign.preview.fixHint": "Faylı düzəldin, sonra «Nümunəni yenilə» düyməsini basın.",
};
