/** The search page's filters as Pagefind takes them, and their counts. */

export type FilterCounts = Record<string, Record<string, number>>;
export type FilterQuery = Record<string, { any: string[] }>;

/** Filter values as the form and the URL carry them (`soort:Maatregel`), grouped by filter. */
export function parseFilters(values: Iterable<string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const value of values) {
    const [name, ...rest] = value.split(':');
    (out[name!] ??= []).push(rest.join(':'));
  }
  return out;
}

/** Within a group any value (or), across groups all (and); `without` leaves one group out. */
export function filterQuery(filters: Record<string, string[]>, without?: string): FilterQuery {
  return Object.fromEntries(Object.entries(filters).filter(([name]) => name !== without).map(([name, values]) => [name, { any: values }]));
}

/** Counts of a union of searches are not known without every fragment: the largest of the parts. */
export function unionCounts(parts: readonly (FilterCounts | undefined)[]): FilterCounts {
  const counts: FilterCounts = {};
  for (const part of parts) for (const [name, values] of Object.entries(part ?? {})) for (const [v, n] of Object.entries(values)) (counts[name] ??= {})[v] = Math.max(counts[name]?.[v] ?? 0, n);
  return counts;
}
