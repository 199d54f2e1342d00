/** Messages of the plan-activity screens; spread into the en catalogue. */
export const enPlanActivity = {};
