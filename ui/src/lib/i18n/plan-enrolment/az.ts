/** Messages of the plan-enrolment screens; spread into the az catalogue. */
export const azPlanEnrolment = {};
