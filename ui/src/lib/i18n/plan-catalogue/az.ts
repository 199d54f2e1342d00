/** Messages of the plan-catalogue screens; spread into the az catalogue. */
export const azPlanCatalogue = {};
