/** Messages shared by the Plan screens (tabs, conflicts); spread into the uz-Latn catalogue. */
export const uzLatnPlan = {
  "plan.tabs": "Reja",
  "plan.tab.calendar": "Taqvim",
  "plan.tab.activities": "Tadbirlar",
  "plan.tab.programmes": "Dasturlar",
  "plan.conflict.head": "Saqlansa, vaqt toʻqnashuvi yuzaga keladi:",
  "plan.conflict.trainer":
    "Trener {name} bir vaqtda «{first}» va «{second}» tadbirlariga biriktirilgan.",
  "plan.conflict.venue":
    "{name} binosi bir vaqtda «{first}» va «{second}» tadbirlariga band qilingan.",
  "plan.conflict.person": "{name} bir vaqtda «{first}» va «{second}» tadbirlariga biriktirilgan.",
};
