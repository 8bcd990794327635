// RFC 3339 date-times (section 5.6: `date-time`), checked strictly: JavaScript's Date.parse
// accepts far more (no time zone, a space for T, "2025-02-30"), so it cannot be the test.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether the text is an RFC 3339 date-time with a real calendar date and a time zone. */
export function isRfc3339DateTime(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const match = DATE_TIME.exec(text);
  if (match === null) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const offsetHour = match[9] === undefined ? 0 : Number(match[9]);
  const offsetMinute = match[10] === undefined ? 0 : Number(match[10]);
  return (
    month >= 1 && month <= 12 &&
    day >= 1 && day <= daysIn(year, month) &&
    hour <= 23 && minute <= 59 &&
    second <= 60 && // a leap second
    offsetHour <= 23 && offsetMinute <= 59
  );
}
