/**
 * Scheduled publication must not hide a time bomb: an entry that is valid today but would point
 * at something internal on the day it is published is reported today, with that date.
 */
import { describe, expect, it } from 'vitest';
import { checkIntegrity, describeNextChange, scheduledChanges } from '../../src/domain/integrity.ts';
import { formatLocation } from '../../src/domain/types.ts';
import { entry, knowledgeBase } from './fixtures.ts';

const internalMeasure = entry('maatregelen', 'intern-besluit', {
  titel: 'Intern besluit over dagbesteding',
  samenvatting: 'Nog niet openbaar.',
  status: 'voorgenomen',
  doelgroepen: ['ouderen'],
  verantwoordelijk: 'dmo',
});

const scheduledQa = (publicerenVanaf: string) =>
  entry('vragen', 'later-publiek', {
    titel: 'Wat verandert er in juli?',
    status: 'vastgesteld',
    laatstGecontroleerd: '2020-06-02',
    doelgroepen: ['ouderen'],
    maatregelen: ['intern-besluit'],
    zichtbaarheid: 'publiek',
    publicerenVanaf,
  });

describe('scheduled publication', () => {
  it('reports today a public Q&A that will link an internal measure on its publication date', () => {
    const problems = checkIntegrity([...knowledgeBase(), internalMeasure, scheduledQa('2020-07-01')], { peildatum: '2020-06-10' });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('content/vragen/later-publiek.md');
    expect(formatLocation(problems[0]!.at!)).toBe('maatregelen[0]');
    expect(problems[0]!.message).toMatch(/^vanaf 2020-07-01 is vraag "later-publiek" publiek en verwijst het naar maatregel "intern-besluit", maar dat is dan niet publiek/);
  });

  it('is quiet when the measure is published on the same day', () => {
    const measure = entry('maatregelen', 'intern-besluit', { ...internalMeasure.data, zichtbaarheid: 'publiek', publicerenVanaf: '2020-07-01' });
    expect(checkIntegrity([...knowledgeBase(), measure, scheduledQa('2020-07-01')], { peildatum: '2020-06-10' })).toEqual([]);
  });

  it('reports it once, as a present problem, once the date has come', () => {
    const problems = checkIntegrity([...knowledgeBase(), internalMeasure, scheduledQa('2020-07-01')], { peildatum: '2020-07-01' });
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^publieke vraag "later-publiek" verwijst naar maatregel "intern-besluit"/)]);
  });

  it('lists the dates on which the public edition changes', () => {
    const ending = entry('maatregelen', 'tijdelijk', { ...internalMeasure.data, totEnMet: '2020-08-31' });
    expect(scheduledChanges([...knowledgeBase(), ending, scheduledQa('2020-07-01')], '2020-06-10').map((c) => c.date)).toEqual(['2020-07-01', '2020-09-01']);
  });
});

describe('the next scheduled change, for the build log', () => {
  it('names the date and what happens', () => {
    expect(describeNextChange([...knowledgeBase(), scheduledQa('2020-07-01')], '2020-06-10')).toBe(
      'Volgende geplande wijziging: 2020-07-01 (vraag "later-publiek" wordt publiek). Bouw en publiceer die dag opnieuw (zie deploy/schedule/).',
    );
    expect(describeNextChange(knowledgeBase(), '2020-06-10')).toBe('Geen geplande publicaties of einddata na de peildatum.');
  });
});

describe('passage dates', () => {
  const passage = (extra: Record<string, unknown>) =>
    entry('passages', 'p', { titel: 'Een passage', soort: 'Kamerbrief', status: 'vastgesteld', vastgesteldOp: '2020-05-01', vastgesteldDoor: 'directeur DMO', ...extra });
  it('refuses a withdrawal date on a passage that is not withdrawn, and review or withdrawal before approval', () => {
    const messages = (e: ReturnType<typeof passage>) => checkIntegrity([e], { peildatum: '2020-06-01' }).map((p) => `${formatLocation(p.at!)}: ${p.message}`);
    expect(messages(passage({ vervallenOp: '2020-06-01' }))).toEqual(['vervallenOp: alleen een vervallen passage heeft een datum van vervallen; deze heeft status "vastgesteld"']);
    expect(messages(passage({ herzienUiterlijk: '2020-04-01' }))).toEqual(['herzienUiterlijk: herzienUiterlijk (2020-04-01) ligt vóór vastgesteldOp (2020-05-01)']);
    expect(messages(passage({ status: 'vervallen', redenVervallen: 'Beleid gewijzigd', vervallenOp: '2020-04-01' }))).toEqual(['vervallenOp: vervallenOp (2020-04-01) ligt vóór vastgesteldOp (2020-05-01)']);
    expect(messages(passage({ herzienUiterlijk: '2021-05-01' }))).toEqual([]);
  });
});
