/**
 * The public answer page of the built example on the rijksoverheid.nl model: the question, the
 * short answer first, the explanation, one date line, "Meer informatie", related questions (each
 * once, public only) and "Waar kunt u terecht" from content/_paginas/loketten.yaml; /vragen/ by
 * theme with each question once. The internal edition keeps its summary list and "Zie ook".
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = () => inject('exampleDist');
const read = (edition: string, page: string) => readFileSync(path.join(dist(), edition, page, 'index.html'), 'utf8');
const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)![0];
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const section = (html: string, id: string) => new RegExp(`<section[^>]*aria-labelledby="${id}"[\\s\\S]*?</section>`).exec(html)?.[0];
const links = (html: string) => [...html.matchAll(/href="\/vragen\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!);
/** The public questions: the folders under vragen/ with a page of their own (not doelgroep/ or pagina/). */
const questionIds = () => readdirSync(path.join(dist(), 'publiek', 'vragen'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(dist(), 'publiek', 'vragen', d.name, 'index.html'))).map((d) => d.name);

describe('public answer page', () => {
  const page = main(read('publiek', 'vragen/dagbesteding-weer-open-vanaf-1-juni'));

  it('puts the short answer first, then the explanation, one date line, more information, related questions and where to turn', () => {
    const order = ['<h1>', '<p>Ja. Het kabinet wil', 'class="answer-date"', 'id="meer-informatie"', 'id="gerelateerde-vragen"', 'id="waar-kunt-u-terecht"'].map((s) => page.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // One date line: no summary list of dates, no change history. (This answer was checked on 28
    // May 2020, after the example's reference date: the line says so.)
    expect(page.match(/Laatst gecontroleerd|Gecontroleerd pas na de peildatum/g)).toHaveLength(1);
    expect(page).not.toContain('Eerst gepubliceerd');
    expect(page).not.toContain('id="relaties"');
  });

  it('lists the measure and the source under "Meer informatie"', () => {
    const more = section(page, 'meer-informatie')!;
    expect(more).toContain('href="/maatregelen/herstart-dagbesteding/"');
    expect(more).toContain('href="/bronnen/kamerbrief-corona-2020-05-20/"');
  });

  it('offers related questions: the declared ones first in their order, then the one linked from the answer; each once, never itself, public only', () => {
    const related = links(section(page, 'gerelateerde-vragen')!);
    // gerelateerdeVragen: [dagbesteding-start-niet-weer-op, doorbetaling-niet-geleverde-zorg]; the
    // second shares neither measure nor theme, so only the declaration brings it.
    expect(related.slice(0, 3)).toEqual(['dagbesteding-start-niet-weer-op', 'doorbetaling-niet-geleverde-zorg', 'wie-organiseert-dagbesteding']);
    // And the declared relation shows on the other answer too, though it shares nothing else.
    expect(links(section(main(read('publiek', 'vragen/doorbetaling-niet-geleverde-zorg')), 'gerelateerde-vragen') ?? '')).toContain('dagbesteding-weer-open-vanaf-1-juni');
    expect(new Set(related).size).toBe(related.length);
    expect(related).not.toContain('dagbesteding-weer-open-vanaf-1-juni');
    const published = new Set(questionIds());
    for (const id of related) expect(published.has(id), id).toBe(true);
  });

  it('says where to turn, with helplines and their hours, from the maintained list', () => {
    const desks = text(section(page, 'waar-kunt-u-terecht')!);
    expect(desks).toContain('Uw gemeente (Wmo-loket)');
    expect(desks).toContain('Het zorgkantoor in uw regio');
    expect(section(page, 'waar-kunt-u-terecht')).toContain('Telefoon <a href="tel:1400">1400</a>, maandag tot en met vrijdag van 8.00 tot 20.00 uur');
  });

  it('has related questions and where to turn on every public answer that shares a measure or theme', () => {
    const ids = questionIds();
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(main(read('publiek', `vragen/${id}`)), id).toContain('id="waar-kunt-u-terecht"');
  });
});

describe('/vragen/ by theme', () => {
  it('lists every public question exactly once, under a theme heading', () => {
    const index = main(read('publiek', 'vragen'));
    const listed = links(index);
    const ids = questionIds();
    expect([...listed].sort()).toEqual([...ids].sort());
    expect(index).toContain('<h2 id="thema-dagbesteding">Dagbesteding</h2>');
    expect(index).not.toMatch(/id="doelgroep-/);
  });

  it('filters by target group with plain links (no JavaScript): a page per group, by theme, each of its questions once', () => {
    const index = main(read('publiek', 'vragen'));
    const filter = /<nav class="question-filter"[\s\S]*?<\/nav>/.exec(index)![0];
    expect(filter).toContain('href="/vragen/" aria-current="page"');
    expect(filter).toMatch(/href="\/vragen\/doelgroep\/mantelzorgers\/">Mantelzorgers<\/a> <span class="count">\(\d+\)<\/span>/);
    const group = main(read('publiek', 'vragen/doelgroep/mantelzorgers'));
    expect(group).toContain('<h1>Vragen en antwoorden voor mantelzorgers</h1>');
    expect(group).toContain('href="/vragen/doelgroep/mantelzorgers/" aria-current="page"');
    const listed = links(group);
    expect(new Set(listed).size).toBe(listed.length);
    // Exactly the public questions that name the group, and the count in the filter says so.
    const expected = questionIds().filter((id) => /doelgroepen: \[[^\]]*\bmantelzorgers\b/.test(readFileSync(['md', 'mdx'].map((ext) => path.join('content', 'vragen', `${id}.${ext}`)).find((f) => existsSync(f))!, 'utf8')));
    expect([...listed].sort()).toEqual(expected.sort());
    expect(filter).toContain(`Mantelzorgers</a> <span class="count">(${expected.length})</span>`);
    expect(group).toContain('<h2 id="thema-dagbesteding">Dagbesteding</h2>');
    // No FAQ structured data on a filter page (it repeats the index's questions).
    expect(read('publiek', 'vragen/doelgroep/mantelzorgers')).not.toContain('FAQPage');
  });
});

describe('internal answer page', () => {
  it('keeps the summary list with the approval status, "Zie ook" and the history', () => {
    const page = main(read('intern', 'vragen/dagbesteding-weer-open-vanaf-1-juni'));
    expect(page).toContain('id="relaties"');
    expect(page).toMatch(/<dt>Status<\/dt>/);
    expect(page).not.toContain('id="waar-kunt-u-terecht"');
  });
});
