import type { Plural } from "../types";
import type { enAtt } from "./en";

export const uzLatnAtt: {
  [K in keyof typeof enAtt]: (typeof enAtt)[K] extends string ? string : Plural;
} = {
  "att.iAm": "Men",
  "att.allSessions": "Barcha mashgʻulotlar",
  "att.today": "Bugun",
  "att.upcoming": "Yaqin kunlarda (14 kun)",
  "att.past": "Oʻtganlar (60 kun)",
  "att.noneToday": "Bugun mashgʻulot yoʻq.",
  "att.noneUpcoming": "Keyingi ikki haftada mashgʻulot yoʻq.",
  "att.nonePast": "Soʻnggi 60 kunda mashgʻulot boʻlmagan.",
  "att.marked": "{expected} tadan {marked} tasi belgilangan",
  "att.missing": {
    one: "{count} ta belgi qoʻyilmagan",
    other: "{count} ta belgi qoʻyilmagan",
  },
  "att.complete": "Hammasi belgilangan",
  "att.othersSession": "Boshqa trenerning mashgʻuloti: davomatini faqat koʻrish mumkin.",
  "att.yourTime": "Sizning vaqtingiz bilan: {time}",
  "att.venue": "Joy",
  "att.trainers": "Trenerlar",
  "att.zone": "Oʻtkaziladigan joy vaqti ({zone})",
};
