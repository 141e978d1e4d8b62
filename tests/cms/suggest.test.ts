/** Messages that help: a missing reference suggests the nearest existing ids (src/domain/nearest.ts). */
import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/domain/nearest.ts';

describe('a reference to an id that does not exist', () => {
  it('suggests the nearest existing ids of that collection', async () => {
    const { checkIntegrity } = await import('../../src/domain/integrity.ts');
    const entries = [
      { collection: 'doelgroepen', id: 'mantelzorgers', data: { titel: 'Mantelzorgers', zichtbaarheid: 'intern', trefwoorden: [], wijzigingen: [], synoniemen: [] }, body: '' },
      { collection: 'doelgroepen', id: 'ouderen', data: { titel: 'Ouderen', zichtbaarheid: 'intern', trefwoorden: [], wijzigingen: [], synoniemen: [] }, body: '' },
      { collection: 'doelgroepen', id: 'jongeren', data: { titel: 'Jongeren', zichtbaarheid: 'intern', trefwoorden: [], wijzigingen: [], synoniemen: [], onderdeelVan: 'mantelzorger' }, body: '' },
    ] as unknown as Parameters<typeof checkIntegrity>[0];
    const messages = checkIntegrity(entries, { peildatum: '2020-05-26' }).map((p) => p.message);
    expect(messages).toContain('verwijzing: er is geen doelgroep met id "mantelzorger" (verwacht content/doelgroepen/mantelzorger.md); bedoelde je "mantelzorgers"?');
  });
});

describe('nearest', () => {
  it('finds close ids, closest first, and nothing far away', () => {
    expect(nearest('clienten-dagbestedng', ['clienten-dagbesteding', 'ouderen', 'clienten-dagopvang'])).toEqual(['clienten-dagbesteding']);
    expect(nearest('xyz', ['ouderen'])).toEqual([]);
  });
});
