/** Messages of the date field (DateField); spread into the en catalogue. */
export const enDate = {
  // Letters for year, month and day, in the order the field shows them (see dateInput.ts).
  "date.placeholder": "YYYY-MM-DD",
  "date.hint": "Year, month and day, for example {example}",
  "date.invalid": "Enter the date as {format}, for example {example}.",
  "date.impossible": "There is no such date: {value}.",
  "date.pick": "Choose the date in a calendar",
  "date.calendar": "Calendar",
  "date.prevMonth": "Previous month",
  "date.nextMonth": "Next month",
  "date.today": "Today",
};
