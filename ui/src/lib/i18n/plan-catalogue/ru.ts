/** Messages of the plan-catalogue screens; spread into the ru catalogue. */
export const ruPlanCatalogue = {};
