/** Messages of the plan-enrolment screens; spread into the ru catalogue. */
export const ruPlanEnrolment = {};
