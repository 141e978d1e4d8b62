/**
 * Every reference an entry makes, from frontmatter and from links in its body. This is the one
 * place that knows which field points at which collection: integrity, graph and editions use it.
 */
import type { CollectionName } from '../schemas/index.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import type { AnyEntry } from './types.ts';

export interface Reference {
  collection: CollectionName;
  id: string;
  /** Dotted path of the field, e.g. `fasen[0].acties[2].maatregel`, or `body` for a body link. */
  field: string;
  /** For route map actions: where in the route map the reference sits. */
  fase?: number;
  actie?: number;
  /** 1-based line in the body, for body links. */
  bodyLine?: number;
}

function many(collection: CollectionName, field: string, ids: readonly string[] | undefined): Reference[] {
  return (ids ?? []).map((id, i) => ({ collection, id, field: `${field}[${i}]` }));
}
function one(collection: CollectionName, field: string, id: string | undefined): Reference[] {
  return id ? [{ collection, id, field }] : [];
}

/** References written in frontmatter. */
export function frontmatterReferences(entry: AnyEntry): Reference[] {
  switch (entry.collection) {
    case 'maatregelen': {
      const d = entry.data;
      return [
        ...many('doelgroepen', 'doelgroepen', d.doelgroepen),
        ...one('organisaties', 'verantwoordelijk', d.verantwoordelijk),
        ...many('organisaties', 'partners', d.partners),
        ...many('bronnen', 'bronnen', d.bronnen),
      ];
    }
    case 'doelgroepen':
      return one('doelgroepen', 'onderdeelVan', entry.data.onderdeelVan);
    case 'routekaarten': {
      const d = entry.data;
      const refs: Reference[] = [
        ...many('doelgroepen', 'doelgroepen', d.doelgroepen),
        ...many('organisaties', 'afgestemdMet', d.afgestemdMet),
        ...many('bronnen', 'bronnen', d.bronnen),
      ];
      d.fasen.forEach((fase, f) =>
        fase.acties.forEach((actie, a) => {
          const at = `fasen[${f}].acties[${a}]`;
          refs.push({ collection: 'organisaties', id: actie.eigenaar, field: `${at}.eigenaar`, fase: f, actie: a });
          if (actie.maatregel) refs.push({ collection: 'maatregelen', id: actie.maatregel, field: `${at}.maatregel`, fase: f, actie: a });
        }),
      );
      return refs;
    }
    case 'passages': {
      const d = entry.data;
      return [
        ...many('maatregelen', 'maatregelen', d.maatregelen),
        ...many('doelgroepen', 'doelgroepen', d.doelgroepen),
        ...one('passages', 'vervangenDoor', d.vervangenDoor),
        ...many('bronnen', 'bronnen', d.bronnen),
        ...d.gebruiktIn.flatMap((g, i) => one('bronnen', `gebruiktIn[${i}].bron`, g.bron)),
      ];
    }
    case 'vragen': {
      const d = entry.data;
      return [
        ...many('doelgroepen', 'doelgroepen', d.doelgroepen),
        ...many('maatregelen', 'maatregelen', d.maatregelen),
        ...many('bronnen', 'bronnen', d.bronnen),
      ];
    }
    case 'bronnen':
      return one('organisaties', 'afzender', entry.data.afzender);
    case 'organisaties':
      return [];
  }
}

const BODY_LINK = new RegExp(`\\]\\(\\s*/(${COLLECTIONS.join('|')})/([a-z0-9-]+)/?(?:#[^)\\s]*)?\\s*\\)`, 'g');

/** Links in the body to other entries, written as Markdown links to `/<collection>/<id>/`. */
export function bodyReferences(body: string): Reference[] {
  const refs: Reference[] = [];
  const lines = body.split('\n');
  lines.forEach((text, i) => {
    for (const match of text.matchAll(BODY_LINK)) {
      refs.push({ collection: match[1] as CollectionName, id: match[2]!, field: 'body', bodyLine: i + 1 });
    }
  });
  return refs;
}

export function referencesOf(entry: AnyEntry): Reference[] {
  return [...frontmatterReferences(entry), ...bodyReferences(entry.body)];
}
