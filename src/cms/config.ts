/**
 * The Decap CMS configuration, generated from the content model: one folder collection per
 * schema in src/collections, one form field per schema field. Nothing here lists fields by hand:
 *
 * - required/optional from the schema (`.optional()` and `.default()` are optional);
 * - enumerations as selects (lists of them as multi-selects), `datum` as a date picker that
 *   stores `JJJJ-MM-DD`, booleans as switches, nested objects as object fields, lists of
 *   objects (phases with their actions) as nested lists;
 * - references, declared once with `ref()` (src/schemas/shared.ts) and read through the same
 *   registry as src/domain/references.ts, as relation pickers that list the target collection's
 *   entries by title and store their id;
 * - patterns and minimum lengths as form patterns, with the schema's own Dutch message (read by
 *   letting the schema refuse a sample value), so the form says what `npm run check` would say;
 * - the body as Markdown.
 *
 * Presentation only (labels, which strings get a multi-line box) lives in this file.
 * tests/cms/config.test.ts fails when a schema field has no form field or the other way round,
 * and when the committed copy (schemas/decap-config.yml, `npm run cms:config`) is stale.
 */
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { COLLECTION_LABELS } from '../domain/labels.ts';
import { ID_PATTERN, VOCABULARIES, datum, id, referenceFields, vocabularyFields, type CollectionName, type VocabularyName } from '../schemas/index.ts';
import { COLLECTIONS, definitionOf, schemas } from '../collections/index.ts';
import { toJsonSchema } from '../schemas/json-schema.ts';
import { defOf, partsOf, unwrapOnce } from '../schemas/walk.ts';

/** A Decap field (the subset of its options that Wegwijs uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'markdown' | 'select' | 'relation' | 'datetime' | 'boolean' | 'number' | 'list' | 'object' | 'hidden';
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: Array<string | CmsOption>;
  multiple?: boolean;
  min?: number;
  collection?: string;
  search_fields?: string[];
  value_field?: string;
  display_fields?: string[];
  options_length?: number;
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  buttons?: string[];
  editor_components?: string[];
  modes?: string[];
}

/** An option of a select that shows a label and stores a value (a vocabulary's value). */
export interface CmsOption {
  label: string;
  value: string;
}

/** The value an option stores. */
export function optionValue(option: string | CmsOption): string {
  return typeof option === 'string' ? option : option.value;
}

/**
 * Where the values of a vocabulary come from (content/_vocabulaires/, read by src/load/vocabularies.ts
 * on the Node side; this module also runs in the CMS page, which has no file system). Without
 * one, a vocabulary field is a select without options (the CMS page only needs its label).
 */
export type TermSource = (vocabulary: VocabularyName) => readonly { waarde: string; label: string }[];

/** The name under which admin.ts registers the file format of src/cms/frontmatter-format.ts. */
export const CMS_FORMAT = 'wegwijs-frontmatter';

export interface CmsCollection {
  /** The collection's name; `<name>-mdx` for its `.mdx` entries (MDX_SUFFIX). */
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: 'md' | 'mdx';
  format: typeof CMS_FORMAT;
  create: boolean;
  slug: string;
  identifier_field: 'titel';
  summary: string;
  sortable_fields: string[];
  view_filters: { label: string; field: string; pattern: string }[];
  view_groups: { label: string; field: string }[];
  fields: CmsField[];
}

export interface CmsConfig {
  backend: Record<string, unknown>;
  local_backend?: boolean | { url: string; allowed_hosts?: string[] };
  /** Drafts as branches with a merge request, reviewed, then merged (EDITORIAL_WORKFLOW_BACKENDS). */
  publish_mode?: 'editorial_workflow';
  locale: 'nl';
  site_url?: string;
  display_url?: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: CmsCollection[];
}

export interface CmsConfigOptions {
  /** The content folder relative to the repository root the backend works on (default `content`). */
  contentFolder?: string;
  /** The git backend of the deployed CMS; default a GitLab placeholder to fill in. */
  backend?: Record<string, unknown>;
  /** The URL of decap-server for the local backend (`npm run beheer`); omitted: no local backend. */
  localBackendUrl?: string;
  /** The internal edition's address, for the CMS's "bekijk site" link. */
  siteUrl?: string;
  /** The vocabularies' values for the selects of themes and kinds. */
  terms?: TermSource;
  /** The collections that have `.mdx` entries: each gets a second list for them (mdxCollection). */
  mdx?: readonly CollectionName[];
}

