// Reads a source date (YYYY-MM-DD, YYYY-MM or YYYY) into a checked calendar date whose precision is its form.

export type Precision = 'day' | 'month' | 'year';

export interface CalendarDate {
  /** The lexical form, as written: `2017-07-22`, `2014-08`, `2013`. */
  lexical: string;
  precision: Precision;
  year: number;
  month?: number;
  day?: number;
}

/** Parses a date or explains why it is not one (`month 13 does not exist`). */
export function parseDate(value: string | number): CalendarDate | { problem: string } {
  const text = String(value);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return { problem: 'the form is not YYYY-MM-DD, YYYY-MM or YYYY' };
  const year = Number(m[1]);
  if (year === 0) return { problem: 'year 0000 does not exist' };
  if (m[2] === undefined) return { lexical: text, precision: 'year', year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { problem: `month ${m[2]} does not exist` };
  if (m[3] === undefined) return { lexical: text, precision: 'month', year, month };
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last)
    return { problem: `day ${m[3]} does not exist in ${m[1]}-${m[2]}, which has ${last} days` };
  return { lexical: text, precision: 'day', year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first moment the date can mean: `2014-08` → `2014-08-01T00:00:00`. */
export function firstMoment(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month ?? 1, 2)}-${pad(d.day ?? 1, 2)}T00:00:00`;
}

/** The last moment the date can mean: `2014-08` → `2014-08-31T23:59:59`. */
export function lastMoment(d: CalendarDate): string {
  const month = d.month ?? 12;
  const day = d.day ?? daysInMonth(d.year, month);
  return `${pad(d.year, 4)}-${pad(month, 2)}-${pad(day, 2)}T23:59:59`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
