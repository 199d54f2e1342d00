/** Messages shared by the Plan screens (tabs, conflicts); spread into the az catalogue. */
export const azPlan = {
  "plan.tabs": "Plan",
  "plan.tab.calendar": "Təqvim",
  "plan.tab.activities": "Tədbirlər",
  "plan.tab.programmes": "Proqramlar",
  "plan.conflict.head": "Yadda saxlasanız, ikiqat bron yaranacaq:",
  "plan.conflict.trainer": "Təlimçi {name} həm “{first}”, həm də “{second}” üçün bron edilib.",
  "plan.conflict.venue": "Məkan {name} həm “{first}”, həm də “{second}” üçün bron edilib.",
  "plan.conflict.person": "{name} həm “{first}”, həm də “{second}” üçün bron edilib.",
};
