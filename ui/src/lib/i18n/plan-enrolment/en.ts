/** Messages of the plan-enrolment screens; spread into the en catalogue. */
export const enPlanEnrolment = {};
