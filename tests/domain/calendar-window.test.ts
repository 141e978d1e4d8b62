/**
 * What a calendar holds (src/domain/calendar.ts `calendarWindow`): every date on or after the
 * reference date and the last ones before it, so that a hub's calendar does not grow with the
 * years of the whole knowledge base.
 */
import { describe, expect, it } from 'vitest';
import { calendarWindow } from '../../src/domain/calendar.ts';
import type { IsoDate } from '../../src/schemas/index.ts';

const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10) as IsoDate;
const events = Array.from({ length: 40 }, (_, i) => ({ datum: day(i), n: i }));

describe('calendarWindow', () => {
  it('keeps every date from the reference date on, and only the last ones before it', () => {
    const kept = calendarWindow(events, day(30), 5);
    expect(kept.map((e) => e.n)).toEqual([25, 26, 27, 28, 29, 30, ...Array.from({ length: 9 }, (_, i) => 31 + i)]);
  });
  it('keeps everything when fewer past dates than the limit', () => {
    expect(calendarWindow(events, day(3), 5)).toEqual(events);
  });
  it('keeps the last ones when every date is past (a historical knowledge base read today)', () => {
    expect(calendarWindow(events, day(100), 3).map((e) => e.n)).toEqual([37, 38, 39]);
  });
  it('keeps the reference date itself', () => {
    expect(calendarWindow(events, day(39), 0).map((e) => e.n)).toEqual([39]);
  });
});
