import type { Plural } from "../types";
import type { enCertdesign } from "./en";

export const uzCyrlCertdesign: {
  [K in keyof typeof enCertdesign]: (typeof enCertdesign)[K] extends string ? string : Plural;
} = {
  "certdesign.verifyFile": "Файлдан текшириш…",
  "certdesign.verifyFileReading": "Файл ўқилмоқда…",
  "certdesign.verifyFileDialog": "Сертификатнинг PDF файлини ёки QR-коди расмини танланг",
  "certdesign.verifyFileFilter": "Сертификатлар (PDF, PNG, JPEG)",
  "certdesign.verifyFileHint":
    "Ёки сертификатнинг PDF файлини, QR-кодининг сканини ёки суратини танланг.",
  "certdesign.other.toggle": "Бошқа агентлик томонидан берилган",
  "certdesign.other.keyLabel": "Берувчининг очиқ калити",
  "certdesign.other.keyPlaceholder": "64 та ўн олтилик рақам",
  "certdesign.other.keyInvalid":
    "Берувчининг очиқ калитини эълон қилинганидек киритинг: 64 та ўн олтилик рақам (0–9, a–f).",
  "certdesign.other.listChoose": "Уларнинг бекор қилинганлар рўйхатини танлаш…",
  "certdesign.other.listDialog": "Берувчининг бекор қилинган сертификатлар рўйхатини танланг",
  "certdesign.other.listFilter": "JSON рўйхат",
  "certdesign.other.listClear": "олиб ташлаш",
  "certdesign.other.listHint": "Рўйхатсиз бекор қилинган сертификатни аниқлаб бўлмайди.",
  "certdesign.other.valid":
    "Ҳақиқий: берувчининг калити билан имзоланган ва унинг бекор қилинганлар рўйхатида йўқ.",
  "certdesign.other.validUnchecked": "Асл: берувчининг калити билан имзоланган.",
  "certdesign.other.revoked":
    "Бекор қилинган: сертификат асл, лекин берувчининг бекор қилинганлар рўйхатида бор.",
  "certdesign.other.checkedWith": "Берувчининг очиқ калити билан текширилди",
  "certdesign.other.withList": "унинг бекор қилинганлар рўйхати {file} билан",
  "certdesign.other.noList": "бекор қилинганлар рўйхатисиз — бекор қилинганлиги текширилмади",
  "certdesign.other.refused":
    "Имзо тасдиқланмади: сертификат бу калит билан имзоланмаган ёки бекор қилинганлар рўйхати ўзгартирилган.",
  "certdesign.revocations.title": "Бекор қилинган сертификатлар",
  "certdesign.revocations.hint":
    "Исталган киши интернетсиз қайси сертификатлар бекор қилинганини кўра олиши учун бу рўйхатни очиқ калит ёнида эълон қилинг. Ҳар бир бекор қилишдан кейин уни қайта сақланг.",
  "certdesign.revocations.save": "Бекор қилинганлар рўйхатини сақлаш…",
  "certdesign.revocations.saving": "Сақланмоқда…",
  "certdesign.revocations.dialog": "Бекор қилинган сертификатлар рўйхатини сақлаш",
  "certdesign.revocations.filter": "JSON рўйхат",
  "certdesign.revocations.saved": {
    one: "{count} та бекор қилинган сертификат {path} файлига ёзилди",
    other: "{count} та бекор қилинган сертификат {path} файлига ёзилди",
  },
  "certdesign.title": "Сертификат дизайни",
  "certdesign.intro":
    "Сертификат берадиган ҳар бир ташкилотнинг ўз шаблони ва логотипи бўлиши мумкин. Беришдан олдин намунани текширинг.",
  "certdesign.org": "Ташкилот",
  "certdesign.noOrg":
    "Ҳали ҳеч бир ташкилотда қисқа код йўқ. Сертификатларни фақат қисқа коди бор ташкилотлар беради; уни «Ташкилотлар» саҳифасида киритинг.",
  "certdesign.template.title": "Шаблон",
  "certdesign.template.own": "Бу ташкилот ўз шаблонидан фойдаланади:",
  "certdesign.template.default": "Бу ташкилот стандарт шаблондан фойдаланади.",
  "certdesign.template.copy": "Таҳрирлаш учун стандарт шаблондан нусха олиш",
  "certdesign.template.copying": "Нусха олинмоқда…",
  "certdesign.template.editHint":
    "Бу файлни исталган матн муҳарририда таҳрирланг, сўнг «Намунани янгилаш» тугмасини босинг.",
  "certdesign.logo.title": "Логотип",
  "certdesign.logo.none": "Логотип йўқ",
  "certdesign.logo.alt": "{org} логотипи",
  "certdesign.logo.set": "Логотипни танлаш…",
  "certdesign.logo.clear": "Логотипни олиб ташлаш",
  "certdesign.logo.dialog": "Сертификатлар учун логотипни танланг",
  "certdesign.logo.filter": "Расмлар (PNG, JPEG, SVG)",
  "certdesign.logo.hint": "PNG, JPEG ёки SVG, кўпи билан 1 MiB.",
  "certdesign.logo.saving": "Сақланмоқда…",
  "certdesign.preview.title": "Намуна",
  "certdesign.preview.locale": "Тил",
  "certdesign.preview.also": "Иккинчи тил",
  "certdesign.preview.alsoNone": "Йўқ",
  "certdesign.preview.refresh": "Намунани янгилаш",
  "certdesign.preview.rendering": "Намуна чизилмоқда…",
  "certdesign.preview.sample": "Ўйлаб топилган исм ва саналар билан сертификат намунаси.",
  "certdesign.preview.alt": "{org} сертификати намунаси",
  "certdesign.preview.templateError":
    "Шаблонда хато бор, шунинг учун у билан бирорта ҳам сертификат чоп этиб бўлмайди:",
  "certdesign.preview.fixHint": "Файлни тузатинг, сўнг «Намунани янгилаш» тугмасини босинг.",
};
