// Today's date and an instant's date in England (Europe/London), as YYYY-MM-DD: overdue flags and enquiry months
// follow the UK calendar, not UTC (an enquiry at 00:30 BST belongs to that day). Rule source: docs/domain.md §7.
const UK_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The UK calendar date of an instant. */
export function ukDate(instant: Date): string {
  return UK_DAY.format(instant);
}
