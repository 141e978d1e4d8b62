/**
 * The excerpt under a search result: the sentence of the entry's text (title left out) with the
 * most matches, the next one added when it is very short, matches marked. Word positions are
 * Pagefind's (`locations`, over the text split at white space).
 */

/** How Pagefind splits a page's text into the words its `locations` count. */
export const WORD_SEPARATORS = /[^\S\uFEFF]+/;
/** Longest excerpt in words; a longer sentence is cut around its matches. */
export const EXCERPT_WORDS = 32;

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export function excerptParts(content: string, title: string | undefined, locations: readonly number[]): ExcerptPart[] {
  const words = content.split(WORD_SEPARATORS);
  let start = 0;
  const titleWords = title ? title.split(WORD_SEPARATORS).filter(Boolean) : [];
  while (start < words.length && words[start] === '') start++;
  // Pagefind ends a heading with a full stop: "Titel." for the title "Titel".
  const bare = (list: string[]) => list.join(' ').replace(/[.!?:]+$/, '');
  if (titleWords.length && bare(words.slice(start, start + titleWords.length)) === bare(titleWords)) start += titleWords.length;
  if (start >= words.length) return [];
  const sentences: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i < words.length; i++) {
    if (/[.!?:]["')\]]*$/.test(words[i]!) || i === words.length - 1) {
      sentences.push([from, i + 1]);
      from = i + 1;
    }
  }
  const marked = new Set(locations.filter((l) => l >= start));
  let best = 0;
  let bestHits = 0;
  sentences.forEach(([s, e], i) => {
    let hits = 0;
    for (const l of marked) if (l >= s && l < e) hits++;
    if (hits > bestHits) {
      best = i;
      bestHits = hits;
    }
  });
  let [s, e] = sentences[best]!;
  if (e - s < 12 && sentences[best + 1]) e = sentences[best + 1]![1];
  let pre = false;
  let post = false;
  if (e - s > EXCERPT_WORDS) {
    const inside = [...marked].filter((l) => l >= s && l < e).sort((a, b) => a - b);
    const anchor = inside[0] ?? s;
    const cut = Math.max(s, Math.min(anchor - 8, e - EXCERPT_WORDS));
    pre = cut > s;
    post = cut + EXCERPT_WORDS < e;
    s = cut;
    e = Math.min(e, cut + EXCERPT_WORDS);
  }
  const parts: ExcerptPart[] = [];
  if (pre) parts.push({ text: '… ', mark: false });
  for (let i = s; i < e; i++) {
    if (i > s) parts.push({ text: ' ', mark: false });
    parts.push({ text: words[i]!, mark: marked.has(i) });
  }
  if (post) parts.push({ text: ' …', mark: false });
  return parts;
}
