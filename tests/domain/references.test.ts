/**
 * References are declared once, at the schema field: the domain derives every reference, its
 * relation labels and its integrity rules from those declarations.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/domain/integrity.ts';
import { REFERENCE_FIELDS, declaredReferences, referencesOf } from '../../src/domain/references.ts';
import { relationsOf } from '../../src/domain/relations.ts';
import { buildGraph } from '../../src/domain/graph.ts';
import { formatLocation } from '../../src/domain/types.ts';
import { basisVelden, ref, refs } from '../../src/schemas/index.ts';
import { entry, knowledgeBase } from './fixtures.ts';

describe('references declared at the schema field', () => {
  it('finds every reference field of the content model, with its path', () => {
    const all = Object.values(REFERENCE_FIELDS).flat().map((field) => `${field.key} → ${field.collection}`);
    expect(all.sort()).toEqual(
      [
        'bronnen:afzender → organisaties',
        'doelgroepen:onderdeelVan → doelgroepen',
        'maatregelen:bronnen → bronnen',
        'maatregelen:doelgroepen → doelgroepen',
        'maatregelen:partners → organisaties',
        'maatregelen:verantwoordelijk → organisaties',
        'passages:bronnen → bronnen',
        'passages:doelgroepen → doelgroepen',
        'passages:gebruiktIn.bron → bronnen',
        'passages:maatregelen → maatregelen',
        'passages:vervangenDoor → passages',
        'routekaarten:afgestemdMet → organisaties',
        'routekaarten:bronnen → bronnen',
        'routekaarten:doelgroepen → doelgroepen',
        'routekaarten:fasen.acties.eigenaar → organisaties',
        'routekaarten:fasen.acties.maatregel → maatregelen',
        'vragen:bronnen → bronnen',
        'vragen:doelgroepen → doelgroepen',
        'vragen:gerelateerdeVragen → vragen',
        'vragen:maatregelen → maatregelen',
      ].sort(),
    );
  });

  it('a new reference field is one declaration: found, labelled and checked without other edits', () => {
    // A schema as an author of the content model would extend it: one new field with ref().
    const schema = z.strictObject({
      ...basisVelden,
      fasen: z.array(z.strictObject({ acties: z.array(z.strictObject({ medeEigenaren: refs('organisaties', { outgoing: 'Mede-eigenaren', incoming: 'Mede-eigenaar van acties' }) })) })),
      opvolger: ref('vragen', { outgoing: 'Opvolger', incoming: 'Voorganger' }).optional(),
    });
    const fields = declaredReferences(schema, 'routekaarten');
    expect(fields.map((f) => [f.key, f.collection, f.outgoing, f.incoming])).toEqual([
      ['routekaarten:fasen.acties.medeEigenaren', 'organisaties', 'Mede-eigenaren', 'Mede-eigenaar van acties'],
      ['routekaarten:opvolger', 'vragen', 'Opvolger', 'Voorganger'],
    ]);
  });

  it('locates each reference by a path array, formatted only for messages', () => {
    const routekaart = knowledgeBase().find((e) => e.collection === 'routekaarten')!;
    const owner = referencesOf(routekaart).find((r) => r.relation.key === 'routekaarten:fasen.acties.eigenaar')!;
    expect(owner.at).toEqual({ field: ['fasen', 0, 'acties', 0, 'eigenaar'] });
    expect(formatLocation(owner.at)).toBe('fasen[0].acties[0].eigenaar');
  });

  it('labels relations both ways from the declaration', () => {
    const graph = buildGraph(knowledgeBase());
    const onMeasure = relationsOf(graph, 'maatregelen/herstart-dagbesteding');
    expect(onMeasure.find((g) => g.direction === 'outgoing' && g.label === 'Verantwoordelijke directie')).toBeDefined();
    const onOrganisation = relationsOf(graph, 'organisaties/dmo');
    expect(onOrganisation.find((g) => g.direction === 'incoming' && g.label === 'Verantwoordelijk voor maatregelen')).toBeDefined();
  });

  it('does not take a link inside code for a reference', () => {
    const vraag = entry('vragen', 'code', { titel: 'Een vraag met code?', status: 'concept', laatstGecontroleerd: '2020-06-01' }, 'Zie `[x](/maatregelen/bestaat-niet/)` en [de maatregel](/maatregelen/herstart-dagbesteding/).\n');
    expect(referencesOf(vraag).map((r) => [r.id, r.at])).toEqual([['herstart-dagbesteding', { bodyLine: 1 }]]);
  });
});

describe('hierarchies and chains', () => {
  const groep = (id: string, onderdeelVan?: string) => entry('doelgroepen', id, { titel: `Groep ${id}`, ...(onderdeelVan ? { onderdeelVan } : {}) });

  it('refuses a target group that is part of itself', () => {
    const problems = checkIntegrity([groep('a', 'a')], { peildatum: '2020-06-01' });
    expect(problems.map((p) => p.message)).toEqual(['"a" verwijst naar zichzelf']);
    expect(problems[0]!.at).toEqual({ field: ['onderdeelVan'] });
  });

  it('refuses a longer cycle, at every entry in it', () => {
    const problems = checkIntegrity([groep('a', 'b'), groep('b', 'c'), groep('c', 'a'), groep('d', 'a')], { peildatum: '2020-06-01' });
    expect(problems.map((p) => p.message).sort()).toEqual([
      'de keten van bovenliggende doelgroepen loopt rond: a → b → c → a',
      'de keten van bovenliggende doelgroepen loopt rond: b → c → a → b',
      'de keten van bovenliggende doelgroepen loopt rond: c → a → b → c',
    ]);
  });

  it('accepts a hierarchy that ends', () => {
    expect(checkIntegrity([groep('a', 'b'), groep('b', 'c'), groep('c')], { peildatum: '2020-06-01' })).toEqual([]);
  });
});

describe('related questions (a field into its own collection that is no chain)', () => {
  const vraag = (id: string, gerelateerdeVragen: string[]) =>
    entry('vragen', id, { titel: `Vraag ${id}?`, status: 'concept', laatstGecontroleerd: '2020-06-01', gerelateerdeVragen });

  it('may point both ways', () => {
    expect(checkIntegrity([vraag('a', ['b']), vraag('b', ['a'])], { peildatum: '2020-06-01' })).toEqual([]);
  });

  it('refuses a question related to itself, and one that does not exist', () => {
    const problems = checkIntegrity([vraag('a', ['b', 'a']), vraag('b', ['bestaat-niet'])], { peildatum: '2020-06-01' });
    expect(problems.map((p) => [p.message.includes('zichzelf') ? p.message : 'ontbreekt', p.at])).toEqual(
      expect.arrayContaining([['"a" verwijst naar zichzelf', { field: ['gerelateerdeVragen', 1] }], ['ontbreekt', { field: ['gerelateerdeVragen', 0] }]]),
    );
    expect(problems).toHaveLength(2);
  });
});