/**
 * The git backends on which Decap's editorial workflow runs: a save is a draft on its own branch
 * (`cms/<collectie>/<id>`) with a merge request, the status (Concept → Ter beoordeling → Klaar)
 * is the merge request's label, publishing merges it into the branch the site is built from.
 * Not under `npm run beheer`: decap-server writes straight into the working copy (README,
 * "Inhoud beheren").
 */
// Not gitea (nor forgejo): Decap's Gitea backend refuses the workflow ("Gitea backend does not support editorial workflow").
export const EDITORIAL_WORKFLOW_BACKENDS = ['gitlab', 'github', 'bitbucket', 'azure', 'git-gateway'] as const;

/** The suffix of the CMS collection that lists a collection's `.mdx` entries. */
export const MDX_SUFFIX = '-mdx';

/** The content collection and file extension behind a CMS collection's name (`vragen-mdx` → vragen, .mdx). */
export function cmsCollectionTarget(name: string): { collection: CollectionName; ext: '.md' | '.mdx' } | undefined {
  const mdx = name.endsWith(MDX_SUFFIX);
  const collection = mdx ? name.slice(0, -MDX_SUFFIX.length) : name;
  return (COLLECTIONS as readonly string[]).includes(collection) ? { collection: collection as CollectionName, ext: mdx ? '.mdx' : '.md' } : undefined;
}

/** The deployed backend until a ministry fills in its own (README, "Inhoud beheren"). */
export const DEFAULT_BACKEND = { name: 'gitlab', repo: 'vws/wegwijs', branch: 'main', api_root: 'https://gitlab.example.nl/api/v4', base_url: 'https://gitlab.example.nl', auth_type: 'pkce', app_id: 'VERVANG-DIT' };

/** Strings that get a multi-line box instead of a one-line field. */
const LONG_TEXT = new Set(['samenvatting', 'omschrijving', 'toelichting', 'redenVervallen', 'notitie']);

/** Labels where the humanised key would read badly. */
const LABELS: Record<string, string> = {
  themas: 'Thema’s',
  url: 'URL',
  wooDocument: 'Woo-document',
  id: 'Anker (id)',
  vervangingNogNietVastgesteld: 'Vervanging nog niet vastgesteld',
};

