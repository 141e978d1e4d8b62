/** As of the reference date: history recorded later is split off, checks after it are said as such. */
import { describe, expect, it } from 'vitest';
import { checkedAsOf, historyAsOf } from '../../src/domain/as-of.ts';
import type { EntryHistory } from '../../src/domain/history.ts';

const history: EntryHistory = {
  source: 'git',
  eerstGepubliceerd: '2026-11-22',
  laatstGewijzigd: '2026-12-05',
  lines: [
    { datum: '2026-12-05', notities: [], commits: ['Versie 0.9'], vastgelegd: true },
    { datum: '2026-11-22', notities: [], commits: ['Eerste versie'], vastgelegd: true },
    { datum: '2020-05-25', notities: ['Uitgewerkt na het overleg.'], commits: [], vastgelegd: false },
    { datum: '2020-05-22', notities: ['Eerste opzet.'], commits: [], vastgelegd: false },
  ],
};

describe('historyAsOf', () => {
  it('keeps what happened up to the reference date and says what was recorded after it', () => {
    const { until, after } = historyAsOf(history, '2020-05-26');
    expect(until.eerstGepubliceerd).toBeUndefined();
    expect(until.laatstGewijzigd).toBe('2020-05-25');
    expect(until.lines.map((l) => l.datum)).toEqual(['2020-05-25', '2020-05-22']);
    expect(after).toEqual({ count: 2, last: '2026-12-05' });
    expect(historyAsOf(history, '2020-05-26').later.map((l) => l.datum)).toEqual(['2026-12-05', '2026-11-22']);
  });

  it('changes nothing when everything lies before the reference date', () => {
    const { until, after } = historyAsOf(history, '2027-01-01');
    expect(until).toEqual(history);
    expect(after).toBeUndefined();
    expect(historyAsOf(history, '2027-01-01').later).toEqual([]);
  });
});

describe('checkedAsOf', () => {
  it('marks a check after the reference date', () => {
    expect(checkedAsOf('2020-06-02', '2020-05-26')).toEqual({ date: '2020-06-02', after: true });
    expect(checkedAsOf('2020-05-20', '2020-05-26')).toEqual({ date: '2020-05-20', after: false });
    expect(checkedAsOf(undefined, '2020-05-26')).toBeUndefined();
  });
});
