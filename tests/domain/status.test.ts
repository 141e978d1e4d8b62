/** What is true on a given day: measure status on a date, overdue actions, periods in words. */
import { describe, expect, it } from 'vitest';
import { daysOverdue, formatPeriod, measureStatusOn, openActions, overdueLabel, routeMapNotice } from '../../src/domain/status.ts';
import type { Entry } from '../../src/domain/types.ts';
import { entry } from './fixtures.ts';

const herstart = {
  status: 'van kracht' as const,
  statusverloop: [
    { datum: '2020-05-20', status: 'aangekondigd' as const },
    { datum: '2020-06-01', status: 'van kracht' as const },
  ],
  vanKrachtVanaf: '2020-06-01',
};

describe('status of a measure on a date', () => {
  it('is "aangekondigd" on 26 May for a measure in force from 1 June, with the next step', () => {
    expect(measureStatusOn(herstart, '2020-05-26')).toEqual({ status: 'aangekondigd', since: '2020-05-20', next: { status: 'van kracht', date: '2020-06-01' } });
  });
  it('is "van kracht" from the day itself', () => {
    expect(measureStatusOn(herstart, '2020-06-01')).toEqual({ status: 'van kracht', since: '2020-06-01' });
  });
  it('is "voorgenomen" before the first dated step', () => {
    expect(measureStatusOn(herstart, '2020-05-01').status).toBe('voorgenomen');
  });
  it('uses the date fields when there is no statusverloop, and ends the day after totEnMet', () => {
    const d = { status: 'beëindigd' as const, statusverloop: [], aangekondigdOp: '2021-01-20', vanKrachtVanaf: '2021-01-23', totEnMet: '2021-04-28' };
    expect(measureStatusOn(d, '2021-01-21').status).toBe('aangekondigd');
    expect(measureStatusOn(d, '2021-04-28').status).toBe('van kracht');
    expect(measureStatusOn(d, '2021-04-29')).toEqual({ status: 'beëindigd', since: '2021-04-29' });
  });
  it('keeps the author\'s status when nothing is dated', () => {
    expect(measureStatusOn({ status: 'van kracht', statusverloop: [] }, '2020-01-01')).toEqual({ status: 'van kracht' });
  });
});

describe('overdue actions', () => {
  it('counts days past the deadline for open and ongoing actions only', () => {
    expect(daysOverdue({ deadline: '2020-03-18', status: 'open' }, '2020-05-26')).toBe(69);
    expect(daysOverdue({ deadline: '2020-03-18', status: 'lopend' }, '2020-03-19')).toBe(1);
    expect(daysOverdue({ deadline: '2020-03-18', status: 'gereed' }, '2020-05-26')).toBe(0);
    expect(daysOverdue({ deadline: '2020-05-26', status: 'open' }, '2020-05-26')).toBe(0);
    expect(daysOverdue({ status: 'open' }, '2020-05-26')).toBe(0);
    expect(overdueLabel(1)).toBe('te laat (1 dag)');
    expect(overdueLabel(69)).toBe('te laat (69 dagen)');
  });

  it('lists open actions overdue first, then by deadline, then without deadline; done actions not at all', () => {
    const kaart = entry('routekaarten', 'kaart', {
      titel: 'Routekaart',
      doelgroepen: ['ouderen'],
      versie: '1',
      versiedatum: '2020-03-01',
      status: 'concept',
      fasen: [
        {
          titel: 'Fase 1',
          acties: [
            { omschrijving: 'Zonder deadline', eigenaar: 'dmo' },
            { omschrijving: 'Later', eigenaar: 'dmo', deadline: '2020-06-10' },
            { omschrijving: 'Gereed', eigenaar: 'dmo', deadline: '2020-03-01', status: 'gereed' },
            { omschrijving: 'Iets te laat', eigenaar: 'vng', deadline: '2020-05-20', status: 'lopend' },
            { omschrijving: 'Lang te laat', eigenaar: 'dmo', deadline: '2020-03-18' },
            { omschrijving: 'Eerder', eigenaar: 'vng', deadline: '2020-06-01' },
          ],
        },
      ],
    }) as Entry<'routekaarten'>;
    const list = openActions([kaart], '2020-05-26');
    expect(list.map((a) => [a.actie.omschrijving, a.overdueDays])).toEqual([
      ['Lang te laat', 69],
      ['Iets te laat', 6],
      ['Eerder', 0],
      ['Later', 0],
      ['Zonder deadline', 0],
    ]);
    expect(list[0]!.anchor).toBe('fase-1');
  });
});

describe('periods in words', () => {
  it('says the last day of a phase, not the exclusive tot', () => {
    expect(formatPeriod({ van: '2020-06-01', tot: '2020-06-08' })).toBe('1 t/m 7 juni 2020');
    expect(formatPeriod({ van: '2020-05-25', tot: '2020-06-08' })).toBe('25 mei t/m 7 juni 2020');
    expect(formatPeriod({ van: '2020-12-28', tot: '2021-01-04' })).toBe('28 december 2020 t/m 3 januari 2021');
    expect(formatPeriod({ tot: '2020-06-01' })).toBe('t/m 31 mei 2020');
    expect(formatPeriod({ van: '2020-06-15' })).toBe('vanaf 15 juni 2020');
    expect(formatPeriod({ van: '2020-06-15', tot: '2020-06-16' })).toBe('15 juni 2020');
    expect(formatPeriod({})).toBe('zonder vaste data');
  });
});

describe('route map notice', () => {
  it('warns at the top of a route map that is not approved, with its version', () => {
    expect(routeMapNotice({ status: 'ter afstemming', versie: '0.6', versiedatum: '2020-05-25' })).toBe('Deze routekaart is nog niet vastgesteld: versie 0.6 van 25 mei 2020, status ter afstemming.');
    expect(routeMapNotice({ status: 'vastgesteld', versie: '1.0', versiedatum: '2020-05-25' })).toBeUndefined();
  });
});
