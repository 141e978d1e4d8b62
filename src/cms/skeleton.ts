/**
 * `npm run nieuw -- <collectie> "<titel>"`: a new entry as a file, for authors who stay in their
 * editor. Every required field is filled with a value the checker accepts (the first option of
 * a list, the reference date for dates, an existing entry for references, to be replaced), every
 * optional field is there as a comment with what it takes. Walks the same form fields as the CMS
 * (config.ts), so the two cannot differ; tests/cms/nieuw.test.ts checks a skeleton of every
 * collection with `runCheck`.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { COLLECTION_LABELS } from '../domain/labels.ts';
import { suggest } from '../domain/nearest.ts';
import { discoverContent } from '../load/discovery.ts';
import type { CollectionName } from '../schemas/index.ts';
import { COLLECTIONS, definitionOf } from '../collections/index.ts';
import { cmsCollection, DATE_HINT, optionValue, type CmsField, type TermSource } from './config.ts';
import { readVocabulary } from '../load/vocabularies.ts';
import { uniqueId } from './slug.ts';
import { CHOOSE_COMMENT, placeholder as placeholderText, skeletonBody } from '../check/placeholders.ts';

/** The placeholder of a text field: "Samenvatting invullen" (src/check/placeholders.ts). */
const placeholder = (field: CmsField): string => placeholderText(field.label);

export interface SkeletonContext {
  /** Existing ids per collection, sorted: references point at the first until the author chooses. */
  ids: Partial<Record<CollectionName, readonly string[]>>;
  /** The date written into required date fields (the reference date). */
  today: string;
  /** The vocabularies' values (content/_vocabulaires/): a required kind of organisation is the first. */
  terms: TermSource;
}

/** Statuses that need nothing else (no approval date, no successor): the start of a workflow. */
const FIRST_CHOICE = ['concept', 'voorgenomen', 'open'];

function sample(field: CmsField, context: SkeletonContext): unknown {
  switch (field.widget) {
    case 'datetime':
      return context.today;
    case 'select': {
      const options = (field.options ?? []).map(optionValue);
      const first = options.find((o) => FIRST_CHOICE.includes(o)) ?? options[0];
      return field.multiple ? [first] : first;
    }
    case 'relation': {
      const target = context.ids[field.collection as CollectionName]?.[0];
      if (target === undefined) throw new Error(`${field.name} verwijst naar ${field.collection}, maar daar is nog niets: maak eerst een ${COLLECTION_LABELS[field.collection as CollectionName].inTekst}`);
      return field.multiple ? [target] : target;
    }
    case 'boolean':
      return false;
    case 'number':
      return 1;
    case 'object':
      return Object.fromEntries((field.fields ?? []).filter((f) => f.required).map((f) => [f.name, sample(f, context)]));
    case 'list':
      if (field.fields) return [Object.fromEntries(field.fields.filter((f) => f.required).map((f) => [f.name, sample(f, context)]))];
      return [field.field ? sample(field.field, context) : 'tekst'];
    default:
      if (field.name === 'versie') return '0.1';
      return placeholder(field);
  }
}

/** What an optional field takes, for its comment. */
function describe(field: CmsField): string {
  const parts: string[] = [];
  if (field.widget === 'datetime') parts.push('datum, JJJJ-MM-DD');
  if (field.widget === 'select') parts.push(`${field.multiple ? 'lijst van ' : ''}${(field.options ?? []).map(optionValue).join(' | ')}`);
  if (field.widget === 'relation') parts.push(`${field.multiple ? 'lijst van ids' : 'id'} uit ${field.collection}`);
  if (field.widget === 'boolean') parts.push('true of false');
  if (field.widget === 'list' && field.fields) parts.push(`lijst van { ${field.fields.map((f) => f.name).join(', ')} }`);
  if (field.widget === 'list' && !field.fields) parts.push('lijst van teksten');
  if (field.widget === 'object') parts.push(`{ ${(field.fields ?? []).map((f) => f.name).join(', ')} }`);
  if (field.hint && field.hint !== DATE_HINT) parts.push(field.hint);
  return parts.join('; ');
}

export function skeleton(collection: CollectionName, title: string, context: SkeletonContext): string {
  const config = cmsCollection(collection, 'content', context.terms);
  const lines = ['---'];
  for (const field of config.fields) {
    if (field.name === 'body') continue;
    if (field.name === 'titel') {
      lines.push(stringify({ titel: title }, { lineWidth: 0 }).trimEnd());
      continue;
    }
    if (field.required) {
      const value = sample(field, context);
      const note = field.widget === 'relation' ? `  # ${CHOOSE_COMMENT} ${field.multiple ? 'ids' : 'een id'} uit content/${field.collection}/` : '';
      const text = stringify({ [field.name]: value }, { lineWidth: 0 }).trimEnd();
      const [first, ...rest] = text.split('\n');
      lines.push(`${first}${note}`, ...rest);
    } else {
      const description = describe(field);
      lines.push(`# ${field.name}:${description ? `   (${description})` : ''}`);
    }
  }
  lines.push('---');
  const body = skeletonBody(collection);
  return `${lines.join('\n')}\n${body}\n`;
}

/** What `npm run nieuw` prints and its exit code; `file` is the entry it wrote. */
export interface NewEntryOutcome {
  code: 0 | 1;
  stdout: string;
  stderr: string;
  file?: string;
}

/**
 * `npm run nieuw -- <collectie> "<titel>"` (scripts/nieuw.ts only writes this out): the skeleton
 * written into `contentDir` under an id from the title, unique in the collection.
 */
export async function newEntry(args: readonly string[], options: { contentDir: string; today: string }): Promise<NewEntryOutcome> {
  const [collection, ...words] = args;
  const title = words.join(' ').trim();
  if (!collection || !(COLLECTIONS as readonly string[]).includes(collection) || title.length < 3) {
    const hint = collection && !(COLLECTIONS as readonly string[]).includes(collection) ? suggest(collection, COLLECTIONS) : undefined;
    return { code: 1, stdout: '', stderr: `${hint ? `Onbekende collectie "${collection}": bedoelde je "${hint}"?\n` : ''}Gebruik: npm run nieuw -- <collectie> "<titel>"\nCollecties: ${COLLECTIONS.join(', ')}\n` };
  }
  const dir = options.contentDir;
  const { files } = await discoverContent(dir);
  const ids: Partial<Record<CollectionName, string[]>> = {};
  for (const file of files) (ids[file.collection] ??= []).push(file.id);
  for (const list of Object.values(ids)) list.sort();

  const id = uniqueId(title, new Set(ids[collection as CollectionName] ?? []));
  const target = path.join(dir, collection, `${id}.md`);
  if (existsSync(target)) return { code: 1, stdout: '', stderr: `${target} bestaat al.\n` };
  try {
    const text = skeleton(collection as CollectionName, title, { ids, today: options.today, terms: (name) => readVocabulary(dir, name).terms });
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text, { flag: 'wx' });
  } catch (error) {
    return { code: 1, stdout: '', stderr: `${error instanceof Error ? error.message : String(error)}\n` };
  }
  return { code: 0, stdout: `${target} geschreven. Vul de velden in en controleer met: npm run check\n`, stderr: '', file: target };
}
