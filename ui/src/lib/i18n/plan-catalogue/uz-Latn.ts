/** Messages of the plan-catalogue screens; spread into the uz-Latn catalogue. */
export const uzLatnPlanCatalogue = {};
