/** Messages of the calendar screens; spread into the uz-Cyrl catalogue. */
export const uzCyrlCalendar = {};
