/**
 * The target-group filter of the Q&A index (`/vragen/` and `/vragen/doelgroep/<id>/`): per target
 * group of this edition, its questions in index order. Computed once per edition, so the filter
 * on every index page costs a lookup, not a pass over all questions.
 */
import type { Site } from './site.ts';
import { indexOrder } from './collection-pages.ts';
import type { Entry } from '../domain/types.ts';

export interface QuestionGroup { id: string; label: string; count: number }

const memo = new WeakMap<Site, { groups: QuestionGroup[]; byGroup: Map<string, Entry<'vragen'>[]> }>();

function compute(site: Site) {
  let found = memo.get(site);
  if (found) return found;
  const byGroup = new Map<string, Entry<'vragen'>[]>();
  for (const q of indexOrder(site, 'vragen') as Entry<'vragen'>[]) {
    for (const g of new Set(q.data.doelgroepen)) {
      if (!site.get(`doelgroepen/${g}`)) continue;
      let list = byGroup.get(g);
      if (!list) byGroup.set(g, (list = []));
      list.push(q);
    }
  }
  const groups = [...byGroup].map(([id, list]) => ({ id, label: site.get(`doelgroepen/${id}`)!.data.titel, count: list.length }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  found = { groups, byGroup };
  memo.set(site, found);
  return found;
}

/** The target groups with at least one question in this edition, alphabetically, with their counts. */
export const questionGroups = (site: Site): QuestionGroup[] => compute(site).groups;

/** The questions of one target group, in index order. */
export const questionsOfGroup = (site: Site, group: string): Entry<'vragen'>[] => compute(site).byGroup.get(group) ?? [];

/** The path of page `n` of a target group's questions. */
export const groupPagePath = (group: string, n = 1): string => (n <= 1 ? `vragen/doelgroep/${group}/` : `vragen/doelgroep/${group}/${n}/`);
