/** Messages of the plan-activity screens; spread into the uz-Latn catalogue. */
export const uzLatnPlanActivity = {};
