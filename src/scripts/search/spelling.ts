/**
 * "Bedoelde u …?" on the search page: a word that matches nothing is corrected from the edition's
 * vocabulary (zoekwoorden.json: word → how many pages use it), with the distance and ranking the
 * checker's suggestions use (src/domain/nearest.ts).
 */
import { closest } from '../../domain/nearest.ts';

/** How many edits a correction may make: none for words of up to 4 letters, 1 up to 7, else 2. */
export function maxEdits(word: string): number {
  return word.length <= 4 ? 0 : word.length <= 7 ? 1 : 2;
}

/**
 * The vocabulary word closest to `word`, the most used of equally close ones; nothing when the
 * word is itself in the vocabulary or none is close enough.
 */
export function correction(word: string, vocabulary: Readonly<Record<string, number>>): string | undefined {
  if (Object.hasOwn(vocabulary, word)) return undefined;
  return closest(word, Object.keys(vocabulary), maxEdits(word), (candidate) => vocabulary[candidate] ?? 0)[0]?.candidate;
}

/** The query with each corrected word replaced (question and function words kept as typed). */
export function correctedQuery(words: readonly string[], fixes: ReadonlyMap<string, string>): string {
  return words.map((w) => fixes.get(w) ?? w).join(' ');
}
