/**
 * SummaryList.astro, rendered in isolation with Astro's Container API: rows of key and value
 * (GOV.UK Frontend's summary list), each kind of value part, actions, nothing without rows; and
 * fed with a collection's rows (src/collections/). The entry components' table has a row for
 * every collection of the registry.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import SummaryList from '../../src/components/SummaryList.astro';
import { ENTRY_COMPONENTS } from '../../src/components/entries/index.ts';
import { COLLECTIONS, summaryRows, type SummaryRow } from '../../src/collections/index.ts';
import { datePath, entryPath, href } from '../../src/data/routes.ts';
import { SEARCH_EXCLUDE_SELECTORS } from '../../src/pipeline/search-index.ts';
import { knowledgeBase } from '../domain/fixtures.ts';

/** Just what Datum and EntryLink read from the Site (the edition, the days with events, the entries); a stand-in, so cast. */
const site = {
  edition: 'intern',
  timeline: { on: (date: string) => (date === '2020-06-01' ? [{}] : []) },
  get: (key: string) => (key === 'organisaties/dmo' ? { data: { titel: 'Directie Maatschappelijke Ondersteuning' } } : undefined),
};

async function render(rows: readonly SummaryRow[]): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(SummaryList, { locals: { site } as unknown as App.Locals, props: { rows } });
}

describe('SummaryList', () => {
  it('renders each row as a key and a value in a dl.meta, which the search index leaves out', async () => {
    const html = await render([
      { key: 'Soort', value: ['Kamerbrief'] },
      { key: 'Datum', value: [{ date: '2020-05-20' }] },
    ]);
    expect(html).toBe('<dl class="meta"><div class="summary-list__row"><dt>Soort</dt><dd>Kamerbrief</dd></div><div class="summary-list__row"><dt>Datum</dt><dd><time datetime="2020-05-20">20 mei 2020</time></dd></div></dl>');
    expect(SEARCH_EXCLUDE_SELECTORS).toContain('dl.meta');
  });

  it('renders every kind of value part', async () => {
    const html = await render([
      {
        key: 'Alles',
        data: { 'data-measure-status': 'aangekondigd' },
        value: [
          'tekst ',
          { date: '2020-06-01' },
          { date: '2020-06-01', link: false },
          { entry: 'organisaties/dmo' },
          { entry: 'organisaties/dmo', label: 'DMO' },
          { entry: 'organisaties/bestaat-niet' },
          { status: 'van kracht' },
          { href: 'https://www.rijksoverheid.nl/', text: 'rijksoverheid.nl' },
          { strong: ['verstreken'], class: 'label label--te-laat' },
          { span: ['Volgende stap: ', { strong: ['van kracht vanaf 1 juni 2020'] }], class: 'context', data: { 'data-measure-next': '' } },
          { list: [['Kamerbrief, ', { date: '2020-05-20' }], ['spreektekst']], class: 'plain-list' },
        ],
      },
    ]);
    const day = href('intern', datePath('2020-06-01'));
    const dmo = href('intern', entryPath('organisaties/dmo'));
    expect(html).toBe(
      '<dl class="meta"><div class="summary-list__row"><dt>Alles</dt><dd data-measure-status="aangekondigd">' +
        `tekst <a href="${day}"><time datetime="2020-06-01">1 juni 2020</time></a>` +
        '<time datetime="2020-06-01">1 juni 2020</time>' +
        `<a href="${dmo}">Directie Maatschappelijke Ondersteuning</a><a href="${dmo}">DMO</a>` +
        '<span class="label label--van-kracht">van kracht</span>' +
        '<a href="https://www.rijksoverheid.nl/">rijksoverheid.nl</a>' +
        '<strong class="label label--te-laat">verstreken</strong>' +
        '<span class="context" data-measure-next>Volgende stap: <strong>van kracht vanaf 1 juni 2020</strong></span>' +
        '<ul class="plain-list"><li>Kamerbrief, <time datetime="2020-05-20">20 mei 2020</time></li><li>spreektekst</li></ul>' +
        '</dd></div></dl>',
    );
  });

  it('renders actions after the value, with text for screen readers', async () => {
    const html = await render([{ key: 'Soort', value: ['Kamerbrief'], actions: [{ href: '/beheer/', text: 'Wijzigen', visuallyHiddenText: 'soort' }] }]);
    expect(html).toBe('<dl class="meta"><div class="summary-list__row"><dt>Soort</dt><dd>Kamerbrief</dd><dd class="summary-list__actions"><a href="/beheer/">Wijzigen<span class="sr-only"> soort</span></a></dd></div></dl>');
  });

  it('renders nothing without rows', async () => {
    expect((await render([])).trim()).toBe('');
  });

  it("renders a collection's rows: a measure's status on the reference date, its next step, its owner", async () => {
    const measure = knowledgeBase().find((e) => e.collection === 'maatregelen')!;
    const html = await render(summaryRows(measure, { peildatum: '2020-05-26', showsStatus: true, incoming: () => [], label: (_v, value) => value }));
    expect(html).toContain('<dt>Status op 26 mei 2020</dt><dd data-measure-status="aangekondigd"><span class="label label--aangekondigd">aangekondigd</span> sinds <time datetime="2020-05-20">20 mei 2020</time><span class="context" data-measure-next>Volgende stap: <strong>van kracht vanaf 1 juni 2020</strong></span></dd>');
    expect(html).toContain(`<dt>Van kracht vanaf (gepland)</dt><dd><a href="${href('intern', datePath('2020-06-01'))}"><time datetime="2020-06-01">1 juni 2020</time></a></dd>`);
    expect(html).toContain(`<dt>Verantwoordelijk</dt><dd><a href="${href('intern', entryPath('organisaties/dmo'))}">Directie Maatschappelijke Ondersteuning</a></dd>`);
  });
});

it('the entry components have a row for every collection of the registry', () => {
  expect(Object.keys(ENTRY_COMPONENTS)).toEqual(COLLECTIONS);
});
