/**
 * Dutch names of collections (`inTekst`: the singular as used inside a sentence), used in
 * navigation, headings, search filters and exports; each declared by its collection module
 * (src/collections/).
 */
import { COLLECTIONS, NAV_ORDER, REGISTRY, type CollectionLabels, type CollectionName } from '../collections/index.ts';

export const COLLECTION_LABELS: Readonly<Record<CollectionName, CollectionLabels>> = Object.fromEntries(COLLECTIONS.map((c) => [c, REGISTRY[c].labels])) as Record<CollectionName, CollectionLabels>;

/** Navigation order per edition. */
export { NAV_ORDER };
