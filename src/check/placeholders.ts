/**
 * The placeholders a new entry starts with (`npm run nieuw`, src/cms/skeleton.ts, writes exactly
 * these): the checker refuses a public entry that still holds one. One place for both, so the
 * list cannot drift: a text field's placeholder is its form label followed by " invullen"
 * ("Samenvatting invullen"), the body's is the collection's (src/collections), and a reference that still points at
 * the first entry of its collection carries the comment `# kies: …`.
 */
import { definitionOf, type CollectionName } from '../collections/index.ts';

export const PLACEHOLDER_SUFFIX = ' invullen';

/** The body of a new entry: the collection's placeholder (src/collections, `body.placeholder`), or this. */
export const SKELETON_BODY = 'Schrijf hier de tekst.';
export const skeletonBody = (collection: CollectionName): string => definitionOf(collection).body?.placeholder ?? SKELETON_BODY;

/** Collections whose body is the entry's text (a Q&A's answer, a passage): they declare a body. */
export const hasOwnBody = (collection: CollectionName): boolean => definitionOf(collection).body !== undefined;

/** The comment after a reference that still points at the first entry of its collection. */
export const CHOOSE_COMMENT = 'kies:';

/** The placeholder of a text field with this label. */
export const placeholder = (label: string): string => `${label}${PLACEHOLDER_SUFFIX}`;

/**
 * Whether a frontmatter text is the placeholder of its own field: "<label> invullen", where the
 * label is the form's label of `key` ("Samenvatting" for samenvatting, "Laatst gecontroleerd" for
 * laatstGecontroleerd, "Thema’s" for themas). Compared without case, spaces and punctuation, so
 * that a real text that happens to end in "invullen" ("Hoe moet ik het formulier invullen") is
 * never taken for one.
 */
export function isPlaceholderText(value: string, key: string): boolean {
  const text = value.trim();
  if (!text.endsWith(PLACEHOLDER_SUFFIX)) return false;
  const label = text.slice(0, -PLACEHOLDER_SUFFIX.length);
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return squash(label) !== '' && squash(label) === squash(key);
}

/** Whether a body is still the placeholder text of a new entry of this collection. */
export function isPlaceholderBody(collection: CollectionName, body: string): boolean {
  const text = body.trim();
  return text === SKELETON_BODY || text === skeletonBody(collection);
}
