/**
 * The page budget on a hub-shaped knowledge base (tools/bench/generate.ts, shape `hubs`: 9 target
 * groups and 19 organisations that everything links), built for real: no page grows with the
 * whole. Facet lists are cut short with an index of all, hubs show a bounded part of each
 * relation group and link the whole group paginated, briefing packs cap their sections, and
 * collection indexes paginate; every page of every list exists, together they list each entry
 * exactly once, and the public edition's lists hold public entries only (every link in them
 * resolves to a page of the public edition).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../tools/bench/generate.ts';
import { runScript, tempDir } from '../helpers.ts';

const PEILDATUM = '2021-06-01';
let dir: string;
const dist = (...parts: string[]) => path.join(dir, 'dist', ...parts);
const page = (edition: string, p: string) => readFileSync(dist(edition, p, 'index.html'), 'utf8');
const hrefs = (html: string) => [...html.matchAll(/href="(\/[^"#?]*)/g)].map((m) => m[1]!);
const entryLinks = (html: string, collection: string) => hrefs(html.slice(html.indexOf('<main'), html.indexOf('</main>'))).filter((h) => new RegExp(`^/${collection}/[^/]+/$`).test(h) && !/\/pagina\/$/.test(h));
const resolves = (edition: string, href: string) => existsSync(dist(edition, href, 'index.html')) || existsSync(dist(edition, href));

function htmlFiles(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true }).filter((d) => d.isFile() && d.name.endsWith('.html')).map((d) => path.join(d.parentPath, d.name));
}

/** Every page of a paginated list starting at `base` (page n at `<rest><n>/`). */
function listPages(edition: string, base: string, rest = base): string[] {
  const out = [page(edition, base)];
  for (let n = 2; existsSync(dist(edition, `${rest}${n}`, 'index.html')); n++) out.push(page(edition, `${rest}${n}`));
  return out;
}

beforeAll(async () => {
  dir = tempDir('wegwijs-budget-');
  await generateCorpus({ entries: 900, dir: path.join(dir, 'content'), seed: 26, shape: 'hubs' });
  const result = runScript('build.ts', { WEGWIJS_CONTENT: path.join(dir, 'content'), WEGWIJS_DIST: dist(), WEGWIJS_STAGING: path.join(dir, 'staging'), WEGWIJS_PEILDATUM: PEILDATUM }, ['--quiet']);
  if (result.code !== 0) throw new Error(result.output);
}, 900_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('page budget on a hub-shaped knowledge base', () => {
  it('has no page over 250 KB (before: briefing packs of 600 KB at this size)', () => {
    const sizes = htmlFiles(dist()).map((f) => ({ f: path.relative(dist(), f), bytes: statSync(f).size })).sort((a, b) => b.bytes - a.bytes);
    expect(sizes[0]!.bytes, sizes[0]!.f).toBeLessThanOrEqual(250 * 1024);
  });

  it('gives no page a search filter per entry that names it: a hub\'s page carries only the measures it names itself', () => {
    // Before: every target group and organisation page listed the title of every measure that
    // named it as a hidden filter value (1.7 MB for an organisation at 100,000 entries).
    const counts = htmlFiles(dist()).map((f) => ({ f: path.relative(dist(), f), n: readFileSync(f, 'utf8').split('data-pagefind-filter="maatregel[value]"').length - 1 }));
    const hubs = counts.filter((c) => /^(intern|publiek)\/(doelgroepen|organisaties)\/[^/]+\/index\.html$/.test(c.f));
    expect(hubs.length).toBeGreaterThan(10);
    const most = counts.sort((a, b) => b.n - a.n)[0]!;
    expect(most.n, most.f).toBeLessThanOrEqual(20);
  });

  it('paginates collection indexes: every entry on exactly one page, each edition its own entries', () => {
    for (const edition of ['intern', 'publiek']) {
      const pages = listPages(edition, 'vragen/', 'vragen/pagina/');
      const listed = pages.flatMap((html) => [...new Set(entryLinks(html, 'vragen'))]);
      const own = readdirSync(dist(edition, 'vragen'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'pagina' && existsSync(dist(edition, 'vragen', d.name, 'index.html'))).map((d) => `/vragen/${d.name}/`);
      if (edition === 'intern') expect(pages.length).toBeGreaterThan(1);
      expect(listed.length, edition).toBe(new Set(listed).size);
      expect(new Set(listed), edition).toEqual(new Set(own));
      // A pagination bar exactly when there is more than one page.
      for (const html of pages) expect(html.includes('aria-label="Paginering"'), edition).toBe(pages.length > 1);
    }
  });

  it('shows a hub its first 20 per relation group with counts, and the whole group one link away', () => {
    const html = page('intern', 'doelgroepen/ouderen');
    const more = /<a href="(\/doelgroepen\/ouderen\/[a-z0-9-]+\/)">Alle ([\d.]+): ([^<]+)<\/a>/.exec(html);
    expect(more).not.toBeNull();
    const total = Number(more![2]!.replace(/\./g, ''));
    expect(total).toBeGreaterThan(20);
    // The group on the hub's page: its first 20, then the link.
    const at = html.indexOf(more![0]);
    expect(html.slice(html.lastIndexOf('<section>', at), at).match(/<li>/g)).toHaveLength(20);
    const lists = listPages('intern', more![1]!.slice(1));
    expect(lists.length).toBe(Math.ceil(total / 100));
    const listed = lists.flatMap((p) => entryLinks(p, 'maatregelen'));
    expect(listed.length).toBe(total);
    expect(new Set(listed).size).toBe(total);
  });

  it('cuts facet lists short and lists every owner on an index', () => {
    const html = page('intern', 'acties');
    const nav = html.slice(html.indexOf('aria-label="Acties filteren"'), html.indexOf('</nav>', html.indexOf('aria-label="Acties filteren"')));
    expect(nav.match(/<li>/g)!.length).toBeLessThanOrEqual(10 + 1 + 9 + 1);
    // Most of the 19 organisations own open actions; ten are in the list, all on the index.
    const owners = Number(/href="\/acties\/eigenaren\/">Alle (\d+) eigenaren/.exec(nav)?.[1]);
    expect(owners).toBeGreaterThan(10);
    expect(nav.match(/href="\/acties\/(?!doelgroep|eigenaren)[a-z-]+\/"/g)).toHaveLength(10);
    const index = page('intern', 'acties/eigenaren');
    expect(hrefs(index).filter((h) => /^\/acties\/(?!doelgroep|eigenaren)[a-z-]+\/$/.test(h))).toHaveLength(owners);
  });

  it('caps the sections of a briefing pack and links the rest', () => {
    const html = page('intern', 'briefings/ouderen');
    const links = [...html.matchAll(/En nog [\d.]+: <a href="([^"]+)">alle ([\d.]+)/g)];
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const [, href] of links) expect(resolves('intern', href!), href).toBe(true);
  });

  it('keeps the public edition\'s lists public: every link on its list pages resolves within it', () => {
    const lists = htmlFiles(dist('publiek')).filter((f) => /\/pagina\/\d+\/index\.html$/.test(f) || /\/(doelgroepen|organisaties)\/[^/]+\/[^/]+\/(\d+\/)?index\.html$/.test(f));
    expect(lists.length).toBeGreaterThan(0);
    for (const f of lists) for (const href of hrefs(readFileSync(f, 'utf8'))) expect(resolves('publiek', href), `${path.relative(dist(), f)} → ${href}`).toBe(true);
    expect(existsSync(dist('publiek', 'briefings'))).toBe(false);
    expect(existsSync(dist('publiek', 'acties'))).toBe(false);
  });
});
