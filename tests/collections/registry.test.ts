/**
 * The collection registry (src/collections/): every collection declares every row, and
 * everything that iterates over collections reads the registry, so a collection added there is
 * seen everywhere.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, NAV_ORDER, REGISTRY, definitionOf, entryDate, schemas, summaryRows, type CollectionName, type SummaryPart, type SummaryValue } from '../../src/collections/index.ts';
import { loadContent } from '../../src/check/load.ts';
import { COLLECTION_LABELS } from '../../src/domain/labels.ts';
import { EDITION_PROFILES, whyNotPublic } from '../../src/domain/editions.ts';
import { EVENT_KINDS, eventsOf } from '../../src/domain/timeline.ts';
import { checkIntegrity } from '../../src/domain/integrity.ts';
import { keyOf, type AnyEntry, type EntryKey } from '../../src/domain/types.ts';
import { FILTER_LABELS, STATUS_FILTERS } from '../../src/data/search.ts';
import { frontmatterSchemas } from '../../src/cms/json-schema.ts';
import { GOEDKEURING, isIsoDate } from '../../src/schemas/index.ts';
import { entry, knowledgeBase } from '../domain/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The example knowledge base, parsed with the registry's schemas. */
async function exampleEntries(): Promise<AnyEntry[]> {
  const { files, problems } = await loadContent(path.join(ROOT, 'content'));
  expect(problems).toEqual([]);
  return files.map((f) => ({ collection: f.collection, id: f.id, data: schemas[f.collection].parse(f.data), body: f.body }) as AnyEntry);
}

/** The entry keys a summary value links to. */
function linkedEntries(value: SummaryValue): EntryKey[] {
  return value.flatMap((part: SummaryPart): EntryKey[] => {
    if (typeof part === 'string') return [];
    if ('entry' in part) return [part.entry];
    if ('strong' in part) return linkedEntries(part.strong);
    if ('span' in part) return linkedEntries(part.span);
    if ('list' in part) return part.list.flatMap(linkedEntries);
    return [];
  });
}

