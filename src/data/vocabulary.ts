/**
 * The words search knows an entry by besides its text, and the edition's vocabulary for
 * "Bedoelde u …?" suggestions. Both are computed from one edition's own `Site` only, so the public
 * edition's files hold only public words.
 *
 * - `searchKeywords`: trefwoorden, synonyms, abbreviations, kenmerken and Kamerstuk numbers in
 *   the forms people type them (`own`), and the names and synonyms of the target groups the entry
 *   is about (`groups`). They go into Pagefind meta fields (`zoekwoorden`, `doelgroepwoorden`,
 *   weighted with `ranking.metaWeights` in src/scripts/search.ts): searchable, never shown in an
 *   excerpt.
 * - `vocabulary`: every word of the titles, synonyms and keywords, lower case, with how many
 *   entries use it; served as `/zoekwoorden.json` and loaded only when a search term matches
 *   nothing.
 */
import type { Site } from './site.ts';
import { neighbours } from '../domain/graph.ts';
import { keyOf, type AnyEntry } from '../domain/types.ts';

/** Number forms of a Kamerstuk (`25 657`, nr. 234): as cited, joined, and with the parts apart. */
function kamerstukForms(dossier: string, nummer: string | number): string[] {
  const d = dossier.replace(/\s+/g, '');
  return [`kamerstuk ${d}-${nummer}`, `${d} ${nummer}`, `${d}${nummer}`, `${dossier} nr. ${nummer}`];
}

/** Identifiers such as `954002-149168-DMO`: as written and joined (the search field drops hyphens). */
function identifierForms(value: string): string[] {
  const joined = value.replace(/[-–./\s]+/g, '');
  return joined === value ? [value] : [value, joined];
}

export function searchKeywords(site: Site, entry: AnyEntry): { own: string[]; groups: string[] } {
  const d = entry.data as Record<string, unknown>;
  const words: string[] = [];
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  words.push(...list(d.trefwoorden), ...list(d.synoniemen), ...list(d.themas));
  if (typeof d.afkorting === 'string') words.push(d.afkorting);
  // A passage is found by its kind ("passage dagbesteding kamerbrief", "spreektekst") too.
  if (entry.collection === 'passages') words.push('passage', String(d.soort));
  if (typeof d.kenmerk === 'string') words.push(...identifierForms(d.kenmerk));
  const kamerstuk = d.kamerstuk as { dossier?: string; nummer?: string | number } | undefined;
  if (kamerstuk?.dossier && kamerstuk.nummer !== undefined) words.push(...kamerstukForms(kamerstuk.dossier, kamerstuk.nummer));
  // The target groups the entry is about: their names and synonyms find it too (weighted less).
  const groupWords: string[] = [];
  const key = keyOf(entry);
  const groups = new Set([...neighbours(site.graph.outgoing(key), 'to', 'doelgroepen'), ...neighbours(site.graph.incoming(key), 'from', 'doelgroepen')]);
  for (const groupKey of groups) {
    const group = site.get(groupKey);
    if (group?.collection === 'doelgroepen' && group !== entry) groupWords.push(group.data.titel, ...group.data.synoniemen);
  }
  const unique = (list: string[]) => [...new Set(list.map((w) => w.trim()).filter(Boolean))];
  return { own: unique(words), groups: unique(groupWords) };
}

/** Splits text into the lower-case words a reader may type (letters and digits, at least 3). */
export function vocabularyWords(text: string): string[] {
  return (text.toLocaleLowerCase('nl').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !/^\d+$/.test(w));
}

/** The edition's vocabulary: word → number of entries whose title, synonyms or keywords use it. */
export function vocabulary(site: Site): Record<string, number> {
  const counts = new Map<string, number>();
  for (const entry of site.entries) {
    const d = entry.data as Record<string, unknown>;
    const text = [entry.data.titel, ...(Array.isArray(d.synoniemen) ? d.synoniemen : []), ...(Array.isArray(d.trefwoorden) ? d.trefwoorden : []), typeof d.afkorting === 'string' ? d.afkorting : ''].join(' ');
    for (const word of new Set(vocabularyWords(text))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A filter value as an HTML attribute value and id part: `ter afstemming` → `ter-afstemming`. */
export function filterSlug(value: string): string {
  return value.toLocaleLowerCase('nl').replace(/[^a-z0-9]+/g, '-');
}
