/** Made once: constructing an Intl formatter costs far more than using one, and the timeline formats dozens. */
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC'
});

/** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for people: "21 Nov 2025", "Nov 2025", "2025". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return (day ? DAY : MONTH).format(date);
}
