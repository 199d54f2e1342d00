/** Messages of the plan-catalogue screens; spread into the en catalogue. */
export const enPlanCatalogue = {};
