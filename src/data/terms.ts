/**
 * The vocabularies (themes, kinds of organisation) for the pages: read from the content folder's
 * `_vocabulaires/` (src/load/vocabularies.ts) on every call, which costs a `stat` while the file
 * is unchanged, so that `npm run dev` shows a new label or theme on the next page load.
 */
import { contentDir } from '../config.ts';
import type { VocabularyName } from '../schemas/index.ts';
import { readVocabulary, termLabel, type Term } from '../load/vocabularies.ts';

/** A vocabulary's values with their labels, in the file's order. */
export function terms(name: VocabularyName): readonly Term[] {
  return readVocabulary(contentDir(), name).terms;
}

/** The label of a value (the value itself when unknown: the checker reports that before a build). */
export function termLabelOf(name: VocabularyName, value: string): string {
  return termLabel(readVocabulary(contentDir(), name), value);
}
