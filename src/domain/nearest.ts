/**
 * Close matches for a mistyped word: the nearest existing ids ("bedoelde je …?" in the checker's
 * messages), the closest known frontmatter key or folder, and the search page's spelling
 * correction from the edition's vocabulary (src/scripts/search/spelling.ts) all use the one
 * distance and the one ranking below. Pure and without imports: the search island bundles it.
 */

/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form (insert, delete, substitute,
 * swap two neighbours: "maatregleen" is one edit from "maatregelen"). With `max`, it stops as soon
 * as the distance must exceed it and returns `max + 1`: the search page compares a word with every
 * word of the vocabulary while the reader types.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the matrix: two back (for a swap), the previous, the current.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      current[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, max + 1);
}

export interface Match {
  candidate: string;
  distance: number;
}

/**
 * The candidates within `max` edits of `word`, closest first; among equally close ones the higher
 * `weight` first (how often the search vocabulary uses a word), then the order they came in.
 */
export function closest(word: string, candidates: Iterable<string>, max: number, weight?: (candidate: string) => number): Match[] {
  const found: Array<Match & { weight: number }> = [];
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate, max);
    if (distance <= max) found.push({ candidate, distance, weight: weight?.(candidate) ?? 0 });
  }
  return found.sort((x, y) => x.distance - y.distance || y.weight - x.weight).map(({ candidate, distance }) => ({ candidate, distance }));
}

/** The nearest existing ids: at most a third of the id's length (and at most 4) edits away, closest first. */
export function nearest(id: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.min(4, Math.max(1, Math.floor(id.length / 3)));
  return closest(id, [...candidates].sort((a, b) => a.localeCompare(b)), limit)
    .slice(0, max)
    .map((m) => m.candidate);
}

/** ` bedoelde je "a"?` / ` bedoelde je "a" of "b"?`, or nothing. */
export function didYouMean(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  const quoted = ids.map((id) => `"${id}"`);
  return `; bedoelde je ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} of ${quoted.at(-1)}`}?`;
}

/** The closest known name (a frontmatter key, a folder, a collection) within edit distance 3, or a case-insensitive match. */
export function suggest(key: string, known: Iterable<string>): string | undefined {
  const names = [...known];
  const lowered = names.map((name) => name.toLowerCase());
  // A match that differs only in case is at distance 0, so it comes first.
  const best = closest(key.toLowerCase(), lowered, 3)[0];
  return best && names[lowered.indexOf(best.candidate)];
}
