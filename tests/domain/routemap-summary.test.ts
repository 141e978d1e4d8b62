/** A route map in one look: current phase, next milestone, overdue actions, next deadlines, decisions. */
import { describe, expect, it } from 'vitest';
import { daysLeftLabel, routemapSummary, sharedMeasure } from '../../src/domain/routemap-summary.ts';
import type { Routekaart } from '../../src/collections/routekaarten.ts';
import { WEEK_LIMIT, weekRows } from '../../src/domain/routemaps.ts';
import type { TimelineEvent } from '../../src/domain/timeline.ts';

const kaart = (): Pick<Routekaart, 'fasen' | 'status' | 'versie'> => ({
  versie: '0.9',
  status: 'ter afstemming',
  fasen: [
    { id: 'tot-1-juni', titel: 'Periode tot 1 juni', van: '2020-05-20', tot: '2020-06-01', status: 'vastgesteld', acties: [
      { omschrijving: 'PO VWS-VNG', eigenaar: 'dmo', deadline: '2020-05-26', status: 'open', maatregel: 'm' },
      { omschrijving: 'Gemeenten informeren', eigenaar: 'vng', deadline: '2020-05-20', status: 'open', maatregel: 'm' },
      { omschrijving: 'Al gedaan', eigenaar: 'vng', deadline: '2020-05-21', status: 'gereed', maatregel: 'm' },
    ] },
    { id: 'na-1-juni', titel: 'Periode na 1 juni', van: '2020-06-01', tot: '2020-06-08', status: 'ter afstemming', acties: [
      { omschrijving: 'Gemeenten bellen', eigenaar: 'dmo', deadline: '2020-06-05', status: 'open' },
    ] },
    { titel: 'Periode vanaf 15 juni', van: '2020-06-15', acties: [] },
  ],
});

describe('routemapSummary', () => {
  it('says where we are, the next milestone and the days to it', () => {
    const s = routemapSummary(kaart(), '2020-05-26');
    expect(s.position).toMatchObject({ kind: 'tijdens', index: 0, anchor: 'tot-1-juni', total: 3 });
    expect(s.next).toEqual({ datum: '2020-06-01', daysLeft: 6, label: 'Fase 2 (Periode na 1 juni) begint', anchor: 'na-1-juni' });
  });

  it('lists overdue open actions (not finished ones) and upcoming deadlines soonest first', () => {
    const s = routemapSummary(kaart(), '2020-05-26');
    expect(s.overdue.map((a) => [a.actie.omschrijving, a.overdueDays])).toEqual([['Gemeenten informeren', 6]]);
    expect(s.upcoming.map((a) => [a.actie.omschrijving, a.daysLeft])).toEqual([['PO VWS-VNG', 0], ['Gemeenten bellen', 10]]);
    expect(routemapSummary(kaart(), '2020-05-26', { upcoming: 1 }).moreUpcoming).toBe(1);
  });

  it('separates what is decided from what is still being agreed', () => {
    const s = routemapSummary(kaart(), '2020-05-26');
    expect(s.open.map((d) => [d.wat, d.status])).toEqual([['De routekaart (versie 0.9)', 'ter afstemming'], ['Fase 2 (Periode na 1 juni)', 'ter afstemming']]);
    expect(s.decided.map((d) => d.wat)).toEqual(['Fase 1 (Periode tot 1 juni)']);
  });

  it('knows before the first and after the last phase; the end of a last phase is a milestone', () => {
    expect(routemapSummary(kaart(), '2020-05-01').position.kind).toBe('voor');
    const k = kaart();
    k.fasen[2]!.tot = '2020-07-01';
    expect(routemapSummary(k, '2020-06-20').next?.label).toBe('Fase 3 (Periode vanaf 15 juni) eindigt');
    expect(routemapSummary(k, '2020-07-02').position.kind).toBe('na');
    expect(routemapSummary(k, '2020-07-02').next).toBeUndefined();
  });

  it('finds the one measure all actions of a phase serve', () => {
    expect(sharedMeasure(kaart().fasen[0]!)).toBe('m');
    expect(sharedMeasure(kaart().fasen[1]!)).toBeUndefined();
    expect(daysLeftLabel(0)).toBe('vandaag');
    expect(daysLeftLabel(1)).toBe('morgen');
    expect(daysLeftLabel(6)).toBe('over 6 dagen');
  });
});

describe('passageBadge', () => {
  it('is the status, or "controleren" for an approved passage past its review date', async () => {
    const { passageBadge } = await import('../../src/collections/passages.ts');
    expect(passageBadge({ status: 'vastgesteld', herzienUiterlijk: '2017-05-02' }, '2020-05-26')).toBe('controleren');
    expect(passageBadge({ status: 'vastgesteld', herzienUiterlijk: '2020-06-15' }, '2020-05-26')).toBe('vastgesteld');
    expect(passageBadge({ status: 'vastgesteld' }, '2020-05-26')).toBe('vastgesteld');
    expect(passageBadge({ status: 'vervallen', herzienUiterlijk: '2017-05-02' }, '2020-05-26')).toBe('vervallen');
    expect(passageBadge({ status: 'concept' }, '2020-05-26')).toBe('concept');
  });
});

describe('weekRows (/komende-weken/)', () => {
  const event = (datum: string, n: number) => ({ datum, soort: 'actie-deadline', label: `Actie ${n}`, entry: `routekaarten/kaart-${n}` }) as TimelineEvent;

  it('shows a week whole up to the limit, in date order', () => {
    const events = [event('2021-06-09', 1), event('2021-06-07', 2), event('2021-06-08', 3)];
    const rows = weekRows({ events }, 3);
    expect(rows.shown.map((e) => e.label)).toEqual(['Actie 2', 'Actie 3', 'Actie 1']);
    expect(rows).toMatchObject({ more: 0, moreByDay: [] });
  });

  it('shows the first events of a busy week and counts every other one on its day', () => {
    const events = Array.from({ length: 130 }, (_, n) => event(`2021-06-${String(7 + (n % 5)).padStart(2, '0')}`, n));
    const rows = weekRows({ events }, WEEK_LIMIT);
    expect(rows.shown).toHaveLength(WEEK_LIMIT);
    expect(rows.more).toBe(130 - WEEK_LIMIT);
    expect(rows.moreByDay.reduce((n, d) => n + d.count, 0)).toBe(rows.more);
    // Nothing shown comes after anything counted: the table is the start of the week.
    const lastShown = rows.shown.at(-1)!.datum;
    expect(rows.moreByDay.every((d) => d.datum >= lastShown)).toBe(true);
    expect(rows.moreByDay.map((d) => d.datum)).toEqual([...rows.moreByDay.map((d) => d.datum)].sort());
    // Every event is either shown or counted, once.
    expect(new Set([...rows.shown.map((e) => e.label)]).size + rows.more).toBe(130);
  });
});
