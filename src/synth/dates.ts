// Calendar arithmetic on YYYY-MM-DD strings for the synthetic timeline (UTC, no time zones).

const DAY_MS = 86_400_000;

/** The ISO date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A day in [1990-01-01, 2020-12-31] chosen by a unit float. */
export function dayIn1990s2010s(unit: number): string {
  return addDays('1990-01-01', Math.floor(unit * 11_000));
}
