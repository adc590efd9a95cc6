/** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for people: "21 Nov 2025", "Nov 2025", "2025". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric', timeZone: 'UTC' };
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat('en-GB', options).format(date);
}
