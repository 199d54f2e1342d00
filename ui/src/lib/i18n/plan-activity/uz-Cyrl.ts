/** Messages of the plan-activity screens; spread into the uz-Cyrl catalogue. */
export const uzCyrlPlanActivity = {};
