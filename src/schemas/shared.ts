/**
 * Building blocks shared by every collection schema: ids, calendar dates, visibility,
 * statuses and controlled vocabularies. Pure zod (from `astro/zod`), no `astro:*` imports,
 * so the same schemas validate content in Astro's content layer and in `npm run check`.
 */
import { z } from 'astro/zod';

/**
 * The names of the collections. Each module under src/collections/ adds its own name here by
 * declaration merging (`declare module '../schemas/shared.ts' { interface CollectionNames { … } }`),
 * so that `ref()` knows every collection without importing the registry, which imports the
 * schemas; src/collections/index.ts makes the compiler check that the registry has exactly these.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CollectionNames {}
export type CollectionName = keyof CollectionNames & string;

/** An entry id is its file name without extension: lower case, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const idSchema = () =>
  z
    .string({ error: 'moet een id zijn (de bestandsnaam zonder extensie)' })
    .regex(ID_PATTERN, { error: 'een id bestaat uit kleine letters, cijfers en koppeltekens, zoals "dagbesteding-herstart"' });

export const id = idSchema();

/**
 * What a reference field declares, once, where the field is defined: the collection it points
 * at and the label of the relation seen from each side (`outgoing` on the entry that writes the
 * reference, `incoming` on the entry it points at). src/domain/references.ts reads these from
 * the schemas; relations, the graph and integrity follow from there.
 */
export interface RefDeclaration {
  collection: CollectionName;
  outgoing: string;
  incoming: string;
  /** For a field that points into its own collection: what a chain of them is called in messages ("opvolgers"). */
  chain?: string;
}

/** The registry of reference fields; keyed by schema instance, so each `ref()` call is its own field. */
export const referenceFields = z.registry<RefDeclaration>();

/**
 * A reference to one entry of `collection`, e.g.
 * `eigenaar: ref('organisaties', { outgoing: 'Eigenaren van acties', incoming: 'Acties in routekaarten' })`.
 * Existence is checked by domain/integrity.ts (the schema only checks the id's form).
 */
export function ref(collection: CollectionName, labels: Omit<RefDeclaration, 'collection'>) {
  return idSchema().register(referenceFields, { collection, ...labels });
}

/** A list of references to entries of `collection`; empty when left out. */
export function refs(collection: CollectionName, labels: Omit<RefDeclaration, 'collection'>) {
  return z.array(ref(collection, labels)).default([]);
}

/**
 * A calendar date, written `2020-06-01` in frontmatter. Frontmatter is parsed by src/load with the
 * YAML 1.2 core schema (for the checker and Astro alike), so a date arrives as the text the author
 * wrote; a date that does not exist (`2020-02-30`) is refused, never rolled over.
 */
export const datum = z.string({ error: 'moet een datum zijn in de vorm JJJJ-MM-DD, zoals 2020-06-01' }).transform((value, ctx) => {
  const text = value.trim();
  if (!isIsoDate(text)) {
    // Right form, impossible day (2020-02-30), or another form (1-6-2020, 2020-6-1, 1 juni 2020).
    const message = /^\d{4}-\d{2}-\d{2}$/.test(text)
      ? `"${value}" is geen bestaande datum; controleer dag en maand (JJJJ-MM-DD, zoals 2020-06-01)`
      : `"${value}": schrijf de datum als JJJJ-MM-DD, zoals 2020-06-01`;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  }
  return text;
});

export type IsoDate = string;

/** True for `YYYY-MM-DD` strings that name a real calendar day. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const ZICHTBAARHEID = ['intern', 'publiek'] as const;
export type Zichtbaarheid = (typeof ZICHTBAARHEID)[number];

/** Approval workflow shared by passages, Q&A and route maps. */
export const GOEDKEURING = ['concept', 'ter afstemming', 'vastgesteld', 'vervallen'] as const;
export type Goedkeuring = (typeof GOEDKEURING)[number];

/**
 * Controlled vocabularies: closed lists of values that authors maintain as content, one YAML file
 * each in `content/_vocabulaires/` (src/load/vocabularies.ts reads and validates them), with a label
 * and a description per value. A new theme is a line in themas.yml, not a code change.
 */
export const VOCABULARIES = {
  themas: { file: 'themas.yml', what: 'thema', article: 'het', usedFor: 'de thema’s van vragen, maatregelen en loketten' },
  organisatiesoorten: { file: 'organisatiesoorten.yml', what: 'soort organisatie', article: 'de', usedFor: 'het veld soort van organisaties' },
} as const satisfies Record<string, { file: string; what: string; article: 'de' | 'het'; usedFor: string }>;
export type VocabularyName = keyof typeof VOCABULARIES;
export const VOCABULARY_NAMES = Object.keys(VOCABULARIES) as VocabularyName[];

/** A theme: a value of content/_vocabulaires/themas.yml. */
export type Thema = string;

/** The registry of fields whose value comes from a vocabulary; keyed by schema instance, like `referenceFields`. */
export const vocabularyFields = z.registry<{ vocabulary: VocabularyName }>();

/**
 * A value from a vocabulary, e.g. `themas: z.array(term('themas'))`. The schema checks the value's
 * form only (the list is content, not code): that it is one of the vocabulary's values is checked
 * by `npm run check` (src/check/vocabularies.ts), which the build and the dev server run, with the
 * nearest valid value suggested.
 */
export function term(vocabulary: VocabularyName) {
  const { what, article, file } = VOCABULARIES[vocabulary];
  const geldig = article === 'het' ? 'geldig' : 'geldige';
  return z
    .string({ error: `moet een ${what} zijn uit content/_vocabulaires/${file}` })
    .regex(ID_PATTERN, { error: (issue) => `${JSON.stringify(issue.input)} is geen ${geldig} ${what}: een waarde uit content/_vocabulaires/${file} bestaat uit kleine letters, cijfers en koppeltekens` })
    .register(vocabularyFields, { vocabulary });
}

/** `what` is the noun in the message; `article: 'het'` for het-words ("geen geldig thema"). */
export function enumeration<const T extends readonly [string, ...string[]]>(values: T, what: string, article: 'de' | 'het' = 'de') {
  const geldig = article === 'het' ? 'geldig' : 'geldige';
  return z.enum(values, { error: (issue) => `${JSON.stringify(issue.input)} is geen ${geldig} ${what}; kies uit: ${values.join(', ')}` });
}

/** A change note, the start of per-entry change history (git supplies the rest later). */
export const wijziging = z.strictObject({
  datum,
  notitie: z.string().min(1),
});

/**
 * Fields every entry has. `zichtbaarheid` defaults to `intern`: publishing is opt-in.
 * `publicerenVanaf` delays publication of a public entry until that date.
 */
export const basisVelden = {
  titel: z.string({ error: 'titel ontbreekt' }).trim().min(3, { error: 'titel is te kort' }),
  samenvatting: z.string().trim().min(1).optional(),
  zichtbaarheid: enumeration(ZICHTBAARHEID, 'zichtbaarheid').default('intern'),
  publicerenVanaf: datum.optional(),
  trefwoorden: z.array(z.string().min(1)).default([]),
  wijzigingen: z.array(wijziging).default([]),
};
