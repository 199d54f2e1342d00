/** Messages of the plan-activity screens; spread into the az catalogue. */
export const azPlanActivity = {};
