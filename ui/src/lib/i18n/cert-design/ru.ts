import type { CertDesignCatalogue } from "./en";

/** The certificate design (template, logo) and publishing screens' messages; spread into each locale's catalogue. */
export const ruCertDesign: CertDesignCatalogue = {
  "certdesign.verifyFile": "Проверить по файлу…",
  "certdesign.verifyFileReading": "Читаем файл…",
  "certdesign.verifyFileDialog": "Выберите PDF сертификата или изображение его QR-кода",
  "certdesign.verifyFileFilter": "Сертификаты (PDF, PNG, JPEG)",
  "certdesign.verifyFileHint": "Или выберите PDF сертификата, скан или фото его QR-кода.",

  "certdesign.revocations.title": "Отозванные сертификаты",
  "certdesign.revocations.hint":
    "Опубликуйте этот список рядом с открытым ключом, чтобы любой мог без сети узнать, какие сертификаты отозваны. Сохраняйте его заново после каждого отзыва.",
  "certdesign.revocations.save": "Сохранить список отзыва…",
  "certdesign.revocations.saving": "Сохраняем…",
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
  "certdesign.template.copying": "Копируем…",
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
  "certdesign.logo.saving": "Сохраняем…",

  "certdesign.preview.title": "Предпросмотр",
  "certdesign.preview.locale": "Язык",
  "certdesign.preview.also": "Второй язык",
  "certdesign.preview.alsoNone": "Нет",
  "certdesign.preview.refresh": "Обновить предпросмотр",
  "certdesign.preview.rendering": "Рисуем предпросмотр…",
  "certdesign.preview.sample": "Образец сертификата с вымышленными именами и датами.",
  "certdesign.preview.alt": "Образец сертификата: {org}",
  "certdesign.preview.templateError":
    "В шаблоне ошибка, поэтому по нему нельзя напечатать ни одного сертификата:",
  "certdesign.preview.fixHint": "Исправьте файл, затем нажмите «Обновить предпросмотр».",
};
