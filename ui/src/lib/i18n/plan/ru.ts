/** Messages shared by the Plan screens (tabs, conflicts); spread into the ru catalogue. */
export const ruPlan = {
  "plan.tabs": "План",
  "plan.tab.calendar": "Календарь",
  "plan.tab.activities": "Мероприятия",
  "plan.tab.programmes": "Программы",
  "plan.conflict.head": "При сохранении возникнет двойное бронирование:",
  "plan.conflict.trainer": "Тренер {name} занят и в «{first}», и в «{second}».",
  "plan.conflict.venue": "Место {name} занято и в «{first}», и в «{second}».",
  "plan.conflict.person": "{name} занят(а) и в «{first}», и в «{second}».",
};
