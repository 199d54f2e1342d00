import type { Plural } from "../types";
import type { enActivityForm } from "./en";

export const uzCyrlActivityForm: {
  [K in keyof typeof enActivityForm]: (typeof enActivityForm)[K] extends string ? string : Plural;
} = {
  "activityForm.new": "Тадбирни режалаштириш",
  "activityForm.edit": "Таҳрирлаш: {title}",
  "activityForm.section.what": "Тадбир",
  "activityForm.section.when": "Саналар ва жой",
  "activityForm.section.who": "Ташкилотлар",
  "activityForm.field.kind": "Тури",
  "activityForm.field.title": "Номи",
  "activityForm.field.programme": "Дастур",
  "activityForm.field.starts_on": "Бошланиш санаси",
  "activityForm.field.ends_on": "Тугаш санаси",
  "activityForm.field.host": "Ташкилотчи",
  "activityForm.field.partner": "Ҳамкор ташкилотлар",
  "activityForm.field.venue": "Ўтказиладиган жой",
  "activityForm.field.capacity": "Ўринлар сони",
  "activityForm.field.language": "Ўқитиш тили",
  "activityForm.field.planned_hours": "Режадаги соатлар",
  "activityForm.field.description": "Тавсиф",
  "activityForm.field.status": "Ҳолати",
  "activityForm.noProgramme": "Дастурсиз",
  "activityForm.programmeHint":
    "Дастур номи, соатлари, тавсифи ва тилини тўлдиради; уларни ўзгартириш мумкин.",
  "activityForm.titleHint": "Дастур номини олиш учун бўш қолдиринг.",
  "activityForm.programmeOption": "{code} — {title}",
  "activityForm.archivedProgramme": "{title} (архивда)",
  "activityForm.chooseHost": "Ташкилотни танланг",
  "activityForm.noPartners": "Танлаш учун бошқа ташкилотлар йўқ.",
  "activityForm.noVenue": "Жой ҳали танланмаган",
  "activityForm.venueOption": "{name}, {city} ({zone})",
  "activityForm.capacityHint": "Ўринлар чекланмаган бўлса, бўш қолдиринг.",
  "activityForm.statusHint":
    "Қораламани кейинроқ тўлдириш мумкин; режалаштирилган тадбирга номзодлар кўрсатилади.",
  "activityForm.seats": "Ўринлар сонини бутун сон билан киритинг, камида 1.",
  "activityForm.endsBeforeStarts": "Тугаш санаси бошланишдан олдин бўлиши мумкин эмас.",
  "activityForm.hostIsPartner": "Ташкилотчи бир вақтда ҳамкор бўла олмайди.",
};
