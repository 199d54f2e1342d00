/** Messages shared by the Plan screens (tabs, conflicts); spread into the uz-Cyrl catalogue. */
export const uzCyrlPlan = {
  "plan.tabs": "Режа",
  "plan.tab.calendar": "Тақвим",
  "plan.tab.activities": "Тадбирлар",
  "plan.tab.programmes": "Дастурлар",
  "plan.conflict.head": "Сақланса, икки жойга банд қилинади:",
  "plan.conflict.trainer": "Тренер {name} ҳам “{first}”, ҳам “{second}” да банд.",
  "plan.conflict.venue": "{name} биноси ҳам “{first}”, ҳам “{second}” да банд.",
  "plan.conflict.person": "{name} ҳам “{first}”, ҳам “{second}” да банд.",
};
