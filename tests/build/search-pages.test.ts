/**
 * Pagefind reads only the pages matched by SEARCH_PAGES_GLOB (src/pipeline/search-index.ts): every
 * page that asks to be indexed (`data-pagefind-body`) must match it, or it would silently be
 * missing from search. Checked on the built example, both editions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SEARCH_PAGES_GLOB, spaceBlocks } from '../../src/pipeline/search-index.ts';

const matchesGlob = (rel: string) => {
  const [, list, rest] = /^\{([^}]+)\}\/(.*)$/.exec(SEARCH_PAGES_GLOB)!;
  const parts = rel.split('/');
  return rest === '*/index.html' && parts.length === 3 && list!.split(',').includes(parts[0]!) && parts[2] === 'index.html';
};

describe.each(['intern', 'publiek'])('search pages of the %s edition', (edition) => {
  it('are exactly the pages marked data-pagefind-body', () => {
    const root = path.join(inject('exampleDist'), edition);
    const html = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.html'))
      .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
    const marked = html.filter((rel) => readFileSync(path.join(root, rel), 'utf8').includes('data-pagefind-body'));
    expect(marked.length).toBeGreaterThan(10);
    expect(marked.filter((rel) => !matchesGlob(rel))).toEqual([]);
    // And the pattern is not wider than it needs to be: what it matches is marked.
    expect(html.filter(matchesGlob).filter((rel) => !marked.includes(rel))).toEqual([]);
  });
});

/** The indexed text of every page of an edition, by URL, from Pagefind's fragments (gzip, with a signature). */
function indexedText(edition: string): Map<string, string> {
  const dir = path.join(inject('exampleDist'), edition, 'pagefind', 'fragment');
  const pages = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const data = gunzipSync(readFileSync(path.join(dir, name))).toString('utf8').replace(/^pagefind_dcd/, '');
    const fragment = JSON.parse(data) as { url: string; content: string };
    pages.set(fragment.url, fragment.content);
  }
  return pages;
}

describe('indexed text keeps the words of adjacent blocks apart', () => {
  it('spaceBlocks puts a space around block tags only', () => {
    expect(spaceBlocks('<dl><dt>Periode</dt><dd>vanaf 8 juni</dd></dl><table><tr><th>Actie</th><th>Eigenaar</th></tr></table>'))
      .toBe(' <dl>  <dt> Periode </dt>  <dd> vanaf 8 juni </dd>  </dl>  <table>  <tr>  <th> Actie </th>  <th> Eigenaar </th>  </tr>  </table> ');
    expect(spaceBlocks('Kamer<em>stuk</em> <a href="/x/">link</a>regel<br>twee')).toBe('Kamer<em>stuk</em> <a href="/x/">link</a>regel <br> twee');
  });

  it("a route map's summary and action table read as separate words (intern edition)", () => {
    const text = indexedText('intern').get('/routekaarten/herstart-dagbesteding/')!;
    expect(text).toMatch(/Periode vanaf/);
    expect(text).toMatch(/\bActie Eigenaar\b/);
    expect(text).not.toMatch(/juniActie|ActieEigenaar|EigenaarUiterlijk/);
  });

  it.each(['intern', 'publiek'])('no indexed page of the %s edition runs a lower-case word into a capitalised one, except names', (edition) => {
    // Names written that way (KansPlus, ContinuïteitsTeam) are the only such words.
    const joined = [...indexedText(edition)].flatMap(([url, text]) => [...text.matchAll(/\S*[a-zà-ÿ0-9][A-Z][a-z]\S*/g)].map((m) => `${url}: ${m[0]}`));
    expect(joined.filter((hit) => !/KansPlus|ContinuïteitsTeam/.test(hit))).toEqual([]);
  });
});
