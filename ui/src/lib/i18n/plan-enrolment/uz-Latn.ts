/** Messages of the plan-enrolment screens; spread into the uz-Latn catalogue. */
export const uzLatnPlanEnrolment = {};
