/**
 * The public edition holds only what its own pages use. Astro writes the optimised images of all
 * pages into one shared `_astro/` folder; an image of an internal entry must end up in
 * dist/intern only (the leak scan reads text, not images). Proven by building (also for a base
 * path), and the file check itself (src/verify/files.ts) by planting files in a temporary edition.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedAddresses } from '../../src/outputs/index.ts';
import { referencedShared, verifyPublicFiles } from '../../src/verify/files.ts';
import { minimalContent, png, runScript, tempDir, writeTree } from '../helpers.ts';
import { rmSync } from 'node:fs';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (d.isFile()) out.set(sha256(readFileSync(path.join(d.parentPath, d.name))), path.relative(dir, path.join(d.parentPath, d.name)));
  }
  return out;
}

const INTERNAL_PNG = png(200, 30, 30);
const PUBLIC_PNG = png(30, 30, 200);

/** Content: an internal measure and a public Q&A, each with its own image next to it (`_`: not an entry). */
function content(): Record<string, string | Uint8Array> {
  return {
    ...minimalContent(),
    'maatregelen/interne-maatregel.md': [
      '---',
      'titel: Interne maatregel met een foto',
      'samenvatting: Een voorgenomen maatregel die alleen intern bekend is.',
      'status: voorgenomen',
      'doelgroepen: [ouderen]',
      'verantwoordelijk: dmo',
      '---',
      'De schets van het plan:',
      '',
      '![Schets van het interne plan](./_afbeeldingen/schets-intern.png)',
      '',
    ].join('\n'),
    'maatregelen/_afbeeldingen/schets-intern.png': INTERNAL_PNG,
    'vragen/waar-is-de-dagbesteding.md': [
      '---',
      'titel: Waar is de dagbesteding?',
      'status: vastgesteld',
      'laatstGecontroleerd: 2020-06-02',
      'doelgroepen: [ouderen]',
      'zichtbaarheid: publiek',
      '---',
      'Op de kaart:',
      '',
      '![Kaart van de locaties](./_afbeeldingen/kaart.png)',
      '',
    ].join('\n'),
    'vragen/_afbeeldingen/kaart.png': PUBLIC_PNG,
  };
}

