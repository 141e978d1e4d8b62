import { describe, expect, it } from 'vitest';
import { entryDescription } from '../../src/domain/description.ts';
import { entry } from './fixtures.ts';

const vraag = (body: string) => entry('vragen', 'v', { titel: 'Gaat de dagbesteding weer open?', status: 'vastgesteld', laatstGecontroleerd: '2020-06-02' }, body);

describe('entry description', () => {
  it('is the opening sentences of the text, without Markdown', () => {
    expect(entryDescription(vraag('Ja. Vanaf **1 juni 2020** krijgt iedereen weer [dagbesteding](/maatregelen/x/). Gemeenten regelen dat met aanbieders.\n\nMeer tekst.'))).toBe(
      'Ja. Vanaf 1 juni 2020 krijgt iedereen weer dagbesteding. Gemeenten regelen dat met aanbieders.',
    );
  });
  it('stays within 160 characters, cut at a word', () => {
    const long = entryDescription(vraag(`${'woord '.repeat(60)}einde.`))!;
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith('woord…')).toBe(true);
  });
  it('does not stop at a short first sentence when the next one is long', () => {
    const long = 'Gemeenten, zorgkantoren en zorgverzekeraars hebben afgesproken zorgaanbieders door te betalen, ook voor zorg en ondersteuning die door de coronamaatregelen niet geleverd kon worden.';
    const description = entryDescription(vraag(`Ja. ${long}`))!;
    expect(description.startsWith('Ja. Gemeenten, zorgkantoren en zorgverzekeraars')).toBe(true);
    expect(description.endsWith('…')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(160);
  });
  it('prefers the samenvatting', () => {
    const m = entry('maatregelen', 'm', { titel: 'Herstart', samenvatting: 'Iedereen weer dagbesteding.', status: 'van kracht', doelgroepen: ['ouderen'], verantwoordelijk: 'dmo' }, 'Andere tekst.');
    expect(entryDescription(m)).toBe('Iedereen weer dagbesteding.');
  });
});
