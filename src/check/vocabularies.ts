/**
 * The checker's rules for the vocabularies (content/_vocabulaires/, src/load/vocabularies.ts):
 * each file valid; every value an entry (or a desk in loketten.yaml) uses is in its vocabulary,
 * with the nearest valid value suggested; and a theme no entry or desk uses is a warning (a theme
 * without questions is an empty heading waiting to happen, or a leftover).
 *
 * Which fields take their value from which vocabulary is declared once at the field
 * (`term('themas')` in src/collections/<name>.ts) and read from the schemas here.
 */
import type { z } from 'astro/zod';
import { VOCABULARIES, VOCABULARY_NAMES, vocabularyFields, type CollectionName, type VocabularyName } from '../schemas/index.ts';
import { COLLECTIONS, schemas } from '../collections/index.ts';
import { EACH, walkSchema, type PathStep } from '../schemas/walk.ts';
import { nearest } from '../domain/nearest.ts';
import type { AnyEntry, FieldPath, Problem } from '../domain/types.ts';
import { readVocabularies, type Vocabulary } from '../load/vocabularies.ts';
import type { Loket } from '../load/site-pages.ts';

export interface VocabularyField {
  vocabulary: VocabularyName;
  pattern: readonly PathStep[];
}

/** The fields of a collection's schema that take a vocabulary's value (`term()`), with their paths. */
export function vocabularyFieldsOf(schema: z.ZodType): VocabularyField[] {
  const found: VocabularyField[] = [];
  walkSchema(schema, (node, pattern) => {
    const declared = vocabularyFields.get(node);
    if (!declared) return true;
    found.push({ vocabulary: declared.vocabulary, pattern });
    return false;
  });
  return found;
}

const FIELDS: Readonly<Record<CollectionName, readonly VocabularyField[]>> = Object.fromEntries(
  COLLECTIONS.map((c) => [c, vocabularyFieldsOf(schemas[c] as unknown as z.ZodType)]),
) as Record<CollectionName, VocabularyField[]>;

function valuesAt(data: unknown, pattern: readonly PathStep[], at: (string | number)[] = []): { value: unknown; path: FieldPath }[] {
  if (pattern.length === 0) return data === undefined ? [] : [{ value: data, path: at }];
  const [step, ...rest] = pattern;
  if (step === EACH) return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...at, i])) : [];
  if (data === null || typeof data !== 'object') return [];
  return valuesAt((data as Record<string, unknown>)[step as string], rest, [...at, step as string]);
}

/** The values an entry takes from each vocabulary, with where. */
export function termsOf(entry: AnyEntry): { vocabulary: VocabularyName; value: string; path: FieldPath }[] {
  return FIELDS[entry.collection].flatMap((field) =>
    valuesAt(entry.data, field.pattern)
      .filter((v): v is { value: string; path: FieldPath } => typeof v.value === 'string')
      .map((v) => ({ vocabulary: field.vocabulary, value: v.value, path: v.path })),
  );
}

/** "onbekend thema "dagbsteding"; bedoelde je "dagbesteding"? (…)" */
export function unknownTermMessage(vocabulary: Vocabulary, value: string): string {
  const { what, article } = VOCABULARIES[vocabulary.name];
  const hint = nearest(value, vocabulary.values, 1)[0];
  const onbekend = article === 'het' ? 'onbekend' : 'onbekende';
  return `${onbekend} ${what} "${value}"${hint ? `; bedoelde je "${hint}"?` : ''} (de ${what === 'thema' ? 'thema’s' : 'waarden'} staan in ${vocabulary.file}: ${[...vocabulary.values].join(', ')}; een nieuwe voeg je daar toe)`;
}

export interface VocabularyCheck {
  problems: Problem[];
  /** Not errors: the build goes on (an unused theme). */
  warnings: Problem[];
}

/**
 * Checks the vocabulary files and the values that `entries` (valid or not: their readable fields)
 * and the desks use. Problems in entries carry `at` (the field); validate.ts gives them their line.
 */
export function checkVocabularies(contentDir: string, entries: readonly AnyEntry[], loketten: { file: string; loketten: readonly Loket[] }): VocabularyCheck {
  const vocabularies = readVocabularies(contentDir);
  const problems: Problem[] = VOCABULARY_NAMES.flatMap((name) => vocabularies[name].problems);
  const used = new Map<VocabularyName, Set<string>>(VOCABULARY_NAMES.map((name) => [name, new Set()]));
  for (const entry of entries) {
    for (const { vocabulary, value, path } of termsOf(entry)) {
      used.get(vocabulary)!.add(value);
      const list = vocabularies[vocabulary];
      // A missing or invalid vocabulary file is reported once, above, not at every use.
      if (list.problems.length === 0 && !list.values.has(value)) problems.push({ file: entry.file!, at: { field: path }, message: unknownTermMessage(list, value) });
    }
  }
  const themas = vocabularies.themas;
  loketten.loketten.forEach((loket, i) => {
    for (const thema of loket.themas) {
      used.get('themas')!.add(thema);
      if (themas.problems.length === 0 && !themas.values.has(thema)) problems.push({ file: loketten.file, message: `loket ${i + 1} ("${loket.naam}"), themas: ${unknownTermMessage(themas, thema)}` });
    }
  });
  const warnings: Problem[] = [];
  for (const term of themas.terms) {
    if (!used.get('themas')!.has(term.waarde)) {
      warnings.push({ file: themas.file, line: themas.lines.get(term.waarde), message: `het thema "${term.waarde}" (${term.label}) wordt door geen enkele vraag, maatregel of loket gebruikt; gebruik het of haal het weg` });
    }
  }
  return { problems, warnings };
}
