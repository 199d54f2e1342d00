/** Messages of the calendar screens; spread into the uz-Latn catalogue. */
export const uzLatnCalendar = {};
