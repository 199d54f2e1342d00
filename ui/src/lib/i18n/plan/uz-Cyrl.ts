/** Messages shared by the Plan screens (tabs, conflicts); spread into the uz-Cyrl catalogue. */
export const uzCyrlPlan = {
  "plan.tabs": "Режа",
  "plan.tab.calendar": "Тақвим",
  "plan.tab.activities": "Тадбирлар",
  "plan.tab.programmes": "Дастурлар",
  "plan.conflict.head": "Сақланса, вақт тўқнашуви юзага келади:",
  "plan.conflict.trainer":
    "Тренер {name} бир вақтда «{first}» ва «{second}» тадбирларига бириктирилган.",
  "plan.conflict.venue":
    "{name} биноси бир вақтда «{first}» ва «{second}» тадбирларига банд қилинган.",
  "plan.conflict.person": "{name} бир вақтда «{first}» ва «{second}» тадбирларига бириктирилган.",
};
