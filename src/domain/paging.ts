/**
 * Page budget: no page grows with the whole knowledge base. A page lists its own neighbourhood,
 * and where that can be large (a target group that 3,000 measures name, an owner of 1,000
 * actions, a collection of 4,000 Q&A) it shows a bounded selection with counts and links to the
 * full list, paginated. The model is GOV.UK's finder pages: a summary with counts per group, and
 * the list one link away. Pure.
 */

/** Items of one group on a summary page (a hub's relation group, an owner on /acties/, a briefing section). */
export const GROUP_LIMIT = 20;
/** Entries in a facet list (owners, target groups on /acties/): the busiest, then "all N". */
export const FACET_LIMIT = 10;
/** Items per page of a full list. */
export const PAGE_SIZE = 100;
/**
 * Entries per page of a collection index: fewer, because an index page shows an entry more than
 * once (Q&A per target group and per theme) and the public Q&A index carries their answers as
 * structured data (FAQPage). At 100 per page a public Q&A page weighed 250.5 KB (spread shape,
 * 10,000 entries, bench/2026-12-05-2core-scale.json).
 */
export const INDEX_PAGE_SIZE = 50;

export interface Capped<T> {
  shown: T[];
  /** How many are left out (0 when everything is shown). */
  more: number;
  total: number;
}

/** The first `limit` items, and how many more there are. */
export function capped<T>(items: readonly T[], limit: number): Capped<T> {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit), total: items.length };
}

/**
 * The busiest `limit` facets (most items first, ties in the given order), always with the current
 * one when it exists, shown in the given order (alphabetical lists stay alphabetical).
 */
export function topFacets<T extends { count: number }>(facets: readonly T[], limit: number, isCurrent: (f: T) => boolean = () => false): Capped<T> {
  if (facets.length <= limit) return { shown: [...facets], more: 0, total: facets.length };
  const ranked = facets.map((f, i) => ({ f, i })).sort((a, b) => b.f.count - a.f.count || a.i - b.i);
  const keep = new Set(ranked.slice(0, limit).map((r) => r.i));
  const current = facets.findIndex(isCurrent);
  if (current >= 0) keep.add(current);
  const shown = facets.filter((_, i) => keep.has(i));
  return { shown, more: facets.length - shown.length, total: facets.length };
}

/** Number of pages for `total` items (at least 1). */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The path of page `n` of a list whose first page is at `base` (`a/b/`): `a/b/`, `a/b/2/`, … */
export function listPagePath(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/**
 * Page numbers to offer in a pagination bar: the first, the last, and two either side of the
 * current one; `null` where numbers are left out. Bounded, however long the list.
 */
export function pageWindow(current: number, last: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= last; n++) {
    if (n === 1 || n === last || Math.abs(n - current) <= 2) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

/** "1.234" (Dutch thousands separator), for counts in running text. */
export function formatCount(n: number): string {
  return n.toLocaleString('nl-NL');
}
