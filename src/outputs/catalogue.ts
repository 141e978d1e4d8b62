/**
 * `/open-data/catalogus.jsonld`: the edition's open data described for data catalogues
 * (data.overheid.nl) in DCAT-AP-NL 3.0 (Geonovum, the Dutch profile of DCAT-AP 3.0), as JSON-LD.
 * One `dcat:Dataset` per collection with open-data files (./open-data.ts), each with three
 * `dcat:Distribution`s: the JSON records, the CSV file and the JSON Schema. Each edition
 * describes its own datasets: the internal one marks them non-public.
 *
 * The profile's mandatory properties (tests/build/catalogue.test.ts checks each):
 * - Catalog: title, description, publisher, contactPoint, dataset;
 * - Dataset: accessRights (EU access-right list), contactPoint, creator, identifier, publisher,
 *   theme (EU data-theme list: HEAL), title, description;
 * - Distribution: accessURL and license (CC0 1.0, from the profile's licence list); format (EU
 *   file-type list) and mediaType (IANA) too, which the profile requires with a download URL.
 */
import { openDataCollections, openDataPath, openDataRecords } from '../data/open-data.ts';
import { absoluteUrl } from '../data/routes.ts';
import type { Site } from '../data/site.ts';
import { FEED_PUBLISHER, PUBLISHER_EMAIL, PUBLISHER_TOOI } from '../domain/feed.ts';
import { COLLECTION_LABELS } from '../domain/labels.ts';
import type { CollectionName } from '../schemas/index.ts';
import { defineOutput, single } from './output.ts';

export const CATALOGUE_PATH = 'open-data/catalogus.jsonld';

const EU = 'http://publications.europa.eu/resource/authority';
const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/deed.nl';
const IANA = 'https://www.iana.org/assignments/media-types';

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const nl = (text: string) => ({ '@value': text, '@language': 'nl' });
const iri = (id: string) => ({ '@id': id });

/** The distributions of a collection's dataset: what file, which EU file type and IANA media type. */
const DISTRIBUTIONS = [
  { format: 'json', title: 'JSON', fileType: 'JSON', mediaType: 'application/json', what: 'alle records als JSON-lijst' },
  { format: 'csv', title: 'CSV', fileType: 'CSV', mediaType: 'text/csv', what: 'één regel per record (RFC 4180, UTF-8)' },
  // Served as application/schema+json, which IANA has not registered: the catalogue names the registered type of the document, JSON.
  { format: 'schema.json', title: 'JSON Schema', fileType: 'JSON', mediaType: 'application/json', what: 'het JSON-schema (draft 2020-12) van de records' },
] as const;

export function catalogue(site: Site, origin: URL): Record<string, unknown> {
  const url = (path: string) => absoluteUrl(site.edition, path, origin);
  const published = site.profile.contents === 'published';
  // The ministry by its TOOI identifier, so the national catalogue recognises the organisation.
  const ministry = { '@id': PUBLISHER_TOOI, '@type': 'foaf:Agent', 'foaf:name': nl(FEED_PUBLISHER) };
  const contact = {
    '@type': 'vcard:Organization',
    'vcard:fn': nl(`${FEED_PUBLISHER}, redactie Wegwijs`),
    'vcard:hasEmail': iri(`mailto:${PUBLISHER_EMAIL}`),
    'vcard:hasURL': iri(url(site.profile.aboutPage ? 'over/' : '')),
  };
  const page = url('open-data/');
  const dataset = (collection: CollectionName) => {
    const label = COLLECTION_LABELS[collection];
    const modified = openDataRecords(site, collection, origin).reduce<string | undefined>((max, r) => (r.laatstGewijzigd && (!max || r.laatstGewijzigd > max) ? r.laatstGewijzigd : max), undefined);
    return {
      '@id': `${page}#${collection}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': `${page}#${collection}`,
      'dct:title': nl(`Wegwijs${site.profile.titleSuffix}: ${label.meervoud.toLowerCase()}`),
      'dct:description': nl(`${site.profile.collectionDescriptions[collection] ?? label.omschrijving} Alle ${label.meervoud.toLowerCase()} van deze editie van Wegwijs, met hun relaties.`),
      'dct:accessRights': iri(`${EU}/access-right/${published ? 'PUBLIC' : 'NON_PUBLIC'}`),
      'dcat:theme': iri(`${EU}/data-theme/HEAL`),
      'dct:language': iri(`${EU}/language/NLD`),
      'dct:publisher': ministry,
      'dct:creator': ministry,
      'dcat:contactPoint': contact,
      'dcat:landingPage': iri(page),
      'dcat:keyword': [nl('crisisbeleid'), nl(label.meervoud.toLowerCase())],
      ...(modified ? { 'dct:modified': { '@value': modified, '@type': 'xsd:date' } } : {}),
      'dcat:distribution': DISTRIBUTIONS.map((d) => ({
        '@id': url(openDataPath(collection, d.format)),
        '@type': 'dcat:Distribution',
        'dct:title': nl(`${label.meervoud} (${d.title})`),
        'dct:description': nl(`${label.meervoud}: ${d.what}.`),
        'dcat:accessURL': iri(url(openDataPath(collection, d.format))),
        'dcat:downloadURL': iri(url(openDataPath(collection, d.format))),
        'dct:format': iri(`${EU}/file-type/${d.fileType}`),
        'dcat:mediaType': iri(`${IANA}/${d.mediaType}`),
        'dct:license': iri(CC0),
        ...(d.format === 'json' ? { 'dct:conformsTo': iri(url(openDataPath(collection, 'schema.json'))) } : {}),
      })),
    };
  };
  return {
    '@context': CONTEXT,
    '@id': url(CATALOGUE_PATH),
    '@type': 'dcat:Catalog',
    'dct:title': nl(`Wegwijs${site.profile.titleSuffix}: open data`),
    'dct:description': nl(
      published
        ? 'De gepubliceerde informatie van Wegwijs, de publieksinformatie van het ministerie van VWS over crisismaatregelen, als open data: per soort onderwerp JSON, CSV en een JSON-schema.'
        : 'Alle items van de interne editie van Wegwijs, met al hun velden, voor medewerkers van VWS: niet openbaar.',
    ),
    'dct:publisher': ministry,
    'dcat:contactPoint': contact,
    'dct:language': iri(`${EU}/language/NLD`),
    'foaf:homepage': iri(page),
    'dct:license': iri(CC0),
    'dcat:dataset': openDataCollections(site).map(dataset),
  };
}

export const catalogueOutput = defineOutput({
  name: 'DCAT-catalogus',
  files: () => single(CATALOGUE_PATH),
  type: 'application/ld+json',
  match: '.jsonld',
  link: { title: 'Wegwijs: open data (DCAT-AP-NL-catalogus)', on: 'open-data/' },
  render: (site, _, { origin }) => `${JSON.stringify(catalogue(site, origin), null, 2)}\n`,
});
