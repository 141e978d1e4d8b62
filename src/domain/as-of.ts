/**
 * As of the reference date: a page never presents something dated after the peildatum as done or
 * checked. A historical build (`WEGWIJS_PEILDATUM=2020-05-26`) shows content that was committed
 * later, and answers checked later: those dates are said as "na de peildatum", apart from what
 * was true on the day. Pure.
 */
import type { IsoDate } from '../schemas/index.ts';
import type { EntryHistory } from './history.ts';

export interface HistoryAsOf {
  /** The history up to and including the reference date. */
  until: EntryHistory;
  /** What was recorded after it: how many days with changes, and the last of them. */
  after?: { count: number; last: IsoDate } | undefined;
  /** The days with changes after the reference date, newest first (listed as such, never as before it). */
  later: EntryHistory['lines'];
}

/** Splits an entry's history at the reference date. */
export function historyAsOf(history: EntryHistory, peildatum: IsoDate): HistoryAsOf {
  const lines = history.lines.filter((l) => l.datum <= peildatum);
  const later = history.lines.filter((l) => l.datum > peildatum);
  const keep = (date: IsoDate | undefined) => (date && date <= peildatum ? date : undefined);
  const eerst = keep(history.eerstGepubliceerd);
  const laatst = keep(history.laatstGewijzigd) ?? lines[0]?.datum;
  const until: EntryHistory = { source: history.source, ...(eerst ? { eerstGepubliceerd: eerst } : {}), ...(laatst ? { laatstGewijzigd: laatst } : {}), lines };
  const lastAfter = [history.laatstGewijzigd, history.eerstGepubliceerd, ...later.map((l) => l.datum)].filter((d): d is IsoDate => Boolean(d && d > peildatum)).sort().at(-1);
  return { until, later, ...(lastAfter ? { after: { count: Math.max(later.length, 1), last: lastAfter } } : {}) };
}

/** "Laatst gecontroleerd" on the reference date: the date, or said as after the peildatum. */
export function checkedAsOf(date: IsoDate | undefined, peildatum: IsoDate): { date: IsoDate; after: boolean } | undefined {
  return date ? { date, after: date > peildatum } : undefined;
}
