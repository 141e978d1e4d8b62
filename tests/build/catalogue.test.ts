/**
 * The DCAT-AP-NL 3.0 catalogue (`/open-data/catalogus.jsonld`, src/outputs/catalogue.ts) of both
 * editions of the example build, expanded by a real JSON-LD processor (jsonld) and checked like a
 * SHACL validation against the profile's mandatory properties (Geonovum, DCAT-AP-NL 3.0,
 * shapes/300/dcat-ap-nl-SHACL.ttl: minCount 1 for each property below), the controlled lists the
 * profile names (EU access rights, data themes and file types, IANA media types, a CC licence),
 * and against the edition itself: one dataset per collection with open-data files, every
 * distribution an existing file, linked from the open-data page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { EDITIONS } from '../../src/domain/editions.ts';

// jsonld (a CommonJS package without type declarations): only `expand` is used.
const jsonld = createRequire(import.meta.url)('jsonld') as { expand(doc: unknown, options?: unknown): Promise<Node[]> };
type Node = Record<string, unknown[]> & { '@id'?: string; '@type'?: string[] };

const dist = () => inject('exampleDist');
const SITE = 'https://wegwijs.example.nl/';

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const EU = 'http://publications.europa.eu/resource/authority/';

/** DCAT-AP-NL 3.0: the properties with a minimum cardinality of 1, per class. */
const MANDATORY: Record<string, string[]> = {
  [`${DCAT}Catalog`]: [`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCAT}contactPoint`, `${DCAT}dataset`],
  [`${DCAT}Dataset`]: [`${DCT}accessRights`, `${DCAT}contactPoint`, `${DCT}creator`, `${DCT}identifier`, `${DCT}publisher`, `${DCAT}theme`, `${DCT}title`, `${DCT}description`],
  // accessURL and licence are mandatory; format and mediaType are asked for here too (with a download URL the profile requires the media type).
  [`${DCAT}Distribution`]: [`${DCAT}accessURL`, `${DCT}license`, `${DCT}format`, `${DCAT}mediaType`],
};
/** At most one value (maxCount 1 in the profile). */
const SINGLE: Record<string, string[]> = {
  [`${DCAT}Catalog`]: [`${DCT}publisher`, `${DCAT}contactPoint`],
  [`${DCAT}Dataset`]: [`${DCT}accessRights`, `${DCT}identifier`, `${DCT}publisher`],
  [`${DCAT}Distribution`]: [`${DCAT}accessURL`, `${DCT}license`],
};

/** Every node of an expanded document, nested ones included. */
function nodes(value: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(value)) for (const v of value) nodes(v, out);
  else if (value && typeof value === 'object') {
    const node = value as Node;
    if (node['@type']) out.push(node);
    for (const [key, v] of Object.entries(node)) if (!key.startsWith('@')) nodes(v, out);
  }
  return out;
}

/** The SHACL-like check: one message per missing or repeated mandatory property. */
function violations(all: Node[]): string[] {
  const problems: string[] = [];
  for (const node of all) {
    for (const type of node['@type'] ?? []) {
      for (const property of MANDATORY[type] ?? []) if (!(node[property]?.length)) problems.push(`${node['@id'] ?? type}: ${property} ontbreekt`);
      for (const property of SINGLE[type] ?? []) if ((node[property]?.length ?? 0) > 1) problems.push(`${node['@id'] ?? type}: ${property} meer dan eens`);
    }
  }
  return problems;
}

const idOf = (values: unknown[] | undefined) => (values?.[0] as { '@id'?: string } | undefined)?.['@id'];
const textOf = (values: unknown[] | undefined) => (values?.[0] as { '@value'?: string } | undefined)?.['@value'];

async function expanded(edition: string): Promise<Node[]> {
  const text = readFileSync(path.join(dist(), edition, 'open-data', 'catalogus.jsonld'), 'utf8');
  // The context is inline: the processor never fetches anything (a remote context would throw here).
  return nodes(await jsonld.expand(JSON.parse(text), { documentLoader: (url: string) => Promise.reject(new Error(`geen netwerk: ${url}`)) }));
}