/** "a, b en c" */
function listInWords(words: readonly string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} en ${words.at(-1)}` : (words[0] ?? '');
}

/** A few hints; the rest of the meaning is in the README and the labels. The collections that need approval come from the registry. */
const HINTS: Record<string, string> = {
  zichtbaarheid: `Publiek alleen als het item in de publieke editie mag (${listInWords(COLLECTIONS.filter((c) => definitionOf(c).approval))} moeten dan ook vastgesteld zijn).`,
  publicerenVanaf: 'Een publiek item verschijnt pas vanaf deze datum in de publieke editie.',
  vastgesteldDoor: 'Een rol, nooit een naam, bijvoorbeeld “directeur Maatschappelijke Ondersteuning”.',
  tot: 'De dag waarop de volgende periode begint (niet meer in deze periode).',
  totEnMet: 'De laatste dag (inbegrepen).',
  id: 'Optioneel anker op de pagina; standaard fase-1, fase-2, …',
  trefwoorden: 'Extra woorden om het item op te vinden.',
  synoniemen: 'Woorden waarmee mensen naar deze groep zoeken.',
};


export function humanise(key: string): string {
  if (LABELS[key]) return LABELS[key];
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The input JSON Schema of a node: patterns, lengths, formats, the way zod itself states them. */
function jsonOf(node: z.ZodType): Record<string, unknown> {
  return toJsonSchema(node, 'input');
}

/** The message the schema itself gives for `sample`, when it is one of ours (Dutch), else `fallback`. */
function messageFor(node: z.ZodType, sample: unknown, fallback: string): string {
  const result = node.safeParse(sample);
  const message = result.success ? undefined : result.error.issues[0]?.message;
  return message && !/^(Too|Invalid|Expected)\b/.test(message) ? message : fallback;
}

interface Unwrapped {
  node: z.ZodType;
  required: boolean;
  default?: unknown;
}

/** Strips optional/default wrappers (src/schemas/walk.ts); `datum` and references stop the unwrapping. */
function unwrap(node: z.ZodType): Unwrapped {
  let required = true;
  let fallback: unknown;
  for (;;) {
    if (node === (datum as unknown) || referenceFields.get(node)) return { node, required, default: fallback };
    const wrapping = unwrapOnce(node);
    if (!wrapping) return { node, required, default: fallback };
    if (wrapping.optional) required = false;
    if ('default' in wrapping) fallback = wrapping.default;
    node = wrapping.inner;
  }
}

/**
 * A date: stored `JJJJ-MM-DD`, shown and typed `dd-mm-jjjj` (src/cms/admin.ts replaces Decap's
 * `datetime` widget, the browser's date input in the browser's own format with a "UTC" label, by a
 * Dutch text field: src/cms/dates.ts). The pattern refuses what is not a date yet.
 */
const DATE: Pick<CmsField, 'widget' | 'format' | 'date_format' | 'time_format' | 'picker_utc' | 'pattern'> = {
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'DD-MM-YYYY',
  time_format: false,
  picker_utc: false,
  pattern: ['^\\d{4}-\\d{2}-\\d{2}$', 'schrijf de datum als dd-mm-jjjj, zoals 01-06-2020'],
};

/** The hint of a date field without one of its own. */
export const DATE_HINT = 'Schrijf de datum als dd-mm-jjjj, zoals 01-06-2020.';

/**
 * Each option shows its title, edition and (where the collection has one) status, so that an
 * author sees an internal or unapproved target before choosing it ("Mantelzorgers · publiek");
 * saving a public entry that points at one is refused (src/cms/admin.ts).
 */
export function optionLabel(collection: CollectionName): string {
  const shape = defOf(schemas[collection] as unknown as z.ZodType)['shape'] as Record<string, unknown>;
  return 'status' in shape ? '{{titel}} · {{zichtbaarheid}} · {{status}}' : '{{titel}} · {{zichtbaarheid}}';
}

function relation(collection: CollectionName, multiple: boolean): Partial<CmsField> {
  return {
    widget: 'relation',
    collection,
    search_fields: ['titel'],
    value_field: '{{slug}}',
    display_fields: [optionLabel(collection)],
    options_length: 50,
    multiple,
  };
}

/** The form field of one schema field. */
export function fieldFor(name: string, schemaNode: z.ZodType, inList = false, terms?: TermSource): CmsField {
  const unwrapped = unwrap(schemaNode);
  const { node, required } = unwrapped;
  // No defaults inside list items: Decap would then add a pre-filled item (an empty action in
  // every new route map). The checker fills in the schema's default when the key is absent.
  const fallback = inList ? undefined : unwrapped.default;
  const base: CmsField = { name, label: humanise(name), widget: 'string', required };
  if (HINTS[name]) base.hint = HINTS[name];
  const declared = referenceFields.get(node);
  if (declared) return { ...base, ...relation(declared.collection, false) };
  const vocabulary = vocabularyFields.get(node);
  if (vocabulary) return { ...base, ...termSelect(vocabulary.vocabulary, false, terms) };
  if (node === (datum as unknown)) return { ...base, ...DATE, hint: base.hint ?? DATE_HINT };
  const def = defOf(node);
  switch (def.type) {
    case 'enum': {
      const options = Object.values(def['entries'] as Record<string, string>);
      return { ...base, widget: 'select', options, ...(fallback !== undefined ? { default: fallback } : {}) };
    }
    case 'boolean':
      return { ...base, widget: 'boolean', ...(fallback !== undefined ? { default: fallback } : {}) };
    case 'number':
      return { ...base, widget: 'number' };
    case 'object':
      return { ...base, widget: 'object', fields: fieldsOf(node, inList, terms) };
    case 'array': {
      const element = unwrap(partsOf(node)[0]!.node).node;
      const minItems = jsonOf(node)['minItems'];
      const min = typeof minItems === 'number' && minItems > 0 ? { min: minItems, required: true } : {};
      const target = referenceFields.get(element);
      if (target) return { ...base, ...relation(target.collection, true), ...min };
      const elementVocabulary = vocabularyFields.get(element);
      if (elementVocabulary) return { ...base, ...termSelect(elementVocabulary.vocabulary, true, terms), ...min };
      const elementDef = defOf(element);
      if (elementDef.type === 'enum') {
        return { ...base, widget: 'select', multiple: true, options: Object.values(elementDef['entries'] as Record<string, string>), ...min };
      }
      if (elementDef.type === 'object') {
        const fields = fieldsOf(element, true, terms);
        const first = fields.find((f) => f.name === 'titel' || f.name === 'omschrijving') ?? fields[0];
        return { ...base, widget: 'list', fields, ...min, collapsed: false, ...(first ? { summary: `{{fields.${first.name}}}` } : {}) };
      }
      return { ...base, widget: 'list', field: { ...fieldFor('item', element, false, terms), label: base.label }, ...min };
    }
    default:
      return { ...base, ...stringOptions(name, node) };
  }
}

/** A string (or a string-or-number, which the form writes as a string): box, pattern, message. */
function stringOptions(name: string, node: z.ZodType): Partial<CmsField> {
  const json = jsonOf(node);
  const options: Partial<CmsField> = { widget: LONG_TEXT.has(name) ? 'text' : 'string' };
  const alternatives = (json['anyOf'] as Record<string, unknown>[] | undefined) ?? [json];
  const text = alternatives.find((a) => a['type'] === 'string') ?? {};
  if (typeof text['pattern'] === 'string') {
    // An anchor or other id-shaped field says what an id is, as the id fields do.
    const fallback = text['pattern'] === ID_PATTERN.source ? messageFor(id, '#', '') : `heeft niet de goede vorm (${text['pattern']})`;
    options.pattern = [text['pattern'], messageFor(node, '#', fallback)];
  } else if (text['format'] === 'uri') {
    options.pattern = ['^https?://\\S+$', messageFor(node, 'x', 'moet een volledige URL zijn (https://…)')];
  } else if (typeof text['minLength'] === 'number' && text['minLength'] > 1) {
    const min = text['minLength'];
    options.pattern = [`\\S[\\s\\S]{${min - 2},}\\S`, messageFor(node, '', `minstens ${min} tekens`)];
  }
  return options;
}

/** The form fields of an object schema, in schema order. */
export function fieldsOf(schema: z.ZodType, inList = false, terms?: TermSource): CmsField[] {
  return partsOf(schema).map((part) => fieldFor(String(part.step), part.node, inList, terms));
}

/** A select of a vocabulary's values, each shown by its label ("Mantelzorg en respijtzorg"). */
function termSelect(vocabulary: VocabularyName, multiple: boolean, terms: TermSource | undefined): Partial<CmsField> {
  const options = (terms?.(vocabulary) ?? []).map((t) => ({ label: t.label, value: t.waarde }));
  return { widget: 'select', ...(multiple ? { multiple: true } : {}), options, hint: `De keuzes staan in content/_vocabulaires/${VOCABULARIES[vocabulary].file}; een nieuwe voeg je daar toe.` };
}

export function bodyField(collection: CollectionName, mdx = false): CmsField {
  const labels = definitionOf(collection).body ?? { label: 'Tekst', hint: 'De tekst van de pagina, in Markdown.' };
  // No image button: uploads have no place in the build yet (README, "Inhoud beheren").
  if (!mdx) return { name: 'body', label: labels.label, hint: labels.hint, widget: 'markdown', required: false, modes: ['rich_text', 'raw'], editor_components: [] };
  // An .mdx body only as its source: the rich-text editor would rewrite the components
  // (<Waarschuwing>…</Waarschuwing>) into escaped text. The allow-list is checked before saving.
  return { name: 'body', label: labels.label, hint: `${labels.hint} Dit is een .mdx-bestand: je bewerkt de brontekst, met alleen de toegestane componenten (README, "Inhoud beheren"); expressies ({…}), import en export worden geweigerd.`, widget: 'markdown', required: false, modes: ['raw'], editor_components: [] };
}

export function cmsCollection(collection: CollectionName, contentFolder = 'content', terms?: TermSource, mdx = false): CmsCollection {
  const labels = COLLECTION_LABELS[collection];
  const fields = fieldsOf(schemas[collection] as unknown as z.ZodType, false, terms);
  return {
    name: mdx ? `${collection}${MDX_SUFFIX}` : collection,
    label: mdx ? `${labels.meervoud} (MDX)` : labels.meervoud,
    label_singular: labels.enkelvoud,
    description: mdx
      ? `${labels.omschrijving} De items in .mdx (met componenten): hun tekst bewerk je als brontekst. Nieuwe items maak je bij ${labels.meervoud}.`
      : labels.omschrijving,
    folder: `${contentFolder.replace(/\/+$/, '')}/${collection}`,
    // Decap lists one extension per collection (its local and git backends filter on it), so the
    // .mdx entries get a list of their own instead of vanishing.
    extension: mdx ? 'mdx' : 'md',
    // Decap's frontmatter format, but saving keeps the YAML as written (frontmatter-format.ts,
    // registered by admin.ts).
    format: CMS_FORMAT,
    create: !mdx,
    // The id (file name) from the title: lower case, hyphens, accents dropped; Decap adds -1, -2
    // when the id is taken in the collection.
    slug: '{{slug}}',
    identifier_field: 'titel',
    ...listView(fields),
    fields: [...fields, bodyField(collection, mdx)],
  };
}

/**
 * How the collection's list finds an entry among many: each row shows the title, edition, status
 * and the collection's first date; the list sorts by those, filters on edition and on each status,
 * and groups by edition or status (Decap's summary, sortable_fields, view_filters, view_groups).
 */
function listView(fields: readonly CmsField[]): Pick<CmsCollection, 'summary' | 'sortable_fields' | 'view_filters' | 'view_groups'> {
  const status = fields.find((f) => f.name === 'status' && f.widget === 'select');
  // The date that says most about the entry: a required one, else the first (not publicerenVanaf, which few entries have).
  const dates = fields.filter((f) => f.widget === 'datetime' && f.name !== 'publicerenVanaf');
  const date = dates.find((f) => f.required) ?? dates[0];
  const zichtbaarheid = fields.find((f) => f.name === 'zichtbaarheid');
  const summary = ['{{titel}}', '{{zichtbaarheid}}', ...(status ? ['{{status}}'] : []), ...(date ? [`{{${date.name}}}`] : [])].join(' · ');
  return {
    summary,
    sortable_fields: ['titel', 'zichtbaarheid', ...(status ? ['status'] : []), ...(date ? [date.name] : [])],
    view_filters: [
      ...(zichtbaarheid?.options ?? []).map(optionValue).map((value) => ({ label: `Zichtbaarheid: ${value}`, field: 'zichtbaarheid', pattern: `^${value}$` })),
      ...(status?.options ?? []).map(optionValue).map((value) => ({ label: `Status: ${value}`, field: 'status', pattern: `^${value}$` })),
    ],
    view_groups: [{ label: 'Zichtbaarheid', field: 'zichtbaarheid' }, ...(status ? [{ label: 'Status', field: 'status' }] : [])],
  };
}

export function generateCmsConfig(options: CmsConfigOptions = {}): CmsConfig {
  const contentFolder = options.contentFolder ?? 'content';
  const backend = options.backend ?? DEFAULT_BACKEND;
  return {
    backend,
    ...(options.localBackendUrl ? { local_backend: { url: options.localBackendUrl } } : {}),
    ...(!options.localBackendUrl && (EDITORIAL_WORKFLOW_BACKENDS as readonly unknown[]).includes(backend['name']) ? { publish_mode: 'editorial_workflow' as const } : {}),
    locale: 'nl',
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    // Required by Decap, but nothing is uploaded: the media library and the image button are
    // gone from the CMS (src/cms/admin.ts, bodyField), since the build takes images only from beside
    // their entry (`./_afbeeldingen/…`), which Decap's uploads do not write. `_` folders are
    // ignored by the checker (src/load/discovery.ts).
    media_folder: `${contentFolder}/_media`,
    public_folder: '/_media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: COLLECTIONS.flatMap((collection) => [
      cmsCollection(collection, contentFolder, options.terms),
      ...(options.mdx?.includes(collection) ? [cmsCollection(collection, contentFolder, options.terms, true)] : []),
    ]),
  };
}

export function cmsConfigYaml(config: CmsConfig): string {
  return `# Generated from src/collections by src/cms/config.ts (npm run cms:config). Do not edit.\n${stringify(config, { lineWidth: 0 })}`;
}
