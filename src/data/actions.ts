/**
 * Open and ongoing actions of an edition's route maps on its reference date (overdue first),
 * computed once per Site and shared by the actions overview, organisation pages and the home page.
 */
import type { Site } from './site.ts';
import { actionsByOwner, actionsForGroup, openActions, overdueCount, type OpenAction } from '../domain/actions.ts';

const memo = new WeakMap<Site, OpenAction[]>();

export function siteActions(site: Site): OpenAction[] {
  let actions = memo.get(site);
  if (!actions) {
    actions = openActions(site.of('routekaarten'), site.peildatum);
    memo.set(site, actions);
  }
  return actions;
}

export interface ActionFacet { id: string; path: string; name: string; count: number; overdue: number }
const facetMemo = new WeakMap<Site, { owners: ActionFacet[]; groups: ActionFacet[] }>();

/**
 * The facets of the actions overview, computed once per Site: every owner (alphabetical) and
 * every target group with open actions (in collection order), with counts.
 */
export function actionFacets(site: Site): { owners: ActionFacet[]; groups: ActionFacet[] } {
  let facets = facetMemo.get(site);
  if (!facets) {
    const actions = siteActions(site);
    const owners = [...actionsByOwner(actions)].map(([id, list]) => {
      const o = site.get(`organisaties/${id}`);
      const name = o && o.collection === 'organisaties' ? (o.data.afkorting ?? o.data.titel) : id;
      return { id, path: `acties/${id}/`, name, count: list.length, overdue: overdueCount(list) };
    }).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const groups = site.of('doelgroepen').map((g) => {
      const list = actionsForGroup(actions, g.id);
      return { id: g.id, path: `acties/doelgroep/${g.id}/`, name: g.data.titel, count: list.length, overdue: overdueCount(list) };
    }).filter((g) => g.count > 0);
    facets = { owners, groups };
    facetMemo.set(site, facets);
  }
  return facets;
}