describe('the collection registry', () => {
  it('COLLECTIONS are the registry keys, in order, and each has its folder of example content', () => {
    expect(COLLECTIONS).toEqual(Object.keys(REGISTRY));
    const folders = readdirSync(path.join(ROOT, 'content'), { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('_')).map((d) => d.name);
    expect(folders.sort()).toEqual([...COLLECTIONS].sort());
  });

  it('every collection declares every row: schema with the shared fields, labels, navigation place, approval, feed, event kinds', () => {
    for (const c of COLLECTIONS) {
      const d = definitionOf(c);
      expect(Object.keys((d.schema as unknown as { shape: object }).shape), c).toEqual(expect.arrayContaining(['titel', 'zichtbaarheid', 'publicerenVanaf', 'trefwoorden', 'wijzigingen']));
      for (const label of Object.values(d.labels)) expect(label.trim().length, c).toBeGreaterThan(0);
      expect(Object.keys(d.labels).sort(), c).toEqual(['enkelvoud', 'inTekst', 'meervoud', 'omschrijving']);
      expect(Number.isInteger(d.navOrder), c).toBe(true);
      expect(typeof d.approval, c).toBe('boolean');
      expect(typeof d.internalFeed, c).toBe('boolean');
      for (const label of Object.values(d.eventKinds)) expect(label.trim().length, c).toBeGreaterThan(0);
    }
    // One place in the navigation each.
    expect(new Set(COLLECTIONS.map((c) => definitionOf(c).navOrder)).size).toBe(COLLECTIONS.length);
    expect([...NAV_ORDER].sort()).toEqual([...COLLECTIONS].sort());
    expect(NAV_ORDER.map((c) => definitionOf(c).navOrder)).toEqual(COLLECTIONS.map((c) => definitionOf(c).navOrder).sort((a, b) => a - b));
    // The navigation of the example: route maps first, organisations last.
    expect([NAV_ORDER[0], NAV_ORDER.indexOf('maatregelen'), NAV_ORDER.indexOf('organisaties')]).toEqual(['routekaarten', 1, 6]);
  });

  it('a collection that needs approval has a status with the approval workflow, and only approved entries are public', () => {
    const approving = COLLECTIONS.filter((c) => definitionOf(c).approval);
    expect(approving).toEqual(['routekaarten', 'passages', 'vragen']);
    for (const c of approving) {
      const status = (definitionOf(c).schema as unknown as { shape: Record<string, { options?: readonly string[] }> }).shape['status'];
      expect(status?.options, c).toEqual([...GOEDKEURING]);
    }
    // One entry per collection, public, with the status "concept" where it has a status at all.
    const reasons = Object.fromEntries(
      [
        ...knowledgeBase(),
        entry('passages', 'herstart', { titel: 'Herstart dagbesteding', soort: 'Kamerbrief', status: 'vastgesteld' }),
        entry('bronnen', 'kamerbrief', { titel: 'Kamerbrief over corona', soort: 'Kamerbrief', datum: '2020-05-20' }),
      ].map((e) => [e.collection, whyNotPublic({ ...e, data: { ...e.data, zichtbaarheid: 'publiek', status: 'concept' } } as AnyEntry, '2030-01-01')]),
    );
    const notApproved = 'het is nog niet vastgesteld (status: concept)';
    expect(reasons).toEqual({ organisaties: undefined, doelgroepen: undefined, maatregelen: undefined, routekaarten: notApproved, vragen: notApproved, passages: notApproved, bronnen: undefined });
  });

  it('the labels, the internal feed, the status filters and the CMS schemas come from the registry', () => {
    for (const c of COLLECTIONS) expect(COLLECTION_LABELS[c]).toBe(REGISTRY[c].labels);
    expect(EDITION_PROFILES.intern.feedCollections).toEqual(COLLECTIONS.filter((c) => definitionOf(c).internalFeed));
    expect(STATUS_FILTERS).toEqual({ maatregelen: 'maatregelstatus', routekaarten: 'routekaartstatus', passages: 'passagestatus', vragen: 'vraagstatus' });
    const filterNames = FILTER_LABELS.map(([name]) => name);
    expect(new Set(filterNames).size).toBe(filterNames.length);
    for (const c of COLLECTIONS) {
      const { statusFilter, searchFilters = [] } = definitionOf(c);
      for (const f of [...(statusFilter ? [statusFilter] : []), ...searchFilters]) expect(FILTER_LABELS).toContainEqual([f.name, f.label]);
      // A status filter exactly where the schema has a status.
      expect(statusFilter !== undefined, c).toBe('status' in (definitionOf(c).schema as unknown as { shape: object }).shape);
    }
    expect(Object.keys(frontmatterSchemas())).toEqual(COLLECTIONS);
  });

  it('event kinds are unique across collections, in registry order, and each entry only has its own kinds', async () => {
    const all = COLLECTIONS.flatMap((c) => Object.keys(definitionOf(c).eventKinds));
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(EVENT_KINDS)).toEqual(all);
    for (const e of await exampleEntries()) {
      for (const event of eventsOf(e)) expect(Object.keys(definitionOf(e.collection).eventKinds), keyOf(e)).toContain(event.soort);
    }
  });

  it("every example entry's date and summary rows: keys and values present, and every linked entry exists", async () => {
    const entries = await exampleEntries();
    const keys = new Set(entries.map(keyOf));
    const seen = new Set<CollectionName>();
    for (const e of entries) {
      expect(entryDate(e) === undefined || isIsoDate(entryDate(e)!), keyOf(e)).toBe(true);
      const rows = summaryRows(e, { peildatum: '2020-05-26', showsStatus: true, incoming: () => [], label: (_v, value) => value });
      if (rows.length > 0) seen.add(e.collection);
      for (const row of rows) {
        expect(row.key.trim().length, keyOf(e)).toBeGreaterThan(0);
        expect(row.value.length, `${keyOf(e)}: ${row.key}`).toBeGreaterThan(0);
        for (const linked of linkedEntries(row.value)) expect(keys.has(linked), `${keyOf(e)} → ${linked}`).toBe(true);
      }
    }
    // Every collection with summary rows has them on its example entries; only target groups have none.
    expect(COLLECTIONS.filter((c) => !seen.has(c))).toEqual(['doelgroepen']);
    expect(COLLECTIONS.filter((c) => definitionOf(c).summary === undefined)).toEqual(['doelgroepen']);
  });

  it('the integrity check runs the rules each collection declares', () => {
    expect(COLLECTIONS.filter((c) => definitionOf(c).rules)).toEqual(['maatregelen', 'routekaarten', 'passages', 'vragen']);
    const measure = entry('maatregelen', 'omgekeerd', { titel: 'Omgekeerde data', samenvatting: 'Data in de verkeerde volgorde.', status: 'van kracht', vanKrachtVanaf: '2020-06-01', totEnMet: '2020-05-01', doelgroepen: ['ouderen'], verantwoordelijk: 'dmo' });
    expect(checkIntegrity([...knowledgeBase(), measure], { peildatum: '2020-05-26' }).map((p) => [p.file, p.message, p.at])).toEqual([
      ['content/maatregelen/omgekeerd.md', 'totEnMet (2020-05-01) ligt vóór vanKrachtVanaf (2020-06-01)', { field: ['totEnMet'] }],
    ]);
  });

  it("a measure's rows say its status on the reference date and the next step; a passage's rows its predecessors", () => {
    const base = knowledgeBase();
    const measure = base.find((e) => e.collection === 'maatregelen')!;
    const rows = summaryRows(measure, { peildatum: '2020-05-26', showsStatus: true, incoming: () => [], label: (_v, value) => value });
    expect(rows[0]).toEqual({
      key: 'Status op 26 mei 2020',
      data: { 'data-measure-status': 'aangekondigd' },
      value: [{ status: 'aangekondigd' }, ' sinds ', { date: '2020-05-20' }, { span: ['Volgende stap: ', { strong: ['van kracht vanaf 1 juni 2020'] }], class: 'context', data: { 'data-measure-next': '' } }],
    });
    expect(rows.map((r) => r.key)).toEqual(['Status op 26 mei 2020', 'Aangekondigd', 'Van kracht vanaf (gepland)', 'Verantwoordelijk']);

    const passage = entry('passages', 'nieuw', { titel: 'Nieuwe tekst dagbesteding', soort: 'Kamerbrief', status: 'vastgesteld', vastgesteldOp: '2020-05-20', vastgesteldDoor: 'DG Langdurige Zorg' });
    const asked: string[] = [];
    const passageRows = summaryRows(passage, { peildatum: '2020-05-26', showsStatus: true, incoming: (relation) => (asked.push(relation), ['passages/oud']), label: (_v, value) => value });
    expect(asked).toEqual(['passages:vervangenDoor']);
    expect(passageRows.map((r) => [r.key, r.value])).toEqual([
      ['Status', [{ status: 'vastgesteld' }]],
      ['Soort', ['Kamerbrief']],
      ['Vastgesteld', ['op ', { date: '2020-05-20' }, ' door DG Langdurige Zorg']],
      ['Vervangt', [{ entry: 'passages/oud' }]],
    ]);
  });

  it("a Q&A's status row follows the edition (hideStatusOf)", () => {
    const vraag = knowledgeBase().find((e) => e.collection === 'vragen')!;
    const keysWith = (showsStatus: boolean) => summaryRows(vraag, { peildatum: '2020-06-02', showsStatus, incoming: () => [], label: (_v, value) => value }).map((r) => r.key);
    expect(keysWith(true)[0]).toBe('Status');
    expect(keysWith(false)).not.toContain('Status');
  });
});
