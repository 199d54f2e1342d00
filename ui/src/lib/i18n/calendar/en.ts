/** Messages of the calendar screens; spread into the en catalogue. */
export const enCalendar = {};
