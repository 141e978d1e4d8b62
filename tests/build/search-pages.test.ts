/**
 * Pagefind reads only the pages matched by SEARCH_PAGES_GLOB (src/pipeline/search-index.ts): every
 * page that asks to be indexed (`data-pagefind-body`) must match it, or it would silently be
 * missing from search. Checked on the built example, both editions. The copies of those pages that
 * Pagefind reads are kept between builds and only rewritten where a page changed.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { closePagefind, indexEdition, SEARCH_PAGES_GLOB, spaceBlocks } from '../../src/pipeline/search-index.ts';
import { tempDir } from '../helpers.ts';

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

/** Every file of a folder with its bytes, for comparing two indexes. */
const filesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => [path.relative(dir, path.join(d.parentPath, d.name)), readFileSync(path.join(d.parentPath, d.name)).toString('base64')]),
  );

describe('the page copies Pagefind reads, kept between builds', () => {
  it('are written again only for changed pages, dropped for removed pages, and give the index of a fresh run', async () => {
    const site = tempDir('wegwijs-zoekbron-');
    cpSync(path.join(inject('exampleDist'), 'publiek'), site, { recursive: true });
    rmSync(path.join(site, 'pagefind'), { recursive: true });
    const mirror = path.join(tempDir('wegwijs-zoekbron-cache-'), 'publiek');
    const first = await indexEdition(site, mirror);
    expect(first.rewritten).toBe(first.pages);
    expect(existsSync(`${mirror}.json`)).toBe(true);

    // One page changed, one removed, and a stray copy in the folder that no page has.
    const changed = path.join(site, 'vragen', 'dagbesteding-weer-open-vanaf-1-juni', 'index.html');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('</article>', '<p>Aanvulling: opnieuw gecontroleerd.</p></article>'));
    const removed = readdirSync(path.join(site, 'bronnen'), { withFileTypes: true }).find((d) => d.isDirectory() && existsSync(path.join(site, 'bronnen', d.name, 'index.html')))!.name;
    rmSync(path.join(site, 'bronnen', removed), { recursive: true });
    mkdirSync(path.join(mirror, 'vragen', 'verdwenen'), { recursive: true });
    writeFileSync(path.join(mirror, 'vragen', 'verdwenen', 'index.html'), '<html lang="nl"><body><article data-pagefind-body><h1>Verdwenen</h1></article></body></html>');
    rmSync(path.join(site, 'pagefind'), { recursive: true });
    const second = await indexEdition(site, mirror);
    expect(second.pages).toBe(first.pages - 1);
    expect(second.rewritten).toBe(1);
    expect(existsSync(path.join(mirror, 'bronnen', removed, 'index.html'))).toBe(false);
    expect(existsSync(path.join(mirror, 'vragen', 'verdwenen', 'index.html'))).toBe(false);
    const incremental = filesOf(path.join(site, 'pagefind'));

    // The same pages indexed without any earlier copies: the same index, byte for byte.
    rmSync(path.join(site, 'pagefind'), { recursive: true });
    const fresh = await indexEdition(site);
    expect(fresh.rewritten).toBe(fresh.pages);
    expect(filesOf(path.join(site, 'pagefind'))).toEqual(incremental);
    expect(readdirSync(path.dirname(site)).filter((name) => name.startsWith('.zoekbron-'))).toEqual([]);
    await closePagefind();
    rmSync(site, { recursive: true });
  });
});
