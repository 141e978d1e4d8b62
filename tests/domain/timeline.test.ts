import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/domain/timeline.ts';
import { formatDate, isoWeek } from '../../src/domain/dates.ts';
import { comingWeeks, currentPhaseIndex, phaseStates, ROUTEMAP_EVENT_KINDS } from '../../src/domain/routemaps.ts';
import { knowledgeBase } from './fixtures.ts';

describe('timeline', () => {
  const timeline = buildTimeline(knowledgeBase());

  it('orders events by date across collections', () => {
    const dates = timeline.events.map((e) => e.datum);
    expect(dates).toEqual([...dates].sort());
    expect(timeline.on('2020-06-01').map((e) => e.soort)).toEqual(['maatregel-van-kracht', 'fase-begint', 'fase-eindigt']);
  });

  it('has one page-worthy date per distinct day', () => {
    expect(new Set(timeline.dates).size).toBe(timeline.dates.length);
    expect(timeline.dates).toContain('2020-05-29');
  });

  it('formats Dutch dates', () => {
    expect(formatDate('2020-06-01')).toBe('1 juni 2020');
    expect(isoWeek('2020-06-01')).toEqual({ year: 2020, week: 23, monday: '2020-06-01' });
    expect(isoWeek('2021-01-03').week).toBe(53);
  });
});

describe('route-map phases', () => {
  const fasen = [{ tot: '2020-06-01' }, { van: '2020-06-01', tot: '2020-06-08' }, { van: '2020-06-08', tot: '2020-06-15' }, { van: '2020-06-15' }];

  it('picks the phase in force on a date, end dates exclusive', () => {
    expect(currentPhaseIndex(fasen, '2020-05-20')).toBe(0);
    expect(currentPhaseIndex(fasen, '2020-06-01')).toBe(1);
    expect(currentPhaseIndex(fasen, '2020-06-07')).toBe(1);
    expect(currentPhaseIndex(fasen, '2020-06-08')).toBe(2);
    expect(currentPhaseIndex(fasen, '2020-09-01')).toBe(3);
  });

  it('has no current phase outside the route map', () => {
    const bounded = [{ van: '2021-01-01', tot: '2021-02-01' }, { van: '2021-02-01', tot: '2021-03-01' }];
    expect(currentPhaseIndex(bounded, '2020-12-31')).toBe(-1);
    expect(currentPhaseIndex(bounded, '2021-03-01')).toBe(-1);
    expect(phaseStates(bounded, '2021-03-01')).toEqual(['voorbij', 'voorbij']);
    expect(phaseStates(bounded, '2020-12-01')).toEqual(['komend', 'komend']);
    expect(phaseStates(fasen, '2020-06-10')).toEqual(['voorbij', 'voorbij', 'huidig', 'komend']);
  });

  it('groups the coming weeks of phase changes and deadlines by ISO week', () => {
    const timeline = buildTimeline(knowledgeBase());
    // 26 May + 2 weeks: up to and including 8 June (the window end, 9 June, is exclusive).
    const weeks = comingWeeks(timeline, '2020-05-26', 2, (e) => ROUTEMAP_EVENT_KINDS.has(e.soort));
    expect(weeks.map((w) => w.week)).toEqual([22, 23, 24]);
    expect(weeks[0]!.events.map((e) => e.soort)).toEqual(['actie-deadline']);
    expect(weeks[0]!.events[0]!.eigenaar).toBe('organisaties/dmo');
    expect(weeks[1]!.events.map((e) => e.datum)).toEqual(['2020-06-01', '2020-06-01']);
    expect(weeks[2]!.events.map((e) => e.datum)).toEqual(['2020-06-08', '2020-06-08']);
    expect(comingWeeks(timeline, '2020-05-27', 2).flatMap((w) => w.events).some((e) => e.datum === '2020-06-15')).toBe(false);
    expect(comingWeeks(timeline, '2020-06-02', 2).flatMap((w) => w.events).some((e) => e.datum === '2020-06-15')).toBe(true);
  });
});
