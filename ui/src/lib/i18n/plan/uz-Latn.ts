/** Messages shared by the Plan screens (tabs, conflicts); spread into the uz-Latn catalogue. */
export const uzLatnPlan = {
  "plan.tabs": "Reja",
  "plan.tab.calendar": "Taqvim",
  "plan.tab.activities": "Tadbirlar",
  "plan.tab.programmes": "Dasturlar",
  "plan.conflict.head": "Saqlansa, ikki joyga band qilinadi:",
  "plan.conflict.trainer": "Trener {name} ham “{first}”, ham “{second}” da band.",
  "plan.conflict.venue": "{name} binosi ham “{first}”, ham “{second}” da band.",
  "plan.conflict.person": "{name} ham “{first}”, ham “{second}” da band.",
};