for (const base of ['/', '/wegwijs/']) {
  describe(`an image of an internal entry stays out of the public edition (base ${base})`, () => {
    let dir: string;
    let dist: string;
    let build: ReturnType<typeof runScript>;
    beforeAll(() => {
      dir = tempDir('wegwijs-files-');
      dist = path.join(dir, 'dist');
      const contentDir = writeTree(content(), path.join(dir, 'content'));
      build = runScript('build.ts', { WEGWIJS_CONTENT: contentDir, WEGWIJS_DIST: dist, WEGWIJS_STAGING: path.join(dir, 'staging'), WEGWIJS_PEILDATUM: '2020-06-10', WEGWIJS_BASE: base }, ['--force']);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** The file an edition's page shows as its image (Astro optimises it into `_astro/`). */
    function imageOf(edition: string, page: string): string {
      const html = readFileSync(path.join(dist, edition, page, 'index.html'), 'utf8');
      const src = /<img\b[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];
      expect(src, `${edition}/${page} has an image`).toBeDefined();
      expect(src!.startsWith(`${base}_astro/`), src).toBe(true);
      return path.join(dist, edition, src!.slice(base.length));
    }

    it('builds, with the file check', () => {
      expect(build.code, build.output).toBe(0);
      expect(build.output).toContain('bestandscontrole publieke editie');
    });

    it('the internal image is in dist/intern, and no file with its bytes (original or optimised) is in dist/publiek', () => {
      const internal = readFileSync(imageOf('intern', 'maatregelen/interne-maatregel'));
      const publicFiles = hashes(path.join(dist, 'publiek'));
      expect(publicFiles.get(sha256(internal))).toBeUndefined();
      expect(publicFiles.get(sha256(INTERNAL_PNG))).toBeUndefined();
      expect([...publicFiles.values()].filter((f) => f.startsWith('_astro/') && /\.(webp|png|avif|jpe?g)$/.test(f))).toHaveLength(1);
    });

    it('the public image is in both editions, and the public page shows it', () => {
      const shown = imageOf('publiek', 'vragen/waar-is-de-dagbesteding');
      expect(hashes(path.join(dist, 'intern')).has(sha256(readFileSync(shown)))).toBe(true);
    });

    it('the internal-only island (copy button) is not in the public edition; the search island is', () => {
      const scripts = (edition: string) => readdirSync(path.join(dist, edition, '_astro')).filter((f) => f.endsWith('.js'));
      expect(scripts('publiek').some((f) => f.startsWith('Search'))).toBe(true);
      expect(scripts('publiek').some((f) => f.startsWith('PassageCopy'))).toBe(false);
    });
  });
}

describe('verifyPublicFiles', () => {
  const css = 'body{background:url(/_astro/achtergrond.abc.webp)}@import "./extra.def.css";';
  const edition = (extra: Record<string, string | Uint8Array> = {}) => ({
    'index.html': '<!doctype html><link rel="stylesheet" href="/_astro/site.123.css"><script type="module" src="/_astro/zoeken.456.js"></script><img srcset="/_astro/foto.1.webp 1x, /_astro/foto.2.webp 2x" alt=""><a href="/vragen/">Vragen</a>',
    'vragen/index.html': '<!doctype html><link rel="stylesheet" href="/_astro/site.123.css">',
    '404.html': '<!doctype html><p>Niet gevonden</p>',
    'robots.txt': 'User-agent: *\nAllow: /\nSitemap: https://wegwijs.example.nl/sitemap.xml\n',
    'sitemap.xml': '<urlset><url><loc>https://wegwijs.example.nl/vragen/</loc></url></urlset>',
    '_astro/site.123.css': css,
    '_astro/extra.def.css': 'p{color:red}',
    '_astro/achtergrond.abc.webp': 'beeld',
    '_astro/zoeken.456.js': 'import{a}from"./gedeeld.789.js";const m=()=>import("./lui.0ab.js");',
    '_astro/gedeeld.789.js': 'export const a=1;',
    '_astro/lui.0ab.js': 'export default 2;',
    '_astro/foto.1.webp': 'een',
    '_astro/foto.2.webp': 'twee',
    'pagefind/pagefind.js': 'export {}',
    'pagefind/fragment/nl_1.pf_fragment': 'x',
    ...extra,
  });
  const intern = () => ({
    ...edition(),
    'passages/index.html': '<!doctype html><img src="/_astro/schets.fff.webp" alt=""><script type="module" src="/_astro/kopieer.eee.js"></script>',
    '_astro/schets.fff.webp': 'interne schets',
    '_astro/kopieer.eee.js': 'export const kopieer = true;',
  });
  // robots.txt and sitemap.xml are allowed unreferenced because the output registry says they have fixed addresses.
  const options = { base: '/', site: 'https://wegwijs.example.nl', fixed: fixedAddresses('publiek') };

  it('accepts an edition of pages, what they reference (CSS url/@import, JS imports, srcset) and Pagefind', async () => {
    expect((await verifyPublicFiles(writeTree(edition()), writeTree(intern()), options)).problems).toEqual([]);
  });

  it('refuses a file that no public page references', async () => {
    const result = await verifyPublicFiles(writeTree(edition({ '_astro/vergeten.999.webp': 'los', 'bijlage.pdf': '%PDF' })), undefined, options);
    expect(result.problems).toEqual([
      { file: '_astro/vergeten.999.webp', reason: 'unreferenced' },
      { file: 'bijlage.pdf', reason: 'unreferenced' },
    ]);
  });

  it('refuses a copy of an asset only internal pages use, under any name, also where unreferenced files are allowed', async () => {
    const result = await verifyPublicFiles(writeTree(edition({ '_astro/schets.fff.webp': 'interne schets', 'pagefind/kopie.bin': 'export const kopieer = true;' })), writeTree(intern()), options);
    expect(result.problems).toEqual([
      { file: '_astro/schets.fff.webp', reason: 'internal-asset', sameAs: '_astro/schets.fff.webp' },
      { file: 'pagefind/kopie.bin', reason: 'internal-asset', sameAs: '_astro/kopieer.eee.js' },
    ]);
  });

  it('reads references from tags, not from text: quotes and backticks in titles do not hide a link', async () => {
    const hostile = '<h1>"Aanhalingstekens" en \'enkele\' en `backticks` zei: x="</h1><p>l\'agenda `</p><a href="/agenda.ics" type="text/calendar">Agenda</a><a href=/kaart.pdf>Kaart</a>';
    const files = edition({ 'over/index.html': '<!doctype html><title>"\'`</title>' + hostile, 'agenda.ics': 'BEGIN:VCALENDAR', 'kaart.pdf': '%PDF' });
    expect((await verifyPublicFiles(writeTree(files), undefined, options)).problems).toEqual([]);
  });

  it('follows references under a base path', async () => {
    const files = Object.fromEntries(Object.entries(edition()).map(([name, text]) => [name, typeof text === 'string' ? text.replaceAll('"/_astro/', '"/wegwijs/_astro/').replaceAll('url(/_astro/', 'url(/wegwijs/_astro/').replaceAll(', /_astro/', ', /wegwijs/_astro/') : text]));
    expect((await verifyPublicFiles(writeTree(files), undefined, { ...options, base: '/wegwijs/' })).problems).toEqual([]);
    expect((await verifyPublicFiles(writeTree(files), undefined, options)).problems.map((p) => p.file)).toContain('_astro/site.123.css');
  });
});

describe('referencedShared (split)', () => {
  it('picks the shared files an edition uses, transitively, and nothing else', async () => {
    const astroOut = writeTree({
      'publiek/index.html': '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/zoeken.js"></script>',
      'intern/index.html': '<img src="/_astro/intern.webp" alt="">',
      '_astro/site.css': 'a{background:url("./pijl.svg")}',
      '_astro/pijl.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      '_astro/zoeken.js': 'import"./gedeeld.js";',
      '_astro/gedeeld.js': '',
      '_astro/intern.webp': 'intern',
    });
    const shared = ['_astro/site.css', '_astro/pijl.svg', '_astro/zoeken.js', '_astro/gedeeld.js', '_astro/intern.webp'];
    const used = await referencedShared(path.join(astroOut, 'publiek'), astroOut, shared, { base: '/', site: 'https://wegwijs.example.nl' });
    expect([...used].sort()).toEqual(['_astro/gedeeld.js', '_astro/pijl.svg', '_astro/site.css', '_astro/zoeken.js']);
  });
});
