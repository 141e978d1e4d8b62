/**
 * What is true on a given day: measure status on a date and passage trust (src/collections/),
 * overdue actions (src/domain/actions.ts), periods in words (routemaps.ts), publication state
 * (publication.ts).
 */
import { describe, expect, it } from 'vitest';
import { measureOn, measureStatusOn, nextStepLabel } from '../../src/collections/maatregelen.ts';
import { passageSourceLine, passageTrust } from '../../src/collections/passages.ts';
import { actionOfEvent, actionsByOwner, actionsForGroup, daysOverdue, openActions, overdueCount, overdueLabel } from '../../src/domain/actions.ts';
import { publicationNotice, publicationState } from '../../src/domain/publication.ts';
import { formatPeriod, routeMapNotice } from '../../src/domain/routemaps.ts';
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
  it('shows a measure recorded as ended, seen before its first dated step, as ended on its end date (never "voorgenomen")', () => {
    const d = { status: 'beëindigd' as const, statusverloop: [], aangekondigdOp: '2021-01-20', vanKrachtVanaf: '2021-01-23', totEnMet: '2021-04-28' };
    expect(measureStatusOn(d, '2020-05-26')).toEqual({ status: 'beëindigd', since: '2021-04-29' });
    const written = { status: 'afgeschaald' as const, statusverloop: [{ datum: '2021-01-23', status: 'van kracht' as const }, { datum: '2021-04-28', status: 'afgeschaald' as const }] };
    expect(measureStatusOn(written, '2020-05-26')).toEqual({ status: 'afgeschaald', since: '2021-04-28' });
    // Not ended: before its first step a measure is still "voorgenomen".
    expect(measureStatusOn({ ...d, status: 'van kracht' as const }, '2020-05-26').status).toBe('voorgenomen');
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

describe('a measure as of a date', () => {
  const maatregel = () => entry('maatregelen', 'herstart', { titel: 'Herstart', samenvatting: 'S.', doelgroepen: ['ouderen'], verantwoordelijk: 'dmo', ...herstart }) as Entry<'maatregelen'>;
  it('replaces the status by the status on that day, and keeps the entry when nothing changes', () => {
    const m = maatregel();
    expect(measureOn(m, '2020-05-26').data.status).toBe('aangekondigd');
    expect(measureOn(m, '2020-05-26').data.statusverloop).toEqual(m.data.statusverloop);
    expect(measureOn(m, '2020-06-02')).toBe(m);
    expect(m.data.status).toBe('van kracht');
  });
  it('still knows the author\'s end of a measure when asked again about another day', () => {
    const ended = entry('maatregelen', 'avondklok', {
      titel: 'Avondklok', samenvatting: 'S.', doelgroepen: ['ouderen'], verantwoordelijk: 'dmo',
      status: 'beëindigd', aangekondigdOp: '2021-01-20', vanKrachtVanaf: '2021-01-23', totEnMet: '2021-04-28',
    }) as Entry<'maatregelen'>;
    const inForce = measureOn(ended, '2021-03-01');
    expect(inForce.data.status).toBe('van kracht');
    expect(measureStatusOn(inForce.data, '2021-03-01').next).toEqual({ status: 'beëindigd', date: '2021-04-29' });
    expect(measureStatusOn(inForce.data, '2021-05-01').status).toBe('beëindigd');
  });
  it('says the next step in words', () => {
    expect(nextStepLabel({ status: 'van kracht', date: '2020-06-01' })).toBe('van kracht vanaf 1 juni 2020');
  });
});

describe('open actions per owner, per target group, and behind a timeline event', () => {
  const kaart = (id: string, doelgroepen: string[], acties: Record<string, unknown>[]) =>
    entry('routekaarten', id, { titel: `Routekaart ${id}`, doelgroepen, versie: '1', versiedatum: '2020-03-01', status: 'vastgesteld', fasen: [{ titel: 'Fase', id: 'fase', acties }] }) as Entry<'routekaarten'>;
  const a = kaart('a', ['ouderen'], [
    { omschrijving: 'DMO later', eigenaar: 'dmo', deadline: '2020-06-10' },
    { omschrijving: 'VNG te laat', eigenaar: 'vng', deadline: '2020-05-01' },
  ]);
  const b = kaart('b', ['mantelzorgers'], [{ omschrijving: 'DMO te laat', eigenaar: 'dmo', deadline: '2020-04-01', status: 'lopend' }]);
  const list = openActions([a, b], '2020-05-26');

  it('groups by owner in order of each owner\'s most urgent action, overdue first within a group', () => {
    const groups = [...actionsByOwner(list)].map(([owner, actions]) => [owner, actions.map((x) => x.actie.omschrijving)]);
    expect(groups).toEqual([['dmo', ['DMO te laat', 'DMO later']], ['vng', ['VNG te laat']]]);
    expect(overdueCount(list)).toBe(2);
  });
  it('filters by the target groups of the route map', () => {
    expect(actionsForGroup(list, 'ouderen').map((x) => x.actie.omschrijving)).toEqual(['VNG te laat', 'DMO later']);
    expect(actionsForGroup(list, 'jeugd')).toEqual([]);
  });
  it('finds the action of a deadline event, with how overdue it is', () => {
    const found = actionOfEvent(b.data, { anchor: 'fase', label: 'DMO te laat', datum: '2020-04-01' }, '2020-05-26');
    expect(found?.actie.status).toBe('lopend');
    expect(found?.overdueDays).toBe(55);
    expect(actionOfEvent(b.data, { anchor: 'andere-fase', label: 'DMO te laat', datum: '2020-04-01' }, '2020-05-26')).toBeUndefined();
  });
});

describe('passage trust', () => {
  const base = { titel: 'Drie doelen', soort: 'Kamerbrief' as const, gebruiktIn: [] as { datum: string; kenmerk?: string; titel?: string; bron?: string }[] };
  const approved = { ...base, status: 'vastgesteld' as const, vastgesteldOp: '2016-05-02', vastgesteldDoor: 'directeur MO' };
  it('is green until the review date, amber after it, and says when a withdrawn passage was withdrawn', () => {
    expect(passageTrust({ ...approved, herzienUiterlijk: '2020-05-26' }, '2020-05-26').kind).toBe('vastgesteld');
    expect(passageTrust({ ...approved, herzienUiterlijk: '2020-05-25' }, '2020-05-26')).toEqual({ kind: 'controleren', op: '2016-05-02', door: 'directeur MO', herzienUiterlijk: '2020-05-25' });
    expect(passageTrust({ ...approved }, '2030-01-01').kind).toBe('vastgesteld');
    expect(passageTrust({ ...base, status: 'vervallen', vervallenOp: '2016-09-15' }, '2020-05-26')).toEqual({ kind: 'vervallen', op: '2016-09-15' });
    expect(passageTrust({ ...base, status: 'concept' }, '2020-05-26')).toEqual({ kind: 'niet-vastgesteld', status: 'concept' });
  });
  it('cites the letter it was used in (the latest), not an internal path', () => {
    const used = { ...approved, gebruiktIn: [{ datum: '2015-01-01', titel: 'Oude brief' }, { datum: '2016-05-02', bron: 'voortgang', kenmerk: '954002-149168-DMO' }] };
    expect(passageSourceLine(used, (id) => (id === 'voortgang' ? 'Kamerbrief voortgang Wmo 2015' : undefined))).toBe('Bron: Kamerbrief voortgang Wmo 2015, kenmerk 954002-149168-DMO, 2 mei 2016.');
    expect(passageSourceLine({ ...approved, gebruiktIn: [{ datum: '2020-05-20', titel: 'Kamerbrief over corona van 20 mei 2020' }] })).toBe('Bron: Kamerbrief over corona van 20 mei 2020, 20 mei 2020.');
    expect(passageSourceLine(approved)).toBe('Bron: vastgestelde passage "Drie doelen" van directeur MO, 2 mei 2016.');
    expect(passageSourceLine({ ...base, status: 'concept' })).toBeUndefined();
  });
});

describe('publication state of an entry', () => {
  const vraag = (data: Record<string, unknown>) => entry('vragen', 'v', { titel: 'Vraag?', status: 'vastgesteld', laatstGecontroleerd: '2020-05-01', zichtbaarheid: 'publiek', ...data });
  it('says since when, from when, or why not', () => {
    expect(publicationNotice(publicationState(vraag({ publicerenVanaf: '2020-05-01' }), '2020-05-26'))).toBe('Staat ook in de publieksversie, sinds 1 mei 2020.');
    expect(publicationState(vraag({}), '2020-05-26')).toEqual({ kind: 'publiek' });
    expect(publicationNotice(publicationState(vraag({ publicerenVanaf: '2020-06-01' }), '2020-05-26'))).toBe('Staat nog niet in de publieksversie: wordt gepubliceerd op 1 juni 2020 (publicerenVanaf).');
    expect(publicationNotice(publicationState(vraag({ zichtbaarheid: 'intern' }), '2020-05-26'))).toBe('Staat niet in de publieksversie: het is intern (zichtbaarheid: intern).');
    // Scheduled but not approved: it will not be published on that day either.
    expect(publicationState(vraag({ status: 'concept', publicerenVanaf: '2020-06-01' }), '2020-05-26')).toEqual({ kind: 'intern', reason: 'het is nog niet vastgesteld (status: concept)' });
  });
});
