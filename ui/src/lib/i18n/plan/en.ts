/** Messages shared by the Plan screens (tabs, conflicts); spread into the en catalogue. */
export const enPlan = {
  "plan.tabs": "Plan",
  "plan.tab.calendar": "Calendar",
  "plan.tab.activities": "Activities",
  "plan.tab.programmes": "Programmes",
  "plan.conflict.head": "Saving this would double-book:",
  "plan.conflict.trainer": "Trainer {name} is booked in both “{first}” and “{second}”.",
  "plan.conflict.venue": "Venue {name} is booked in both “{first}” and “{second}”.",
  "plan.conflict.person": "{name} is booked in both “{first}” and “{second}”.",
};
