/** Messages of the calendar screens; spread into the ru catalogue. */
export const ruCalendar = {};
