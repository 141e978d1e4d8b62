/**
 * The required pages (content/_paginas/: toegankelijkheid, privacy, contact) in the built example:
 * each exists in both editions with its title, description and text, and every HTML page of both
 * editions links to all three from its footer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { editionHtmlPages } from '../helpers.ts';

const dist = () => inject('exampleDist');
const REQUIRED = ['toegankelijkheid', 'privacy', 'contact'];

const htmlPages = (edition: string) => editionHtmlPages(dist(), edition);

describe.each(['intern', 'publiek'])('required pages in the %s edition', (edition) => {
  const page = (id: string) => readFileSync(path.join(dist(), edition, id, 'index.html'), 'utf8');

  it('has the accessibility statement with its status and the date of the last check', () => {
    const html = page('toegankelijkheid');
    expect(html).toContain('<h1>Toegankelijkheidsverklaring</h1>');
    expect(html).toMatch(/<dt>Status<\/dt><dd>Wegwijs voldoet gedeeltelijk aan de eisen voor digitale toegankelijkheid<\/dd>/);
    expect(html).toMatch(/<dt>Laatst gecontroleerd<\/dt><dd><time datetime="2020-05-20">20 mei 2020<\/time><\/dd>/);
    expect(html).toContain('Wat nog niet toegankelijk is');
    expect(html).toContain('Een probleem melden');
    // Covers both editions.
    expect(html).toContain('de interne uitgave voor medewerkers van VWS');
  });

  it.each(REQUIRED)('has /%s/ with a title, a meta description and the text from content/_paginas', (id) => {
    const html = page(id);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(html).toMatch(/Gewijzigd op <time datetime="\d{4}-\d{2}-\d{2}">/);
    const source = readFileSync(path.join(import.meta.dirname, '..', '..', 'content', '_paginas', `${id}.md`), 'utf8');
    const firstSentence = source.split('---\n')[2]!.replace(/^#+ .*\n+/m, '').split('\n')[0]!.split('. ')[0]!.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
    expect(html).toContain(firstSentence);
  });

  it('links every page to the three required pages from its footer', () => {
    const pages = htmlPages(edition);
    expect(pages.length).toBeGreaterThan(edition === 'intern' ? 100 : 50);
    const missing: string[] = [];
    for (const file of pages) {
      const footer = /<footer class="site-footer">([\s\S]*?)<\/footer>/.exec(readFileSync(path.join(dist(), edition, file), 'utf8'))?.[1];
      if (footer === undefined) {
        missing.push(`${file}: geen footer`);
        continue;
      }
      for (const id of REQUIRED) if (!footer.includes(`href="/${id}/"`)) missing.push(`${file}: geen link naar /${id}/`);
    }
    expect(missing).toEqual([]);
  });
});

it('lists the required pages in the public sitemap', () => {
  const sitemap = readFileSync(path.join(dist(), 'publiek', 'sitemap.xml'), 'utf8');
  for (const id of REQUIRED) expect(sitemap).toMatch(new RegExp(`<loc>[^<]*/${id}/</loc>`));
});
