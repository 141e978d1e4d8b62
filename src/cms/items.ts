/**
 * What the CMS page knows about every entry, to check a public entry's references before it is
 * saved and to name targets by title (src/cms/admin.ts): its title, edition and status, and why
 * it is not public. Served as /beheer/items.json: written by the build (the internal edition's
 * entries as built) and answered fresh by the dev server under `npm run beheer`.
 */
import { whyNotPublic } from '../domain/editions.ts';
import { COLLECTION_LABELS } from '../domain/labels.ts';
import { frontmatterReferences } from '../domain/references.ts';
import { keyOf, type AnyEntry } from '../domain/types.ts';
import type { CollectionName } from '../schemas/index.ts';

export interface CmsItem {
  titel: string;
  zichtbaarheid: string;
  status?: string;
  /** Why the entry is not in the public edition on the reference date; absent when it is. */
  nietPubliek?: string;
}

export type CmsItems = Record<string, CmsItem>;

export function cmsItems(entries: readonly AnyEntry[], peildatum: string): CmsItems {
  const out: CmsItems = {};
  for (const entry of entries) {
    const d = entry.data as { titel: string; zichtbaarheid?: string; status?: string };
    const why = whyNotPublic(entry, peildatum);
    out[keyOf(entry)] = { titel: d.titel, zichtbaarheid: d.zichtbaarheid ?? 'intern', ...(d.status ? { status: d.status } : {}), ...(why ? { nietPubliek: why } : {}) };
  }
  return out;
}

/**
 * The problems the check would report for a public entry's references to entries that are not
 * public, named by title (the target's and the field's label), not by id and position.
 * `data` is the form's frontmatter; nothing is reported for an entry that is not public itself.
 */
export function publicReferenceProblems(
  collection: CollectionName,
  data: Record<string, unknown>,
  items: CmsItems,
  peildatum: string,
  label: (field: readonly (string | number)[]) => string,
): string[] {
  const self = { collection, id: '', data, body: '' } as unknown as AnyEntry;
  if (whyNotPublic(self, peildatum) !== undefined) return [];
  const out: string[] = [];
  for (const ref of frontmatterReferences(self)) {
    const target = items[`${ref.collection}/${ref.id}`];
    if (!target?.nietPubliek) continue;
    const where = 'field' in ref.at ? label(ref.at.field) : 'Tekst';
    out.push(`${where}: "${target.titel}" (${COLLECTION_LABELS[ref.collection].inTekst}) staat niet in de publieke editie: ${target.nietPubliek}. Een publiek item mag er niet naar verwijzen: kies een publiek item, haal de verwijzing weg of zet dit item op intern`);
  }
  return out;
}
