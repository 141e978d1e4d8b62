/**
 * The page budget's pure parts: bounded selections, facet lists that keep the busiest and the
 * current one, page windows, a hub's relation groups with slugs and status counts, and the
 * selection a briefing pack shows.
 */
import { describe, expect, it } from 'vitest';
import { capped, listPagePath, pageCount, pageWindow, topFacets } from '../../src/domain/paging.ts';
import { longRelationLists, relationLists, statusCounts } from '../../src/domain/relation-lists.ts';
import { briefingFor, briefingSelection } from '../../src/domain/briefing.ts';
import { buildGraph } from '../../src/domain/graph.ts';
import type { Entry } from '../../src/domain/types.ts';
import { entry } from './fixtures.ts';

describe('bounded lists', () => {
  it('caps a list and says how many are left out', () => {
    expect(capped([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], more: 2, total: 5 });
    expect(capped([1, 2], 3)).toEqual({ shown: [1, 2], more: 0, total: 2 });
  });

  it('keeps the busiest facets and the current one, in their own order', () => {
    const facets = ['a', 'b', 'c', 'd', 'e'].map((name, i) => ({ name, count: [5, 1, 9, 2, 7][i]! }));
    expect(topFacets(facets, 3).shown.map((f) => f.name)).toEqual(['a', 'c', 'e']);
    expect(topFacets(facets, 3, (f) => f.name === 'b')).toMatchObject({ more: 1, total: 5 });
    expect(topFacets(facets, 3, (f) => f.name === 'b').shown.map((f) => f.name)).toEqual(['a', 'b', 'c', 'e']);
    expect(topFacets(facets, 5).more).toBe(0);
  });

  it('numbers pages and offers a bounded window of them', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(201, 100)).toBe(3);
    expect(listPagePath('acties/dmo/', 1)).toBe('acties/dmo/');
    expect(listPagePath('acties/dmo/', 3)).toBe('acties/dmo/3/');
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 30)).toEqual([1, null, 8, 9, 10, 11, 12, null, 30]);
    expect(pageWindow(500, 1000).length).toBe(9);
  });
});

/** A target group that 45 measures name (a hub), and a quiet one. */
function hub() {
  const measures = Array.from({ length: 45 }, (_, i) =>
    entry('maatregelen', `m-${String(i).padStart(2, '0')}`, {
      titel: `Maatregel ${i}`,
      samenvatting: 'Een maatregel voor ouderen.',
      status: i % 3 === 0 ? 'beëindigd' : 'van kracht',
      vanKrachtVanaf: `2020-0${1 + (i % 9)}-01`,
      doelgroepen: ['ouderen'],
      verantwoordelijk: 'dmo',
    }),
  );
  const passages = Array.from({ length: 14 }, (_, i) =>
    entry('passages', `p-${String(i).padStart(2, '0')}`, {
      titel: `Passage ${i}`,
      soort: 'Kamerbrief',
      status: 'vastgesteld',
      vastgesteldOp: `2020-05-${String(10 + i).padStart(2, '0')}`,
      vastgesteldDoor: 'DMO',
      maatregelen: [`m-${String(i).padStart(2, '0')}`],
    }),
  );
  return [
    entry('organisaties', 'dmo', { titel: 'Directie Maatschappelijke Ondersteuning', afkorting: 'DMO', soort: 'directie' }),
    entry('doelgroepen', 'ouderen', { titel: 'Ouderen' }),
    entry('doelgroepen', 'jongeren', { titel: 'Jongeren' }),
    ...measures,
    ...passages,
  ];
}

describe('a hub\'s relation groups', () => {
  it('gives every group a slug and lists only the long ones separately, with counts per status', () => {
    const graph = buildGraph(hub());
    const lists = relationLists(graph, 'doelgroepen/ouderen');
    expect(new Set(lists.map((l) => l.slug)).size).toBe(lists.length);
    const long = longRelationLists(graph, 'doelgroepen/ouderen', 20);
    expect(long).toHaveLength(1);
    expect(long[0]!.items).toHaveLength(45);
    expect(long[0]!.slug).toMatch(/^[a-z0-9-]+$/);
    expect(statusCounts(long[0]!.items, (item) => ('status' in item.entry.data ? String(item.entry.data.status) : undefined))).toEqual([
      { status: 'beëindigd', count: 15 },
      { status: 'van kracht', count: 30 },
    ]);
    expect(longRelationLists(graph, 'doelgroepen/jongeren', 20)).toEqual([]);
  });
});

describe('briefing selection', () => {
  it('shows what is current, each section bounded, the rest counted', () => {
    const entries = hub();
    const graph = buildGraph(entries);
    const ouderen = entries.find((e) => e.id === 'ouderen') as Entry<'doelgroepen'>;
    const briefing = briefingFor(graph, ouderen);
    const selection = briefingSelection(briefing, (m) => m.data.status === 'van kracht', { routekaarten: 3, teksten: 10, regels: 20 });
    expect(selection.maatregelen.all).toHaveLength(30);
    expect(selection.maatregelen.shown).toHaveLength(20);
    expect(selection.maatregelen.more).toBe(10);
    expect(selection.maatregelen.shown.every((m) => m.data.status === 'van kracht')).toBe(true);
    // The latest in force first.
    expect(selection.maatregelen.shown[0]!.data.vanKrachtVanaf! >= selection.maatregelen.shown[19]!.data.vanKrachtVanaf!).toBe(true);
    expect(selection.passages.shown.map((p) => p.id)).toEqual(['p-13', 'p-12', 'p-11', 'p-10', 'p-09', 'p-08', 'p-07', 'p-06', 'p-05', 'p-04']);
    expect(selection.passages.more).toBe(4);
  });
});
