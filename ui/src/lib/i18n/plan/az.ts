/** Messages shared by the Plan screens (tabs, conflicts); spread into the az catalogue. */
export const azPlan = {
  "plan.tabs": "Plan",
  "plan.tab.calendar": "Təqvim",
  "plan.tab.activities": "Tədbirlər",
  "plan.tab.programmes": "Proqramlar",
  "plan.conflict.head": "Yadda saxlasanız, vaxt üst-üstə düşəcək:",
  "plan.conflict.trainer":
    "Təlimçi {name}: «{first}» və «{second}» tədbirlərində vaxt üst-üstə düşür.",
  "plan.conflict.venue": "Məkan {name}: «{first}» və «{second}» tədbirlərində vaxt üst-üstə düşür.",
  "plan.conflict.person": "{name}: «{first}» və «{second}» tədbirlərində vaxt üst-üstə düşür.",
};
