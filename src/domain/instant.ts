/** The UTC calendar date of an instant, YYYY-MM-DD. */
export function utcDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The UTC wall-clock time of an instant, HH:MM:SS. */
export function utcTime(instant: Date): string {
  return instant.toISOString().slice(11, 19);
}
