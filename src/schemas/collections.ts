/**
 * The collections, in the order the checker and the domain iterate over them. A folder under
 * content/ per collection; `schemas` in index.ts has one schema for each.
 */
export const COLLECTIONS = ['maatregelen', 'doelgroepen', 'routekaarten', 'passages', 'vragen', 'bronnen', 'organisaties'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
