import type { Plural } from "../types";
import type { enCertdesign } from "./en";

export const ruCertdesign: {
  [K in keyof typeof enCertdesign]: (typeof enCertdesign)[K] extends string ? string : Plural;
} = {
  "certdesign.verifyFile": "Проверить по файлу…",
  "certdesign.verifyFileReading": "Чтение файла…",
  "certdesign.verifyFileDialog": "Выберите PDF сертификата или изображение его QR-кода",
  "certdesign.verifyFileFilter": "Сертификаты (PDF, PNG, JPEG)",
  "certdesign.verifyFileHint": "Или выберите PDF сертификата, скан или фото его QR-кода.",
  "certdesign.other.toggle": "Выдан другим агентством",
  "certdesign.other.keyLabel": "Открытый ключ издателя",
  "certdesign.other.keyPlaceholder": "64 шестнадцатеричные цифры",
  "certdesign.other.keyInvalid":
    "Введите открытый ключ издателя в опубликованном виде: 64 шестнадцатеричные цифры (0–9, a–f).",
  "certdesign.other.listChoose": "Выбрать их список отзыва…",
  "certdesign.other.listDialog": "Выберите список отозванных сертификатов издателя",
  "certdesign.other.listFilter": "Список JSON",
  "certdesign.other.listClear": "убрать",
  "certdesign.other.listHint": "Без списка отозванный сертификат распознать нельзя.",
  "certdesign.other.valid":
    "Действителен: подписан ключом издателя и не числится в его списке отзыва.",
  "certdesign.other.validUnchecked": "Подлинный: подписан ключом издателя.",
  "certdesign.other.revoked":
    "Отозван: сертификат подлинный, но числится в списке отзыва издателя.",
  "certdesign.other.checkedWith": "Проверено по открытому ключу издателя",
  "certdesign.other.withList": "с его списком отзыва {file}",
  "certdesign.other.noList": "без списка отзыва — отзыв не проверялся",
  "certdesign.other.refused":
    "Подпись не сходится: сертификат подписан не этим ключом или список отзыва изменён.",
  "certdesign.revocations.title": "Отозванные сертификаты",
  "certdesign.revocations.hint":
    "Опубликуйте этот список рядом с открытым ключом, чтобы любой мог без сети узнать, какие сертификаты отозваны. Сохраняйте его заново после каждого отзыва.",
  "certdesign.revocations.save": "Сохранить список отзыва…",
  "certdesign.revocations.saving": "Сохранение…",
  "certdesign.revocations.dialog": "Сохранить список отозванных сертификатов",
  "certdesign.revocations.filter": "Список JSON",
  "certdesign.revocations.saved": {
    one: "{count} отозванный сертификат записан в {path}",
    few: "{count} отозванных сертификата записаны в {path}",
    many: "{count} отозванных сертификатов записано в {path}",
    other: "{count} отозванного сертификата записано в {path}",
  },
  "certdesign.title": "Оформление сертификатов",
  "certdesign.intro":
    "У каждой организации, выдающей сертификаты, может быть свой шаблон и логотип. Проверьте предпросмотр перед выдачей.",
  "certdesign.org": "Организация",
  "certdesign.noOrg":
    "Ни у одной организации ещё нет краткого кода. Сертификаты выдают только организации с кратким кодом; задайте его на странице «Организации».",
  "certdesign.template.title": "Шаблон",
  "certdesign.template.own": "Эта организация использует свой шаблон:",
  "certdesign.template.default": "Эта организация использует шаблон по умолчанию.",
  "certdesign.template.copy": "Скопировать шаблон по умолчанию для правки",
  "certdesign.template.copying": "Копирование…",
  "certdesign.template.editHint":
    "Отредактируйте этот файл в любом текстовом редакторе, затем нажмите «Обновить предпросмотр».",
  "certdesign.logo.title": "Логотип",
  "certdesign.logo.none": "Логотипа нет",
  "certdesign.logo.alt": "Логотип: {org}",
  "certdesign.logo.set": "Выбрать логотип…",
  "certdesign.logo.clear": "Убрать логотип",
  "certdesign.logo.dialog": "Выберите логотип для сертификатов",
  "certdesign.logo.filter": "Изображения (PNG, JPEG, SVG)",
  "certdesign.logo.hint": "PNG, JPEG или SVG, не больше 1 МиБ.",
  "certdesign.logo.saving": "Сохранение…",
  "certdesign.preview.title": "Предпросмотр",
  "certdesign.preview.locale": "Язык",
  "certdesign.preview.also": "Второй язык",
  "certdesign.preview.alsoNone": "Нет",
  "certdesign.preview.refresh": "Обновить предпросмотр",
  "certdesign.preview.rendering": "Формирование предпросмотра…",
  "certdesign.preview.sample": "Образец сертификата с вымышленными именами и датами.",
  "certdesign.preview.alt": "Образец сертификата: {org}",
  "certdesign.preview.templateError":
    "В шаблоне ошибка, поэтому по нему нельзя напечатать ни одного сертификата:",
  "certdesign.preview.fixHint": "Исправьте файл, затем нажмите «Обновить предпросмотр».",
};
