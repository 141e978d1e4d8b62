/** The one edit distance and ranking behind every "bedoelde je …?" (src/domain/nearest.ts). */
import { describe, expect, it } from 'vitest';
import { closest, editDistance, nearest, suggest } from '../../src/domain/nearest.ts';

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('maatregel', 'maatregelen')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('maatregleen', 'maatregelen')).toBe(1);
    // Optimal string alignment: a swapped pair is not edited again ("ca" → "abc" is 3, not 2).
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('agrees with the unbounded distance up to the bound and says max + 1 beyond it', () => {
    const words = ['dagbesteding', 'dagbestedng', 'dagopvang', 'bezoekregeling', 'bezoeksregeling', 'mantelzorger', 'ouderen', 'wmo', ''];
    for (const a of words)
      for (const b of words)
        for (const max of [0, 1, 2, 3]) {
          const full = editDistance(a, b);
          expect(editDistance(a, b, max), `${a} ~ ${b} (max ${max})`).toBe(full <= max ? full : max + 1);
        }
  });
});

describe('closest, nearest and suggest', () => {
  it('orders by distance, then weight, then the order given', () => {
    expect(closest('zorg', ['borg', 'zorgt', 'zorg', 'korg'], 1, (c) => (c === 'korg' ? 1 : 0))).toEqual([
      { candidate: 'zorg', distance: 0 },
      { candidate: 'korg', distance: 1 },
      { candidate: 'borg', distance: 1 },
      { candidate: 'zorgt', distance: 1 },
    ]);
  });

  it('nearest: a third of the id in edits at most, alphabetical among equals, three at most', () => {
    expect(nearest('ouderen', ['ouders', 'oudere', 'ouderenzorg', 'jongeren'])).toEqual(['oudere', 'ouders']);
    expect(nearest('abcdef', ['abcdeg', 'abcdez', 'abcdex', 'abcdey'])).toEqual(['abcdeg', 'abcdex', 'abcdey']);
  });

  it('suggest: a case-insensitive match first, else the closest within three edits, in the known spelling', () => {
    expect(suggest('Titel', ['titel', 'status'])).toBe('titel');
    expect(suggest('publicerenvanaf', ['titel', 'publicerenVanaf'])).toBe('publicerenVanaf');
    expect(suggest('zichtbaarhied', ['titel', 'zichtbaarheid'])).toBe('zichtbaarheid');
    expect(suggest('omschrijving', ['titel', 'status'])).toBeUndefined();
  });
});
