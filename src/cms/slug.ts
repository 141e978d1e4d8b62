/**
 * Ids for new entries from their titles, the way the CMS makes them (its `slug` settings in
 * config.ts): accents dropped, lower case, every run of other characters one hyphen; unique in
 * the collection by appending -1, -2, … as Decap does.
 */
import { ID_PATTERN } from '../schemas/index.ts';

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’"]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ID_PATTERN.test(slug) ? slug : 'item';
}

export function uniqueId(title: string, taken: ReadonlySet<string>): string {
  const base = slugify(title);
  if (!taken.has(base)) return base;
  for (let i = 1; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
