/**
 * The leak scan's matcher (src/verify/matcher.ts) finds exactly what `indexOf` finds, for every
 * needle, at every position: on random texts over a small alphabet (many near-misses and hash
 * collisions in the window), with needles shorter and longer than the window, overlapping and
 * repeated, and on Dutch text with accents and typographic quotes.
 */
import { describe, expect, it } from 'vitest';
import { NeedleMatcher, WINDOW } from '../../src/verify/matcher.ts';

function expected(needles: readonly string[], text: string): string[] {
  const out: string[] = [];
  needles.forEach((needle, i) => {
    if (!needle) return;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) out.push(`${i}@${at}`);
  });
  return out.sort();
}
const found = (needles: readonly string[], text: string) =>
  new NeedleMatcher(needles)
    .search(text)
    .map((m) => {
      expect(text.slice(m.start, m.end)).toBe(needles[m.needle]);
      return `${m.needle}@${m.start}`;
    })
    .sort();

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('NeedleMatcher', () => {
  it('finds what indexOf finds on random texts', () => {
    const next = random(20200526);
    for (let round = 0; round < 200; round++) {
      const alphabet = round % 2 ? 'ab' : 'abcé ';
      const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const text = pick(Math.floor(next() * 400));
      const needles = Array.from({ length: 1 + Math.floor(next() * 30) }, () => {
        // Half are taken from the text (so they occur), half are random.
        const n = 1 + Math.floor(next() * (WINDOW * 3));
        if (next() < 0.5 && text.length > n) {
          const at = Math.floor(next() * (text.length - n));
          return text.slice(at, at + n);
        }
        return pick(n);
      });
      expect(found(needles, text)).toEqual(expected(needles, text));
    }
  });

  it('finds sentences, titles and ids in Dutch text, each occurrence', () => {
    const text = 'de “herstart” van de dagbesteding — zie /maatregelen/herstart-dagbesteding/ en ook /maatregelen/herstart-dagbesteding/. café’s blijven dicht tot 1 juni.';
    const needles = ['/maatregelen/herstart-dagbesteding/', 'café’s blijven dicht', 'dagbesteding', 'de', 'niet aanwezig in de tekst', ''];
    expect(found(needles, text)).toEqual(expected(needles, text));
    expect(found(needles, text).filter((m) => m.startsWith('0@'))).toHaveLength(2);
  });

  it('finds needles that share their first characters (ids of one collection, sentences opening alike)', () => {
    const needles = [
      ...Array.from({ length: 300 }, (_, i) => `/vragen/vraag-${i}/`),
      ...Array.from({ length: 50 }, (_, i) => `de gemeente regelt de opvang van groep ${i} vanaf 1 juni`),
    ];
    const text = ['/vragen/vraag-7/', 'x /vragen/vraag-70/ y', '/vragen/vraag-299/', 'de gemeente regelt de opvang van groep 3 vanaf 1 juni.', 'de gemeente regelt de opvang van groep 33'].join(' … ');
    expect(found(needles, text)).toEqual(expected(needles, text));
    expect(found(needles, text)).toHaveLength(4);
  });

  it('handles texts shorter than the window and no needles', () => {
    expect(new NeedleMatcher(['abcdefghij']).search('abc')).toEqual([]);
    expect(new NeedleMatcher([]).search('abcdefghijkl')).toEqual([]);
    expect(found(['ab'], 'xab')).toEqual(['0@1']);
  });
});
