/** Calendar-date helpers on ISO `YYYY-MM-DD` strings; formatting through Intl, in Dutch. */
import type { IsoDate } from '../schemas/index.ts';

const long = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const withWeekday = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

const formatted = new Map<IsoDate, string>();
/** "1 juni 2020" (memoised: the same few thousand dates are formatted on every page) */
export function formatDate(date: IsoDate): string {
  let text = formatted.get(date);
  if (text === undefined) {
    text = long.format(toUtc(date));
    formatted.set(date, text);
  }
  return text;
}

/** "maandag 1 juni 2020" */
export function formatDag(date: IsoDate): string {
  return withWeekday.format(toUtc(date));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO 8601 week: { year, week } with weeks starting on Monday. */
export function isoWeek(date: IsoDate): { year: number; week: number; monday: IsoDate } {
  const d = toUtc(date);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  const monday = addDays(date, -day);
  const thursday = toUtc(addDays(monday, 3));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7);
  return { year: thursday.getUTCFullYear(), week, monday };
}

/** Today's date in the Netherlands, as the default reference date. */
export function today(timeZone = 'Europe/Amsterdam'): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
