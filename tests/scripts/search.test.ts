/**
 * The search page's pure rules (src/scripts/search/): which words of a query are searched, how
 * words searched one by one combine and rank, when a match counts as the typed word, the spelling
 * correction from the vocabulary, the filters and the excerpt. The page itself (Pagefind in
 * Chromium) is tested in tests/e2e/search.test.ts and search-quality.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { excerptParts, EXCERPT_WORDS } from '../../src/scripts/search/excerpt.ts';
import { filterQuery, parseFilters, unionCounts } from '../../src/scripts/search/filters.ts';
import { allConfirmed, byMatchesThenScore, combineWords, confirms, countedWords, isBetter, matchedWords, queryWords, rerank, searchTerms, typedStem } from '../../src/scripts/search/ranking.ts';
import { correctedQuery, correction, maxEdits } from '../../src/scripts/search/spelling.ts';

const text = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('query words', () => {
  it('reads words as Pagefind does: lower case, punctuation at the edges gone, inside kept', () => {
    expect(queryWords('  Wie mag naar de DAGBESTEDING? (Covid-19) ')).toEqual(['wie', 'mag', 'naar', 'de', 'dagbesteding', 'covid-19']);
  });

  it('searches without question and function words, unless the query has nothing else', () => {
    expect(searchTerms(queryWords('Wie mag naar de dagbesteding?'))).toEqual(['dagbesteding']);
    expect(searchTerms(queryWords('Wie wat waar'))).toEqual(['wie', 'wat', 'waar']);
    expect(searchTerms([])).toEqual([]);
  });

  it('leaves out clitics, which would match nearly every page', () => {
    expect(queryWords("mag ik 's avonds naar mijn moeder")).toContain('s');
    expect(searchTerms(queryWords("Mag ik 's avonds naar mijn moeder in het verpleeghuis?"))).toEqual(['avonds', 'moeder', 'verpleeghuis']);
    expect(searchTerms(queryWords("Mag ik met m'n moeder 't park in?"))).toEqual(['moeder', 'park']);
  });
});

describe('combining words searched one by one', () => {
  const r = (id: string, score: number) => ({ id, score });

  it('counts per page how many words it matches and sums their scores; uncounted words are left out', () => {
    const perWord = [[r('a', 1), r('b', 2)], [r('b', 3), r('c', 5)], [r('a', 7)]];
    const combined = combineWords(perWord, [true, true, false]).map((c) => [c.result.id, c.matched, c.score]);
    expect(combined).toEqual([
      ['a', 1, 1],
      ['b', 2, 5],
      ['c', 1, 5],
    ]);
  });

  it('drops weak words, unless every word is weak', () => {
    expect(countedWords([false, true, false])).toEqual([true, false, true]);
    expect(countedWords([true, true])).toEqual([true, true]);
  });

  it('ranks by words matched, then score; the edition ranking multiplies the score of the first results', () => {
    const list = [
      { result: r('a', 9), matched: 1, score: 9 },
      { result: r('b', 1), matched: 2, score: 1 },
      { result: r('c', 2), matched: 2, score: 2 },
    ];
    expect([...list].sort(byMatchesThenScore).map((c) => c.result.id)).toEqual(['c', 'b', 'a']);
    // b's rang 3 lifts it above c (2 × 1), but never above a page that matches more words.
    expect(rerank([list[1]!, list[2]!, list[0]!], ['3', undefined, '100'])).toEqual([0, 1, 2]);
    expect(rerank([list[1]!, list[2]!], ['1', '1'])).toEqual([1, 0]);
  });

  it('prefers a corrected search only when it finds something and matches at least as many words', () => {
    expect(isBetter([], [{ matched: 1 }])).toBe(true);
    expect(isBetter([{ matched: 1 }], [])).toBe(false);
    expect(isBetter([{ matched: 2 }], [{ matched: 1 }])).toBe(false);
    expect(isBetter([{ matched: 1 }], [{ matched: 1 }, { matched: 0 }])).toBe(true);
  });
});

describe('whether a match is the typed word', () => {
  it('lets short words, numbers and identifiers stand as Pagefind matched them', () => {
    expect(typedStem('wmo')).toBeUndefined();
    expect(typedStem('35300')).toBeUndefined();
    expect(typedStem('2020Z08123')).toBeUndefined();
  });

  it('accepts a word with the typed stem or a slightly shorter start of it, and not a word found inside it', () => {
    const typed = typedStem('Dagbestedng')!;
    expect(typed).toEqual({ typed: 'dagbestedng', stem: 'dagbeste' });
    expect(confirms(typed, ['dag'])).toBe(false);
    expect(confirms(typed, ['dagbesteding'])).toBe(true);
    expect(confirms(typedStem('mantelzorgers')!, ['mantelzorger'])).toBe(true);
    expect(confirms(typedStem('steunpakket')!, ['s', 'ondersteuning'])).toBe(false);
  });

  it('finds all words together confirmed only when each typed word is on one of the first results', () => {
    // "moeder" matched as the "MO" of an organisation's keywords: not confirmed.
    expect(allConfirmed(['zorg', 'moeder', 'avondklok'], [['mo', 'zorg', 'avondklok']])).toBe(false);
    expect(allConfirmed(['zorg', 'moeder', 'avondklok'], [['mo', 'zorg', 'avondklok'], ['moeder', 'zorg', 'avondklok']])).toBe(true);
    expect(allConfirmed(['wmo', 'dagbesteding'], [['wmo', 'dagbesteding']])).toBe(true);
  });

  it('reads the matched words from the text at the locations and from matched meta fields', () => {
    const data = { content: 'Herstart van de Dagbesteding, per 1 juni.', locations: [3], meta: { zoekwoorden: 'dagopvang, Buurthuis', title: 'x' } };
    expect(matchedWords(data)).toEqual(['dagbesteding']);
    expect(matchedWords(data, ['zoekwoorden'])).toEqual(['dagbesteding', 'dagopvang', 'buurthuis']);
  });
});

describe('spelling correction from the vocabulary', () => {
  const vocabulary = { dagbesteding: 3, dagbestedingen: 1, mantelzorgers: 5, mantelzorger: 2, bezoekregeling: 2, bezoeksregeling: 1, wmo: 9 };

  it('allows no edit up to 4 letters, 1 up to 7, 2 beyond', () => {
    expect([maxEdits('wmo'), maxEdits('zorg'), maxEdits('zorgen'), maxEdits('avondklok'), maxEdits('dagbesteding')]).toEqual([0, 0, 1, 2, 2]);
  });

  it('corrects typos, a swap of two letters counting as one edit', () => {
    expect(correction('dagbestedng', vocabulary)).toBe('dagbesteding');
    expect(correction('dagbestdeing', vocabulary)).toBe('dagbesteding');
    expect(correction('mantelzogrers', vocabulary)).toBe('mantelzorgers');
  });

  it('picks the most used of equally close words, and nothing for a known or a far-off word', () => {
    // "bezoekregelin" is one edit from "bezoekregeling" (2 uses) and two from "bezoeksregeling".
    expect(correction('bezoekregelin', vocabulary)).toBe('bezoekregeling');
    // "mantelzorgerz" is one edit from both "mantelzorgers" (5) and "mantelzorger" (2).
    expect(correction('mantelzorgerz', vocabulary)).toBe('mantelzorgers');
    expect(correction('dagbesteding', vocabulary)).toBeUndefined();
    expect(correction('wnd', vocabulary)).toBeUndefined();
    expect(correction('avondklok', vocabulary)).toBeUndefined();
  });

  it('writes the corrected query with the question words as typed', () => {
    expect(correctedQuery(['wie', 'mag', 'naar', 'dagbestedng'], new Map([['dagbestedng', 'dagbesteding']]))).toBe('wie mag naar dagbesteding');
  });
});

describe('filters', () => {
  it('groups form values by filter, a value may hold a colon', () => {
    expect(parseFilters(['soort:Maatregel', 'jaar:2020', 'soort:Vraag', 'doelgroep:Zorg: thuis'])).toEqual({ soort: ['Maatregel', 'Vraag'], jaar: ['2020'], doelgroep: ['Zorg: thuis'] });
  });

  it('asks Pagefind for any value within a group, optionally without one group', () => {
    const filters = { soort: ['Maatregel', 'Vraag'], jaar: ['2020'] };
    expect(filterQuery(filters)).toEqual({ soort: { any: ['Maatregel', 'Vraag'] }, jaar: { any: ['2020'] } });
    expect(filterQuery(filters, 'soort')).toEqual({ jaar: { any: ['2020'] } });
  });

  it('counts a union of searches by the largest part', () => {
    expect(unionCounts([{ soort: { Maatregel: 2, Vraag: 1 } }, undefined, { soort: { Maatregel: 1 }, jaar: { '2020': 4 } }])).toEqual({ soort: { Maatregel: 2, Vraag: 1 }, jaar: { '2020': 4 } });
  });
});

describe('excerpts', () => {
  const content = 'Herstart dagbesteding. De dagbesteding gaat op 1 juni weer open voor alle cliënten die dat willen en kunnen. Vervoer regelt de gemeente met de vervoerder.';

  it('shows the sentence with the most matches, title left out, matches marked', () => {
    const words = content.split(' ');
    const at = (w: string) => words.flatMap((x, i) => (x.replace(/\W+$/, '') === w ? [i] : []));
    expect(text(excerptParts(content, 'Herstart dagbesteding', [...at('dagbesteding'), ...at('vervoerder')]))).toBe(
      'De [dagbesteding] gaat op 1 juni weer open voor alle cliënten die dat willen en kunnen.',
    );
    expect(text(excerptParts(content, 'Herstart dagbesteding', at('Vervoer')))).toBe('[Vervoer] regelt de gemeente met de vervoerder.');
  });

  it('adds the next sentence to a very short one, and is empty when there is only the title', () => {
    expect(text(excerptParts('Kort. Daarna volgt een tweede zin met meer woorden.', undefined, [0]))).toBe('[Kort.] Daarna volgt een tweede zin met meer woorden.');
    expect(excerptParts('Titel.', 'Titel', [0])).toEqual([]);
  });

  it('cuts a long sentence around its first match, eight words before it, filling up at the end', () => {
    const long = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ') + '.';
    const words = (parts: { text: string }[]) => parts.map((p) => p.text.trim()).filter((t) => t && t !== '…');
    const middle = excerptParts(long, undefined, [20, 50]);
    expect(text(middle).startsWith('… w12 ')).toBe(true);
    expect(text(middle).endsWith(' w43 …')).toBe(true);
    expect(text(middle)).toContain(' [w20] ');
    expect(words(middle)).toHaveLength(EXCERPT_WORDS);
    const late = excerptParts(long, undefined, [50]);
    expect(text(late).startsWith('… w28 ')).toBe(true);
    expect(text(late).endsWith(' w59.')).toBe(true);
    expect(words(late)).toHaveLength(EXCERPT_WORDS);
  });
});
