/**
 * The nearest existing ids to a mistyped one, for "bedoelde je …?" in messages: edit distance
 * (Levenshtein), at most a third of the id's length (and at most 4), closest first.
 */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}

export function nearest(id: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.min(4, Math.max(1, Math.floor(id.length / 3)));
  const scored: { candidate: string; d: number }[] = [];
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - id.length) > limit) continue;
    const d = editDistance(id, candidate);
    if (d <= limit) scored.push({ candidate, d });
  }
  return scored.sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate)).slice(0, max).map((s) => s.candidate);
}

/** ` bedoelde je "a"?` / ` bedoelde je "a" of "b"?`, or nothing. */
export function didYouMean(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  const quoted = ids.map((id) => `"${id}"`);
  return `; bedoelde je ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} of ${quoted.at(-1)}`}?`;
}

/** The closest known name (a frontmatter key, a folder, a collection) within edit distance 3, or a case-insensitive match. */
export function suggest(key: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of known) {
    if (candidate.toLowerCase() === key.toLowerCase()) return candidate;
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
