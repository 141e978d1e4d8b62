/**
 * Open and ongoing actions of an edition's route maps on its reference date (overdue first),
 * computed once per Site and shared by the actions overview, organisation pages and the home page.
 */
import type { Site } from './site.ts';
import { openActions, type OpenAction } from '../domain/actions.ts';

const memo = new WeakMap<Site, OpenAction[]>();

export function siteActions(site: Site): OpenAction[] {
  let actions = memo.get(site);
  if (!actions) {
    actions = openActions(site.of('routekaarten'), site.peildatum);
    memo.set(site, actions);
  }
  return actions;
}
