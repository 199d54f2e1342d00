/** Messages of the plan-catalogue screens; spread into the uz-Cyrl catalogue. */
export const uzCyrlPlanCatalogue = {};
