import { describe, expect, it } from 'vitest';
import { buildGraph, neighbours } from '../../src/domain/graph.ts';
import { relationsOf } from '../../src/domain/relations.ts';
import { selectEdition } from '../../src/domain/editions.ts';
import { keyOf } from '../../src/domain/types.ts';
import { knowledgeBase } from './fixtures.ts';

describe('graph', () => {
  const entries = knowledgeBase();
  const graph = buildGraph(entries);

  it('answers every outgoing edge with an incoming edge on the target', () => {
    for (const entry of entries) {
      for (const edge of graph.outgoing(keyOf(entry))) {
        expect(graph.incoming(edge.to)).toContainEqual(edge);
      }
    }
  });

  it('lists a measure, route map and Q&A on the target group page', () => {
    const incoming = graph.incoming('doelgroepen/ouderen');
    expect(neighbours(incoming, 'from')).toEqual(['maatregelen/herstart-dagbesteding', 'routekaarten/dagbesteding', 'vragen/gaat-dagbesteding-open']);
  });

  it('shows the route-map action that serves a measure, with its phase', () => {
    const groups = relationsOf(graph, 'maatregelen/herstart-dagbesteding');
    const actions = groups.find((g) => g.direction === 'incoming' && g.label === 'Acties in routekaarten');
    expect(actions?.items).toHaveLength(1);
    expect(actions?.items[0]).toMatchObject({ key: 'routekaarten/dagbesteding', anchor: 'fase-1' });
    expect(actions?.items[0]?.context).toContain('VNG vragen gemeenten te informeren');
    const back = relationsOf(graph, 'routekaarten/dagbesteding').find((g) => g.direction === 'outgoing' && g.label.startsWith('Maatregelen'));
    expect(back?.items.map((i) => i.key)).toEqual(['maatregelen/herstart-dagbesteding']);
  });

  it('a public graph has no edge to an internal entry', () => {
    const publicGraph = buildGraph(selectEdition(entries, 'publiek', '2020-06-10'));
    expect(publicGraph.has('routekaarten/dagbesteding')).toBe(false);
    expect(publicGraph.has('organisaties/vng')).toBe(false);
    const all = publicGraph.entries().flatMap((e) => [...publicGraph.outgoing(keyOf(e)), ...publicGraph.incoming(keyOf(e))]);
    expect(all.every((edge) => publicGraph.has(edge.from) && publicGraph.has(edge.to))).toBe(true);
    expect(neighbours(publicGraph.incoming('doelgroepen/ouderen'), 'from')).toEqual(['maatregelen/herstart-dagbesteding', 'vragen/gaat-dagbesteding-open']);
  });
});
