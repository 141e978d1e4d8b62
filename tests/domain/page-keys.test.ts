/**
 * Page cache keys (src/domain/page-keys.ts): a key changes whenever something its page shows
 * changes (the entry, a neighbour, a neighbour's neighbour, an image in its body), and only
 * then, or incremental builds would render everything again. The build test
 * (tests/build/incremental.test.ts) proves the same end to end.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph, neighbours } from '../../src/domain/graph.ts';
import { pageKeys } from '../../src/domain/page-keys.ts';
import { selectEdition } from '../../src/domain/editions.ts';
import { keyOf, type AnyEntry, type EntryKey } from '../../src/domain/types.ts';
import { localFiles } from '../../src/data/page-keys.ts';
import { writeTree } from '../helpers.ts';
import { entry, knowledgeBase } from './fixtures.ts';

const VRAAG: EntryKey = 'vragen/gaat-dagbesteding-open';

/** The example plus an entry that nothing references and that references nothing. */
function corpus(): AnyEntry[] {
  return [
    ...knowledgeBase(),
    entry('organisaties', 'rivm', { titel: 'Rijksinstituut voor Volksgezondheid en Milieu', afkorting: 'RIVM', soort: 'kennisinstituut' }),
  ];
}

/** The corpus with one entry replaced (same collection and id, other data or body). */
function changed(entries: AnyEntry[], key: EntryKey, data: (d: Record<string, unknown>) => Record<string, unknown>, body?: (b: string) => string): AnyEntry[] {
  return entries.map((e) => (keyOf(e) === key ? entry(e.collection, e.id, data({ ...(e.data as Record<string, unknown>) }), body ? body(e.body) : e.body) : e));
}

/** Every entry's key in a corpus. */
function keysOf(entries: AnyEntry[], context = 'intern|2020-06-10'): Map<EntryKey, string | undefined> {
  const keys = pageKeys(buildGraph(entries), { context });
  return new Map(entries.map((e) => [keyOf(e), keys.entry(keyOf(e))]));
}

/** The entries whose key differs between two corpora (present in both). */
function changedKeys(before: AnyEntry[], after: AnyEntry[]): EntryKey[] {
  const a = keysOf(before);
  const b = keysOf(after);
  return [...a.keys()].filter((k) => b.has(k) && a.get(k) !== b.get(k)).sort();
}

describe('page keys', () => {
  const base = corpus();
  const graph = buildGraph(base);

  it('are stable: the same corpus gives the same keys', () => {
    expect(keysOf(corpus())).toEqual(keysOf(base));
  });

  it('a body-only change changes the key of that entry only', () => {
    expect(changedKeys(base, changed(base, VRAAG, (d) => d, (b) => `${b}\n\nEen extra alinea.`))).toEqual([VRAAG]);
  });

  it("a neighbour's title changes the key", () => {
    expect(neighbours(graph.outgoing(VRAAG), 'to')).toContain('maatregelen/herstart-dagbesteding');
    const after = changed(base, 'maatregelen/herstart-dagbesteding', (d) => ({ ...d, titel: 'Dagbesteding weer open' }));
    expect(changedKeys(base, after)).toContain(VRAAG);
  });

  it("a neighbour's neighbour's title changes the key (the measure's responsible organisation)", () => {
    // dmo is two steps from the Q&A: Q&A → measure → organisation, not a neighbour itself.
    const direct = [...neighbours(graph.outgoing(VRAAG), 'to'), ...neighbours(graph.incoming(VRAAG), 'from')];
    expect(direct).not.toContain('organisaties/dmo');
    expect(neighbours(graph.outgoing('maatregelen/herstart-dagbesteding'), 'to')).toContain('organisaties/dmo');
    const after = changed(base, 'organisaties/dmo', (d) => ({ ...d, titel: 'Directie Maatschappelijke Ondersteuning en Mantelzorg' }));
    expect(changedKeys(base, after)).toContain(VRAAG);
  });

  it("an unrelated entry's change leaves the key alone, and changes only its own", () => {
    const after = changed(base, 'organisaties/rivm', (d) => ({ ...d, titel: 'RIVM' }), () => 'Nieuwe tekst.');
    expect(changedKeys(base, after)).toEqual(['organisaties/rivm']);
  });

  it('a new body link changes the keys of both ends and of their neighbours', () => {
    const after = changed(base, VRAAG, (d) => d, (b) => `${b} Zie ook [de routekaart](/routekaarten/dagbesteding/).`);
    const keys = changedKeys(base, after);
    expect(keys).toEqual(expect.arrayContaining([VRAAG, 'routekaarten/dagbesteding', 'organisaties/vng', 'doelgroepen/ouderen']));
    expect(keys).not.toContain('organisaties/rivm');
  });

  it('an entry that leaves the public edition changes the keys of its public neighbours, and has no key there', () => {
    const publicKeys = (entries: AnyEntry[]) => {
      const selected = selectEdition(entries, 'publiek', '2020-06-10');
      return { selected, keys: pageKeys(buildGraph(selected), { context: 'publiek|2020-06-10' }) };
    };
    const before = publicKeys(base);
    const after = publicKeys(changed(base, VRAAG, (d) => ({ ...d, zichtbaarheid: 'intern' })));
    expect(after.selected.map(keyOf)).not.toContain(VRAAG);
    expect(() => after.keys.entry(VRAAG)).toThrow(/not part of this edition/);
    for (const key of ['maatregelen/herstart-dagbesteding', 'doelgroepen/ouderen'] as EntryKey[]) expect(after.keys.entry(key), key).not.toBe(before.keys.entry(key));
    expect(after.keys.entry('organisaties/dmo')).not.toBe(before.keys.entry('organisaties/dmo'));
  });

  it('the shared context and what the caller adds are in the key', () => {
    const graph = buildGraph(base);
    const plain = pageKeys(graph, { context: 'a' }).entry(VRAAG);
    expect(pageKeys(graph, { context: 'b' }).entry(VRAAG)).not.toBe(plain);
    expect(pageKeys(graph, { context: 'a', extra: (k) => (k === VRAAG ? { history: 1 } : null) }).entry(VRAAG)).not.toBe(plain);
    expect(pageKeys(graph, { context: 'a', extra: (k) => (k === VRAAG ? { history: 1 } : null) }).entry('doelgroepen/ouderen')).toBe(pageKeys(graph, { context: 'a' }).entry('doelgroepen/ouderen'));
  });

  it('an .mdx entry has no key (its page always renders: its components are code)', () => {
    const mdx = base.map((e) => (keyOf(e) === VRAAG ? { ...e, file: 'content/vragen/x.mdx' } : e));
    expect(pageKeys(buildGraph(base), { context: 'a' }).entry(VRAAG)).toEqual(expect.any(String));
    expect(pageKeys(buildGraph(mdx), { context: 'a' }).entry(VRAAG)).toBeUndefined();
  });

  it("a timeline day's key (of) changes with an action owner's title", () => {
    const of = (entries: AnyEntry[]) => pageKeys(buildGraph(entries), { context: 'intern' }).of(['routekaarten/dagbesteding', 'organisaties/dmo'], { datum: '2020-05-29' });
    expect(of(changed(base, 'organisaties/dmo', (d) => ({ ...d, titel: 'Andere naam' })))).not.toBe(of(base));
    expect(of(changed(base, 'organisaties/rivm', (d) => ({ ...d, titel: 'Andere naam' })))).toBe(of(base));
  });
});

