/**
 * Dutch dates as they are written in letters, minutes and route maps ("2 mei 2016", "18 maart
 * 2020 9:30-10:30 uur", "16-03-2020"), and deadlines relative to a meeting ("vóór het einde van
 * de week", "vandaag", "morgen"). Dates are plain `YYYY-MM-DD` strings, computed in UTC so that
 * no time zone shifts a day.
 */
import { isIsoDate } from '../schemas/shared.ts';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTH_PATTERN = `(${MONTHS.join('|')}|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?`;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.findIndex((m) => m === lower);
  if (full >= 0) return full + 1;
  const short: Record<string, number> = { jan: 1, feb: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12 };
  return short[lower] ?? 0;
}

/** The first date written in `text` ("2 mei 2016", "2016-05-02", "02-05-2016"), or undefined. */
export function findDate(text: string): string | undefined {
  const written = new RegExp(`(?<![\\d])(\\d{1,2})\\s+${MONTH_PATTERN}\\s+(\\d{4})`, 'iu').exec(text);
  if (written) {
    const date = iso(Number(written[3]), monthNumber(written[2]!), Number(written[1]));
    if (isIsoDate(date)) return date;
  }
  const isoMatch = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (isoMatch && isIsoDate(isoMatch[0])) return isoMatch[0];
  const numeric = /(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/.exec(text);
  if (numeric) {
    const date = iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    if (isIsoDate(date)) return date;
  }
  return undefined;
}

/** A day and month without a year ("1 juni"), placed in the year of `reference` (or the next one when it would lie before it). */
export function findDayMonth(text: string, reference: string): string | undefined {
  const full = findDate(text);
  if (full) return full;
  const match = new RegExp(`(?<![\\d])(\\d{1,2})\\s+${MONTH_PATTERN}(?!\\s+\\d{4})`, 'iu').exec(text);
  if (!match) return undefined;
  const year = Number(reference.slice(0, 4));
  let date = iso(year, monthNumber(match[2]!), Number(match[1]));
  if (!isIsoDate(date)) return undefined;
  if (date < reference && reference.slice(5) > '10-31' && date.slice(5) < '03-01') date = iso(year + 1, monthNumber(match[2]!), Number(match[1]));
  return date;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Friday of the week of `date` (Monday–Sunday); on a Saturday or Sunday the Friday before is past, so the next one. */
export function fridayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const diff = day === 6 ? 6 : day === 0 ? 5 : 5 - day;
  return addDays(date, diff);
}

export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export interface Deadline {
  /** The resolved date, when the text states one. */
  date?: string;
  /** The words the date was read from, as written. */
  phrase?: string;
  /** Words that sound like a deadline but name no day ("binnenkort", "volgende week"). */
  unresolved?: string;
}

const RELATIVE: readonly { pattern: RegExp; resolve: (meeting: string) => string }[] = [
  { pattern: /(?:v[óo]{1,2}r |tegen |aan |op )?(?:het )?eind(?:e)? van (?:de|deze) week/iu, resolve: fridayOf },
  { pattern: /(?:v[óo]{1,2}r |op )?vrijdag(?! \d)/iu, resolve: fridayOf },
  { pattern: /\bvandaag\b|\bvanmiddag\b|\bvanavond\b|\bvanochtend\b/iu, resolve: (m) => m },
  { pattern: /\b(?:rond|om|voor|vóór) (?:1[0-9]|2[0-3]|[89])(?:[.:]\d{2})?(?: uur)?\b(?! (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))/iu, resolve: (m) => m },
  { pattern: /\bmorgen\b/iu, resolve: (m) => addDays(m, 1) },
  { pattern: /\bovermorgen\b/iu, resolve: (m) => addDays(m, 2) },
];

const VAGUE = /\b(?:binnenkort|zo snel mogelijk|z\.s\.m\.|op korte termijn|volgende week|later(?: deze maand)?|op een later moment|eind(?:e)? van de maand)\b/iu;

/** The deadline an action's text states, relative to the meeting date. */
export function findDeadline(text: string, meeting: string): Deadline {
  const explicit = new RegExp(`(?:v[óo]{1,2}r|uiterlijk|tegen|op|per)\\s+(?:\\w+dag\\s+)?(\\d{1,2}\\s+${MONTH_PATTERN}(?:\\s+\\d{4})?)`, 'iu').exec(text);
  if (explicit) {
    const date = findDayMonth(explicit[1]!, meeting);
    if (date) return { date, phrase: explicit[0] };
  }
  for (const { pattern, resolve } of RELATIVE) {
    const match = pattern.exec(text);
    if (match) return { date: resolve(meeting), phrase: match[0].trim() };
  }
  const vague = VAGUE.exec(text);
  return vague ? { unresolved: vague[0] } : {};
}
