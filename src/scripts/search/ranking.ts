/**
 * The search page's layer over Pagefind's ranking (src/scripts/search.ts does the searching and
 * the page): which words of a query must match, how the results of words searched one by one
 * combine, when a word counts as found, and the edition's ranking (`rang`) over the first results.
 */
import { WORD_SEPARATORS } from './excerpt.ts';

/** Dutch question and function words: a query does not need them to match. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('wie wat waar waarom wanneer hoe hoeveel welk welke waarmee waarvoor mag mogen moet moeten kan kun kunt kunnen zal zou zouden wil wilt willen ' +
    'ik je jij u we wij ze zij hij het de een en of als dan dus maar in op aan met voor naar van bij over tot om door uit te er is zijn ben bent ' +
    'was waren wordt worden word gaat gaan ga heb hebt heeft hebben krijg krijgt krijgen doe doet doen nog ook al wel niet geen dat die dit deze ' +
    'zo nu hier daar toch mijn mij me uw jouw ons onze hun iets iemand nr nummer graag eigenlijk precies ' +
    // Clitics, as queryWords leaves them ("'s avonds" → "s", "m'n" stays): a lone letter matches
    // nearly every page and highlights random words.
    "s t n k m'n z'n d'r m'r").split(' '),
);

/** The words of a query as Pagefind reads them (lower case, punctuation inside words kept). */
export function queryWords(term: string): string[] {
  return term.toLocaleLowerCase('nl').split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
}

/** The words to search for: the query's words without question and function words, unless that leaves none. */
export function searchTerms(words: readonly string[]): string[] {
  const terms = words.filter((w) => !STOPWORDS.has(w));
  return terms.length > 0 ? terms : [...words];
}

export interface Scored {
  id: string;
  score: number;
}

export interface Candidate<R extends Scored> {
  result: R;
  /** How many of the query's words it matches. */
  matched: number;
  score: number;
}

/**
 * The results of each word searched alone, combined: one candidate per page, `matched` the number
 * of counted words it matches, `score` the sum of Pagefind's scores for them. Words whose
 * `counted` is false are left out.
 */
export function combineWords<R extends Scored>(perWord: readonly (readonly R[])[], counted: readonly boolean[]): Candidate<R>[] {
  const byId = new Map<string, Candidate<R>>();
  perWord.forEach((results, i) => {
    if (!counted[i]) return;
    for (const result of results) {
      let c = byId.get(result.id);
      if (!c) byId.set(result.id, (c = { result, matched: 0, score: 0 }));
      c.matched++;
      c.score += result.score;
    }
  });
  return [...byId.values()];
}

/** A word that only matched inside other words does not count, unless no word matched properly. */
export function countedWords(weak: readonly boolean[]): boolean[] {
  return weak.every(Boolean) ? weak.map(() => true) : weak.map((w) => !w);
}

/** Most words matched first, then the higher score. */
export function byMatchesThenScore<R extends Scored>(a: Candidate<R>, b: Candidate<R>): number {
  return b.matched - a.matched || b.score - a.score;
}

/**
 * The order of the first results under the edition's ranking: most words matched first, then
 * Pagefind's score times the page's `rang` (its meta field, 1 when absent). Returns indices into `head`.
 */
export function rerank(head: readonly { matched: number; score: number }[], rang: readonly (string | undefined)[]): number[] {
  const rank = (i: number) => head[i]!.score * Number(rang[i] ?? 1);
  return head.map((_, i) => i).sort((i, j) => head[j]!.matched - head[i]!.matched || rank(j) - rank(i));
}

/** Whether a corrected search is worth showing instead: it finds something, and matches at least as many words. */
export function isBetter(found: readonly { matched: number }[], corrected: readonly { matched: number }[]): boolean {
  if (corrected.length === 0) return false;
  if (found.length === 0) return true;
  const most = (list: readonly { matched: number }[]) => Math.max(...list.map((c) => c.matched));
  return most(corrected) >= most(found);
}

const normal = (w: string) => w.toLocaleLowerCase('nl').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * What a matched word must look like for a typed word to count as found: it starts with `stem`
 * (the typed word less its last three letters, at least four kept), or it is the start of the
 * typed word and at most two letters shorter. Undefined for short words, numbers and identifiers
 * (kenmerken, Kamerstuk numbers): there Pagefind's match stands.
 */
export function typedStem(term: string): { typed: string; stem: string } | undefined {
  const typed = normal(term);
  if (typed.length < 5 || /\d/.test(typed)) return undefined;
  return { typed, stem: typed.slice(0, Math.max(4, typed.length - 3)) };
}

/** The words Pagefind matched in a result: its text at `locations` and the words of the matched meta fields. */
export function matchedWords(data: { content: string; locations: readonly number[]; meta: Record<string, string | undefined> }, matchedMetaFields: readonly string[] = []): string[] {
  const text = data.content.split(WORD_SEPARATORS);
  return [...data.locations.map((l) => text[l] ?? ''), ...matchedMetaFields.flatMap((field) => (data.meta[field] ?? '').split(/[\s,]+/))].map(normal);
}

/** Whether one of the matched words is the typed word (see typedStem), not something found inside it. */
export function confirms(typed: { typed: string; stem: string }, words: readonly string[]): boolean {
  return words.some((word) => word.startsWith(typed.stem) || (word.length >= typed.typed.length - 2 && typed.typed.startsWith(word)));
}

/**
 * Whether every typed word of a search for all words together is really on the first results:
 * Pagefind may match a word by a short start of it when nothing else fits ("moeder" as the "MO" of
 * an organisation's keywords), and then a page that merely mentions the other words is the only
 * result. `resultWords` holds the matched words (matchedWords) of the first results; a word counts
 * when one of them confirms it (short words and identifiers always do).
 */
export function allConfirmed(terms: readonly string[], resultWords: readonly (readonly string[])[]): boolean {
  return terms.every((term) => {
    const typed = typedStem(term);
    return !typed || resultWords.some((words) => confirms(typed, words));
  });
}