describe('localFiles (the images an entry page shows)', () => {
  const dir = writeTree({
    'vragen/kaart.md': '',
    'vragen/_afbeeldingen/kaart.png': 'blauw',
    'vragen/_afbeeldingen/klein.png': 'klein',
    'passages/tekst.mdx': '',
    'passages/_afbeeldingen/schets.png': 'schets',
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const withFile = (e: AnyEntry, file: string): AnyEntry => ({ ...e, file: path.join(dir, file) });
  const vraag = withFile(
    entry('vragen', 'kaart', { titel: 'Waar is de dagbesteding?', status: 'vastgesteld', laatstGecontroleerd: '2020-06-02', doelgroepen: ['ouderen'] },
      'Op de kaart:\n\n![Kaart](./_afbeeldingen/kaart.png)\n\n<img src="_afbeeldingen/klein.png" alt=""> en [de maatregel](/maatregelen/x/), [elders](https://example.org/a.png), [hier](#kop).\n'),
    'vragen/kaart.md',
  );

  it('hashes the local files a body shows, and nothing else', () => {
    const files = localFiles(vraag);
    expect(Object.keys(files)).toEqual(['./_afbeeldingen/kaart.png', '_afbeeldingen/klein.png']);
    expect(Object.values(files).every((v) => typeof v === 'string')).toBe(true);
  });

  it('changes when an image is replaced under the same name; null for a missing file', () => {
    const before = localFiles(vraag);
    writeFileSync(path.join(dir, 'vragen/_afbeeldingen/kaart.png'), 'rood');
    const after = localFiles(vraag);
    expect(after['./_afbeeldingen/kaart.png']).not.toBe(before['./_afbeeldingen/kaart.png']);
    expect(after['_afbeeldingen/klein.png']).toBe(before['_afbeeldingen/klein.png']);
    rmSync(path.join(dir, 'vragen/_afbeeldingen/klein.png'));
    expect(localFiles(vraag)['_afbeeldingen/klein.png']).toBeNull();
  });

  it('reads MDX bodies too', () => {
    const passage = withFile({ ...vraag, collection: 'passages', id: 'tekst', body: 'Zo:\n\n![Schets](./_afbeeldingen/schets.png)\n\n<Kader src="./_afbeeldingen/schets.png" />\n' } as AnyEntry, 'passages/tekst.mdx');
    expect(Object.keys(localFiles(passage))).toEqual(['./_afbeeldingen/schets.png']);
    expect(localFiles(passage)['./_afbeeldingen/schets.png']).toEqual(expect.any(String));
  });
});
