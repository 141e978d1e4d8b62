/**
 * The built example knowledge base (internal and public editions, reference date 2020-05-26):
 * every link between entries is answered by a link back, the timeline has a page per date, and
 * Woo redactions and Kamerstuk citations are rendered.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = () => inject('exampleDist');
const html = (edition: string, page: string) => readFileSync(path.join(dist(), edition, page, 'index.html'), 'utf8');
const links = (source: string) => [...source.matchAll(/href="(\/(?:maatregelen|doelgroepen|routekaarten|passages|vragen|bronnen|organisaties)\/[a-z0-9-]+\/)(?:#[^"]*)?"/g)].map((m) => m[1]!);

function entryPages(edition: string): string[] {
  const root = path.join(dist(), edition);
  const out: string[] = [];
  for (const collection of ['maatregelen', 'doelgroepen', 'routekaarten', 'passages', 'vragen', 'bronnen', 'organisaties']) {
    if (!existsSync(path.join(root, collection))) continue;
    // An entry page is a folder with a page (not vragen/doelgroep/ or <collectie>/pagina/).
    for (const d of readdirSync(path.join(root, collection), { withFileTypes: true })) if (d.isDirectory() && existsSync(path.join(root, collection, d.name, 'index.html'))) out.push(`/${collection}/${d.name}/`);
  }
  return out;
}

describe.each(['intern', 'publiek'])('built %s edition', (edition) => {
  it('answers every link between entries with a link back', () => {
    const pages = entryPages(edition);
    expect(pages.length).toBeGreaterThan(edition === 'intern' ? 60 : 20);
    const outgoing = new Map(pages.map((p) => [p, new Set(links(html(edition, p)).filter((l) => l !== p))]));
    const missing: string[] = [];
    for (const [page, targets] of outgoing) {
      for (const target of targets) {
        if (!outgoing.has(target)) missing.push(`${page} → ${target} (page missing)`);
        // A public answer (the rijksoverheid.nl model, no "Zie ook") does not list its target groups: the target group lists its answers.
        else if (edition === 'publiek' && target.startsWith('/vragen/') && page.startsWith('/doelgroepen/')) continue;
        else if (!outgoing.get(target)!.has(page)) missing.push(`${target} does not link back to ${page}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has one h1, lang="nl" and landmarks on every entry page', () => {
    for (const page of entryPages(edition)) {
      const source = html(edition, page);
      expect(source.match(/<h1[\s>]/g), page).toHaveLength(1);
      expect(source).toContain('<html lang="nl">');
      for (const landmark of ['<header', '<nav', '<main', '<footer']) expect(source, `${page} ${landmark}`).toContain(landmark);
    }
  });

  it('has a timeline with a page per month and per date, in Dutch', () => {
    const months = [...html(edition, 'tijdlijn').matchAll(/href="\/tijdlijn\/(\d{4}-\d{2})\/"/g)].map((m) => m[1]!);
    expect(months.length).toBeGreaterThan(2);
    expect(months).toEqual([...months].sort());
    expect(html(edition, 'tijdlijn/2020-06')).toContain('<h1>juni 2020</h1>');
    const dates = months.flatMap((month) => [...html(edition, `tijdlijn/${month}`).matchAll(/href="\/tijdlijn\/(\d{4}-\d{2}-\d{2})\/"/g)].map((m) => m[1]!));
    expect(dates.length).toBeGreaterThan(3);
    expect([...new Set(dates)]).toEqual([...new Set(dates)].sort());
    for (const date of new Set(dates)) expect(existsSync(path.join(dist(), edition, 'tijdlijn', date, 'index.html')), date).toBe(true);
    expect(html(edition, 'tijdlijn/2020-06-01')).toContain('<h1>maandag 1 juni 2020</h1>');
  });
});

describe('built internal edition', () => {
  it('lists a target group\'s measures, route maps, passages and Q&A', () => {
    const page = html('intern', 'doelgroepen/clienten-dagbesteding');
    for (const collection of ['maatregelen', 'routekaarten', 'passages', 'vragen']) expect(page, collection).toMatch(new RegExp(`href="/${collection}/`));
  });

  it('shows on a measure the route-map actions that serve it', () => {
    const page = html('intern', 'maatregelen/herstart-dagbesteding');
    expect(page).toContain('Acties in routekaarten');
    // Linked to the phase the action is in (phases may name their own anchor).
    expect(page).toContain('href="/routekaarten/herstart-dagbesteding/#tot-1-juni"');
  });

  it('home shows what starts or is due in the coming weeks from the reference date', () => {
    const home = html('intern', '');
    expect(home).toContain('Peildatum: 26 mei 2020');
    expect(home).toMatch(/De komende 6 weken[\s\S]*1 juni 2020/);
  });

  it('renders Woo redactions as labelled marks with a legend', () => {
    const page = html('intern', 'bronnen/email-po-vws-vng-2020-05-25');
    expect(page).toMatch(/<span class="woo-lakking" data-woo-grond="10\.2\.e" data-woo-origineel="\(10\)\(2e\)" title="10\.2\.e Wob: Eerbiediging van de persoonlijke levenssfeer">/);
    expect(page).toMatch(/<span class="sr-only"[^>]*>Weggelakt op grond van 10\.2\.e Wob: eerbiediging van de persoonlijke levenssfeer<\/span>/);
    expect(page).toMatch(/<aside class="woo-legenda" aria-label="Gebruikte Woo-gronden"[^>]*>[\s\S]*<dt>10\.2\.e<\/dt><dd>Eerbiediging van de persoonlijke levenssfeer/);
  });

  it('links Kamerstuk citations in bodies and in source frontmatter', () => {
    const passage = html('intern', 'passages/wmo-drie-prioritaire-doelstellingen');
    expect(passage).toContain('<a href="https://zoek.officielebekendmakingen.nl/kst-34104-105.html">TK 2015-2016, 34 104, nr. 105</a>');
    const bron = html('intern', 'bronnen/kamerstuk-30169-43');
    expect(bron).toContain('href="https://zoek.officielebekendmakingen.nl/kst-30169-43.html"');
  });
});

describe('what each edition profile decides, in the built example', () => {
  it('resolves Markdown body links to the edition\'s root, with no placeholder left', () => {
    // content/organisaties/clientenorganisaties.md links [Ieder(in)](/organisaties/iederin/).
    expect(html('intern', 'organisaties/clientenorganisaties')).toContain('href="/organisaties/iederin/"');
    for (const edition of ['intern', 'publiek']) {
      for (const page of entryPages(edition)) expect(html(edition, page.slice(1)), page).not.toContain('/__wegwijs__/');
    }
  });

  it('keeps the internal edition out of search engines and gives the public one canonical links, a sitemap and robots.txt', () => {
    expect(html('intern', 'vragen')).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html('intern', 'vragen')).not.toContain('rel="canonical"');
    expect(readFileSync(path.join(dist(), 'intern', 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    expect(existsSync(path.join(dist(), 'intern', 'sitemap.xml'))).toBe(false);
    expect(html('publiek', 'vragen')).not.toContain('noindex');
    expect(html('publiek', 'vragen')).toContain('<link rel="canonical" href="https://wegwijs.example.nl/vragen/">');
    expect(readFileSync(path.join(dist(), 'publiek', 'robots.txt'), 'utf8')).toContain('Sitemap: https://wegwijs.example.nl/sitemap.xml');
    expect(readFileSync(path.join(dist(), 'publiek', '404.html'), 'utf8')).not.toContain('rel="canonical"');
  });

  it('has briefings and coming weeks only internally, the about page only publicly', () => {
    expect(existsSync(path.join(dist(), 'intern', 'komende-weken', 'index.html'))).toBe(true);
    expect(existsSync(path.join(dist(), 'intern', 'briefings'))).toBe(true);
    expect(existsSync(path.join(dist(), 'publiek', 'komende-weken'))).toBe(false);
    expect(existsSync(path.join(dist(), 'publiek', 'briefings'))).toBe(false);
    expect(existsSync(path.join(dist(), 'publiek', 'over', 'index.html'))).toBe(true);
    expect(existsSync(path.join(dist(), 'intern', 'over'))).toBe(false);
  });
});

describe('wording per edition', () => {
  it('speaks to the public on public collection pages, and to staff internally', () => {
    expect(html('publiek', 'organisaties')).not.toContain('eigenaren van acties');
    expect(html('publiek', 'organisaties')).toContain('De organisaties die bij de maatregelen en de antwoorden betrokken zijn.');
    expect(html('intern', 'organisaties')).toContain('eigenaren van acties');
    expect(html('publiek', 'tijdlijn')).not.toMatch(/routekaarten, passages/);
  });
});
