/** The staff home's most urgent actions: by how soon they matter on the reference date, not by age. */
import { describe, expect, it } from 'vitest';
import { daysOverdue, urgentActions } from '../../src/domain/actions.ts';
import type { Actie } from '../../src/collections/routekaarten.ts';

const DATE = '2020-05-26';
const action = (name: string, deadline: string | undefined, tot: string | undefined, status: 'concept' | 'vervallen' = 'concept') => {
  const actie: Actie = { omschrijving: name, eigenaar: 'dmo', status: 'open', ...(deadline ? { deadline } : {}) };
  return { name, actie, overdueDays: daysOverdue(actie, DATE), fase: { tot }, routekaart: { data: { status } } };
};

describe('urgentActions', () => {
  const all = [
    action('maart, fase voorbij', '2020-03-18', '2020-03-25'),
    action('zonder deadline', undefined, undefined),
    action('29 mei', '2020-05-29', '2020-06-01'),
    action('gisteren te laat, fase loopt', '2020-05-25', '2020-06-01'),
    action('26 mei', '2020-05-26', '2020-06-01'),
    action('week te laat, fase loopt', '2020-05-19', undefined),
    action('vervallen routekaart', '2020-05-24', undefined, 'vervallen'),
    action('april, fase voorbij', '2020-04-20', '2020-05-01'),
  ];

  it('puts overdue actions of running phases first (most recent first), then what is due, then what was overtaken, then the rest', () => {
    expect(urgentActions(all, DATE, 20).map((a) => a.name)).toEqual(['gisteren te laat, fase loopt', 'week te laat, fase loopt', '26 mei', '29 mei', 'april, fase voorbij', 'maart, fase voorbij', 'zonder deadline']);
  });

  it('keeps the limit, with every overdue action after it up to the maximum: two-month-old actions of ended phases are listed but do not lead', () => {
    expect(urgentActions(all, DATE, 3).map((a) => a.name)).toEqual(['gisteren te laat, fase loopt', 'week te laat, fase loopt', '26 mei']);
    expect(urgentActions(all, DATE, 3, 10).map((a) => a.name)).toEqual(['gisteren te laat, fase loopt', 'week te laat, fase loopt', '26 mei', 'april, fase voorbij', 'maart, fase voorbij']);
    expect(urgentActions(all, DATE, 3, 4).map((a) => a.name)).toEqual(['gisteren te laat, fase loopt', 'week te laat, fase loopt', '26 mei', 'april, fase voorbij']);
  });
});
