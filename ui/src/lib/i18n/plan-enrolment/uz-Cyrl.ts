/** Messages of the plan-enrolment screens; spread into the uz-Cyrl catalogue. */
export const uzCyrlPlanEnrolment = {};