describe.each(EDITIONS)('the DCAT-AP-NL catalogue of the %s edition', (edition) => {
  it('has every mandatory property of the profile on the catalogue, each dataset and each distribution', async () => {
    const all = await expanded(edition);
    expect(all.filter((n) => n['@type']?.includes(`${DCAT}Catalog`))).toHaveLength(1);
    expect(violations(all)).toEqual([]);
  });

  it('the check fails on a dataset without its mandatory properties', async () => {
    const all = await expanded(edition);
    const dataset = all.find((n) => n['@type']?.includes(`${DCAT}Dataset`))!;
    const { [`${DCT}accessRights`]: _a, [`${DCAT}theme`]: _t, ...stripped } = dataset;
    expect(violations([stripped as Node])).toEqual([`${dataset['@id']}: ${DCT}accessRights ontbreekt`, `${dataset['@id']}: ${DCAT}theme ontbreekt`]);
  });

  it('describes one dataset per collection with open-data files, three distributions each, every one an existing file', async () => {
    const all = await expanded(edition);
    const collections = readdirSync(path.join(dist(), edition, 'open-data')).filter((f) => f.endsWith('.schema.json')).map((f) => f.replace('.schema.json', '')).sort();
    const datasets = all.filter((n) => n['@type']?.includes(`${DCAT}Dataset`));
    expect(datasets.map((d) => d['@id']!.split('#')[1]).sort()).toEqual(collections);
    for (const dataset of datasets) {
      expect(textOf(dataset[`${DCT}identifier`])).toBe(dataset['@id']);
      expect(dataset['@id']!.startsWith(`${SITE}open-data/#`)).toBe(true);
      const distributions = dataset[`${DCAT}distribution`] as Node[];
      expect(distributions.map((d) => idOf(d[`${DCAT}accessURL`])!.replace(`${SITE}open-data/`, '')).sort()).toEqual(
        ['csv', 'json', 'schema.json'].map((ext) => `${dataset['@id']!.split('#')[1]}.${ext}`).sort(),
      );
      for (const d of distributions) {
        const file = path.join(dist(), edition, new URL(idOf(d[`${DCAT}accessURL`])!).pathname);
        expect(existsSync(file), file).toBe(true);
      }
    }
  });

  it('uses the controlled lists the profile names: EU access rights, data theme, file types, IANA media types, CC0', async () => {
    const all = await expanded(edition);
    for (const dataset of all.filter((n) => n['@type']?.includes(`${DCAT}Dataset`))) {
      expect(idOf(dataset[`${DCT}accessRights`])).toBe(`${EU}access-right/${edition === 'publiek' ? 'PUBLIC' : 'NON_PUBLIC'}`);
      expect(idOf(dataset[`${DCAT}theme`])).toBe(`${EU}data-theme/HEAL`);
      for (const agent of [...dataset[`${DCT}publisher`]!, ...dataset[`${DCT}creator`]!] as Node[]) {
        expect(agent['@type']).toContain(`${FOAF}Agent`);
        expect(textOf(agent[`${FOAF}name`])).toBe('Ministerie van Volksgezondheid, Welzijn en Sport');
        // The ministry by its TOOI identifier (the government's organisation list).
        expect(agent['@id']).toBe('https://identifier.overheid.nl/tooi/id/ministerie/mnre1025');
      }
      const contact = dataset[`${DCAT}contactPoint`]![0] as Node;
      expect(contact['@type']).toContain(`${VCARD}Organization`);
      expect(idOf(contact[`${VCARD}hasEmail`])).toBe('mailto:info@minvws.nl');
      expect(idOf(contact[`${VCARD}hasURL`])?.startsWith(SITE)).toBe(true);
    }
    for (const d of all.filter((n) => n['@type']?.includes(`${DCAT}Distribution`))) {
      expect(idOf(d[`${DCT}license`])).toBe('http://creativecommons.org/publicdomain/zero/1.0/deed.nl');
      expect(idOf(d[`${DCT}format`])).toMatch(new RegExp(`^${EU}file-type/(JSON|CSV)$`));
      expect(idOf(d[`${DCAT}mediaType`])).toMatch(/^https:\/\/www\.iana\.org\/assignments\/media-types\/(application\/json|text\/csv)$/);
    }
  });

  it('is linked from the open-data page, in its text and its head', () => {
    const page = readFileSync(path.join(dist(), edition, 'open-data', 'index.html'), 'utf8');
    expect(page).toContain('href="/open-data/catalogus.jsonld"');
    expect(page).toContain('<link rel="alternate" type="application/ld+json" title="Wegwijs: open data (DCAT-AP-NL-catalogus)" href="/open-data/catalogus.jsonld">');
    expect(readFileSync(path.join(dist(), edition, 'index.html'), 'utf8')).not.toContain('catalogus.jsonld');
  });
});
