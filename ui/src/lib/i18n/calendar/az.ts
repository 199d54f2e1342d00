/** Messages of the calendar screens; spread into the az catalogue. */
export const azCalendar = {};
