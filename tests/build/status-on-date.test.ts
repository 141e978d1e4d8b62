/**
 * True on the day it is read: the example knowledge base built with reference date 2020-05-26
 * (the global setup's build) states only what is true that day. A measure in force from 1 June
 * is "aangekondigd" everywhere; overdue actions are marked "te laat" and listed first; the
 * internal edition has an actions overview per owner and per target group; passages, route maps
 * and entries carry their trust and publication signals.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = () => inject('exampleDist');
const file = (edition: string, page: string) => path.join(dist(), edition, page, 'index.html');
const html = (edition: string, page: string) => readFileSync(file(edition, page), 'utf8');
/** The visible text of the page's main element, whitespace collapsed. */
const text = (edition: string, page: string) => {
  const main = /<main[\s\S]*?<\/main>/.exec(html(edition, page))?.[0] ?? '';
  return main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<div hidden>[\s\S]*?<\/div>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
};
const meta = (source: string, kind: 'meta' | 'filter', name: string) =>
  [...source.matchAll(new RegExp(`data-pagefind-${kind}="${name}\\[value\\]" value="([^"]*)"`, 'g'))].map((m) => m[1]);

describe.each(['intern', 'publiek'])('%s edition on 26 May 2020', (edition) => {
  it('says a measure in force from 1 June is announced, with the next step, and never "van kracht" as its status', () => {
    const page = html(edition, 'maatregelen/herstart-dagbesteding');
    const words = text(edition, 'maatregelen/herstart-dagbesteding');
    expect(page).toContain('data-measure-status="aangekondigd"');
    expect(words).toContain('Status op 26 mei 2020 aangekondigd sinds 20 mei 2020');
    expect(words).toContain('van kracht vanaf 1 juni 2020');
    expect(words).not.toContain('Status: van kracht');
    expect(words).not.toContain('Status op 26 mei 2020 van kracht');
    // The step of 1 June is in the statusverloop as planned, not as done.
    expect(words).toContain('1 juni 2020 : wordt van kracht (gepland)');
  });

  it('gives search the status of that day, as meta and as filter', () => {
    const page = html(edition, 'maatregelen/herstart-dagbesteding');
    expect(meta(page, 'meta', 'status')).toEqual(['aangekondigd']);
    // The status filter, whatever its name per collection (`status`, `maatregelstatus`).
    const filters = [...page.matchAll(/data-pagefind-filter="([a-z]*status)\[value\]" value="([^"]*)"/g)].map((m) => m[2]);
    expect(filters).toEqual(['aangekondigd']);
  });

  it('lists the measure with the status of that day', () => {
    const list = html(edition, 'maatregelen');
    expect(list).toMatch(/herstart-dagbesteding\/">[^<]*<\/a> <span class="label label--aangekondigd">aangekondigd<\/span>/);
    expect(list).not.toMatch(/herstart-dagbesteding\/">[^<]*<\/a> <span class="label label--van-kracht">/);
  });
});

describe('actions in the internal edition on 26 May 2020', () => {
  const continuity = 'routekaarten/continuiteit-van-zorg-maart-2020';

  it('marks the March actions of the continuity route map "te laat", with days, first in their phase', () => {
    const words = text('intern', continuity);
    expect(words).toContain('18 maart 2020 open te laat (69 dagen)');
    expect(words).toContain('20 maart 2020 open te laat (67 dagen)');
    expect(words).toContain('te laat (67 dagen)');
    const table = /<table class="actions[\s\S]*?<\/table>/.exec(html('intern', continuity))![0];
    const firstRow = /<tbody>\s*<tr([^>]*)>/.exec(table)![1];
    expect(firstRow).toContain('action--te-laat');
    // Done or ongoing without a deadline is never "te laat".
    expect(table.match(/label--te-laat/g)).toHaveLength(3);
  });

  it('lists every open action on /acties/, overdue first, grouped by owner, with route map and phase', () => {
    const page = html('intern', 'acties');
    const words = text('intern', 'acties');
    expect(words).toContain('28 acties, waarvan 3 te laat');
    const firstGroup = /<section aria-labelledby="eigenaar-([a-z-]+)"/.exec(page)![1];
    expect(firstGroup).toBe('meva');
    const firstTable = /<table class="actions[\s\S]*?<\/table>/.exec(page)![0];
    expect(firstTable).toMatch(/<tbody>\s*<tr class="action--te-laat">/);
    expect(page.indexOf('te laat (69 dagen)')).toBeLessThan(page.indexOf('label--lopend'));
    expect(firstTable).toContain('href="/routekaarten/continuiteit-van-zorg-maart-2020/"');
    expect(firstTable).toContain('href="/routekaarten/continuiteit-van-zorg-maart-2020/#deze-week"');
    // Filters are links to pages: no JavaScript needed.
    expect(page).toContain('href="/acties/dmo/"');
    expect(page).toContain('href="/acties/doelgroep/clienten-dagbesteding/"');
  });

  it('has a page per owner and per target group, linked from the organisation and the home page', () => {
    expect(existsSync(file('intern', 'acties/dmo'))).toBe(true);
    expect(text('intern', 'acties/dmo')).toContain('Open acties van DMO');
    expect(text('intern', 'acties/dmo')).toContain('Herstart dagbesteding');
    expect(existsSync(file('intern', 'acties/doelgroep/clienten-dagbesteding'))).toBe(true);
    expect(text('intern', 'acties/doelgroep/clienten-dagbesteding')).not.toContain('Continuïteit van zorg maart 2020');
    expect(html('intern', 'organisaties/dmo')).toContain('href="/acties/dmo/"');
    expect(html('intern', 'organisaties/meva')).toMatch(/href="\/acties\/meva\/"[\s\S]*2 te laat/);
    expect(html('intern', '')).toContain('href="/acties/"');
  });

  it('lists the ten busiest owners in the filters, the current one always, and every owner on /acties/eigenaren/', () => {
    const nav = (page: string) => /<nav class="action-filters"[\s\S]*?<\/nav>/.exec(html('intern', page))![0];
    // The example has twelve owners of open actions: two are one link away.
    expect(nav('acties')).toContain('href="/acties/eigenaren/">Alle 12 eigenaren</a>');
    expect(nav('acties').match(/href="\/acties\/(?!doelgroep|eigenaren)[a-z-]+\/"/g)).toHaveLength(10);
    expect(text('intern', 'acties')).toContain('Nog 2 eigenaren met open acties');
    expect(nav('acties/lz')).toMatch(/href="\/acties\/lz\/" aria-current="page"/);
    const index = html('intern', 'acties/eigenaren');
    expect(index.match(/href="\/acties\/(?!doelgroep|eigenaren)[a-z-]+\/"/g)).toHaveLength(12);
    expect(index).toContain('href="/acties/lz/"');
  });

  it('shows status and route map of actions on the home page and in the coming weeks', () => {
    const home = text('intern', '');
    expect(home).toContain('Routekaart: Herstart dagbesteding · Status: open');
    expect(home).toContain('te laat (69 dagen)');
    const weeks = html('intern', 'komende-weken');
    expect(weeks).toContain('<th scope="col">Status</th>');
    expect(weeks).toContain('<th scope="col">Routekaart</th>');
    expect(weeks).toMatch(/data-label="Status"><span class="label label--open">open<\/span>/);
  });

  it('exists only in the internal edition', () => {
    expect(existsSync(path.join(dist(), 'publiek', 'acties'))).toBe(false);
    expect(html('publiek', 'organisaties/dmo')).not.toContain('/acties/');
  });
});

describe('periods and trust signals in the internal edition', () => {
  it('says the periods of phases with their last day', () => {
    const words = text('intern', 'routekaarten/herstart-dagbesteding');
    expect(words).toContain('Periode na 1 juni 1 t/m 7 juni 2020');
    expect(words).toContain('Periode vanaf 8 juni 8 t/m 14 juni 2020');
    expect(words).toContain('vanaf 15 juni 2020');
  });

  it('warns at the top of a route map that is not approved, with its version', () => {
    const words = text('intern', 'routekaarten/herstart-dagbesteding');
    expect(words).toContain('Deze routekaart is nog niet vastgesteld: versie 0.9 van 25 mei 2020, status ter afstemming.');
    expect(words.indexOf('nog niet vastgesteld')).toBeLessThan(words.indexOf('Fasen'));
    expect(html('intern', 'routekaarten/continuiteit-van-zorg-maart-2020')).not.toContain('data-routemap-notice');
  });

  it('shows who approved a passage and when, until its review date; amber after it, copy button still there', () => {
    const ok = html('intern', 'passages/herstart-dagbesteding-1-juni');
    expect(ok).toContain('data-passage-trust="vastgesteld"');
    expect(text('intern', 'passages/herstart-dagbesteding-1-juni')).toMatch(/Vastgesteld op 19 mei 2020 door DG Langdurige Zorg ?\. Deze tekst mag worden gebruikt\. Herzien uiterlijk 15 juni 2020 ?\./);
    const review = html('intern', 'passages/clientondersteuning-bekend-en-beschikbaar');
    expect(review).toContain('data-passage-trust="controleren"');
    expect(review).toContain('banner--controleren');
    expect(review).not.toContain('banner--ok');
    expect(text('intern', 'passages/clientondersteuning-bekend-en-beschikbaar')).toContain('Controleren voor gebruik.');
    expect(review).toContain('data-copy-tools');
  });

  it('shows when a withdrawn passage was withdrawn, and marks its text as not for use', () => {
    const page = html('intern', 'passages/clientondersteuning-voornemen-2016');
    expect(text('intern', 'passages/clientondersteuning-voornemen-2016')).toContain('Vervallen op 15 september 2016 : niet meer gebruiken.');
    expect(page).toMatch(/class="passage-void-label"[^>]*>[\s\S]*?<\/p>\s*<div class="passage-text prose"/);
    expect(page).not.toContain('data-copy-tools');
  });

  it('gives every listed passage its badge on the reference date: controleren past review, concept text visibly not approved', () => {
    const list = html('intern', 'passages');
    const badge = (id: string) => new RegExp(`href="/passages/${id}/"[^<]*</a>\\s*<span class="label label--([a-z-]+)">([^<]+)</span>`).exec(list)?.slice(1);
    expect(badge('clientondersteuning-bekend-en-beschikbaar')).toEqual(['controleren', 'controleren']);
    expect(badge('herstart-dagbesteding-1-juni')).toEqual(['vastgesteld', 'vastgesteld']);
    expect(badge('spreektekst-po-vng-herstart-dagbesteding')).toEqual(['concept', 'concept']);
    expect(badge('clientondersteuning-voornemen-2016')).toEqual(['vervallen', 'vervallen']);
    // In the search index (result meta and filter) and in "Zie ook" lists too.
    expect(meta(html('intern', 'passages/clientondersteuning-bekend-en-beschikbaar'), 'meta', 'status')).toEqual(['controleren']);
    expect(html('intern', 'doelgroepen/clienten-dagbesteding')).toMatch(/href="\/passages\/herstart-dagbesteding-1-juni\/"[^<]*<\/a>\s*<span class="label label--vastgesteld">/);
    const draft = html('intern', 'passages/spreektekst-po-vng-herstart-dagbesteding');
    expect(draft).toMatch(/class="passage-draft-label"[^>]*><strong>Concepttekst, niet vastgesteld:<\/strong>[\s\S]*?<\/p>\s*<div class="passage-text prose passage-text--draft"/);
  });

  it('presents nothing dated after the reference date as checked or published then', () => {
    // Checked on 2 June 2020, after the reference date of 26 May.
    expect(text('intern', 'vragen/dagbesteding-start-niet-weer-op')).toContain('Gecontroleerd pas na de peildatum, op 2 juni 2020');
    expect(text('intern', 'vragen/dagbesteding-start-niet-weer-op')).not.toContain('Laatst gecontroleerd');
    expect(text('intern', 'vragen/wie-organiseert-dagbesteding')).not.toContain('Laatst gecontroleerd 28 mei 2020');
    expect(text('intern', 'vragen')).toContain('Gecontroleerd pas na de peildatum, op 2 juni 2020');
  });

  it('cites the letter a passage was used in as the copied source line, not an internal path', () => {
    const line = /data-source-line="([^"]*)"/.exec(html('intern', 'passages/wmo-drie-prioritaire-doelstellingen'))![1];
    expect(line).toBe('Bron: Kamerbrief voortgang en ambitie Wmo 2015, kenmerk 954002-149168-DMO, 2 mei 2016.');
  });

  it('says on every internal entry page whether it is also public, and why not', () => {
    expect(html('intern', 'maatregelen/herstart-dagbesteding')).toContain('data-publication="publiek"');
    expect(text('intern', 'routekaarten/herstart-dagbesteding')).toContain('Staat niet in de publieksversie: het is intern (zichtbaarheid: intern).');
    expect(text('intern', 'passages/spreektekst-po-vng-herstart-dagbesteding')).toContain('Staat niet in de publieksversie');
    expect(html('publiek', 'maatregelen/herstart-dagbesteding')).not.toContain('data-publication');
  });
});

describe('a route map whose version is dated after the reference date', () => {
  it('says so in its summary: action statuses are those of the later version', () => {
    const words = text('intern', 'routekaarten/mensen-met-beperking-of-chronische-ziekte');
    expect(words).toContain('Let op: deze versie (0.3 van 10 februari 2021) is van na de peildatum.');
    expect(text('intern', 'routekaarten/herstart-dagbesteding')).not.toContain('is van na de peildatum');
  });
});
