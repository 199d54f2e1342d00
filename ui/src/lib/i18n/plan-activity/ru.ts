/** Messages of the plan-activity screens; spread into the ru catalogue. */
export const ruPlanActivity = {};
