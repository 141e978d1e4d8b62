/**
 * Two editions from one source, proven by planting: internal entries in every collection, a
 * public Q&A whose publicerenVanaf is still in the future and one that is not approved. None of
 * their text may be anywhere in dist/publiek (HTML, JS, XML, Pagefind's compressed files), all
 * of it must be in dist/intern. Also: a failed build leaves the previous dist/ as it was.
 */
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileText } from '../../src/verify/leaks.ts';
import { minimalContent, runScript, tempDir, writeTree } from '../helpers.ts';

const PEILDATUM = '2020-06-10';
const marker = (what: string) => `Zeldzaamwoord${what}`;

/** Internal entries in every collection, each with a distinctive title and body. */
function planted(): Record<string, string> {
  const body = (what: string) => `De ${marker(what)} tekst staat alleen in de interne editie en beschrijft een vertrouwelijke afspraak over ${what}.\n`;
  return {
    'organisaties/geheim-overleg.md': `---\ntitel: ${marker('Organisatie')} overlegorgaan\nsoort: overleg\n---\n${body('organisatie')}`,
    'doelgroepen/geheime-groep.md': `---\ntitel: ${marker('Doelgroep')} groep mensen\nsynoniemen: [${marker('Synoniem')}]\n---\n${body('doelgroep')}`,
    'maatregelen/geheime-maatregel.md': `---\ntitel: ${marker('Maatregel')} voorgenomen regeling\nsamenvatting: ${marker('Samenvatting')} wordt nog besproken.\nstatus: voorgenomen\nvanKrachtVanaf: 2020-07-01\ndoelgroepen: [ouderen, geheime-groep]\nverantwoordelijk: dmo\n---\n${body('maatregel')}`,
    'routekaarten/geheime-routekaart.md': [
      '---',
      `titel: ${marker('Routekaart')} routekaart ouderen`,
      'doelgroepen: [ouderen]',
      'versie: "0.1"',
      'versiedatum: 2020-06-01',
      'status: concept',
      'fasen:',
      `  - titel: ${marker('Fase')} eerste fase`,
      '    van: 2020-06-01',
      '    acties:',
      `      - omschrijving: ${marker('Actie')} gemeenten bellen`,
      '        eigenaar: dmo',
      '        deadline: 2020-06-12',
      '        maatregel: herstart-dagbesteding',
      '---',
      body('routekaart'),
    ].join('\n'),
    'passages/geheime-passage.md': `---\ntitel: ${marker('Passage')} conceptpassage\nsoort: Kamerbrief\nstatus: concept\nmaatregelen: [herstart-dagbesteding]\ndoelgroepen: [ouderen]\n---\n${body('passage')}`,
    'bronnen/geheime-bron.md': `---\ntitel: ${marker('Bron')} interne notitie\nsoort: notitie\ndatum: 2020-05-28\nkenmerk: ${marker('Kenmerk')}\n---\n${body('bron')}`,
    'vragen/interne-vraag.md': `---\ntitel: ${marker('Vraag')} interne vraag?\nstatus: vastgesteld\nlaatstGecontroleerd: 2020-06-01\nmaatregelen: [herstart-dagbesteding, geheime-maatregel]\ndoelgroepen: [ouderen]\nbronnen: [geheime-bron]\n---\n${body('vraag')}`,
    'vragen/later-publiek.md': `---\ntitel: ${marker('Toekomst')} vraag die later publiek wordt?\nstatus: vastgesteld\nzichtbaarheid: publiek\npublicerenVanaf: 2020-07-01\nlaatstGecontroleerd: 2020-06-01\ndoelgroepen: [ouderen]\n---\n${body('toekomst')}`,
    'vragen/nog-concept.md': `---\ntitel: ${marker('Concept')} vraag in concept?\nstatus: concept\nzichtbaarheid: publiek\nlaatstGecontroleerd: 2020-06-01\ndoelgroepen: [ouderen]\n---\n${body('concept')}`,
  };
}

const WHATS = ['Organisatie', 'Doelgroep', 'Synoniem', 'Maatregel', 'Samenvatting', 'Routekaart', 'Fase', 'Actie', 'Passage', 'Bron', 'Kenmerk', 'Vraag', 'Toekomst', 'Concept'];
const IDS = ['geheim-overleg', 'geheime-groep', 'geheime-maatregel', 'geheime-routekaart', 'geheime-passage', 'geheime-bron', 'interne-vraag', 'later-publiek', 'nog-concept'];

function allText(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (d.isFile()) {
      const file = path.join(d.parentPath, d.name);
      out.set(path.relative(dir, file), fileText(readFileSync(file)));
    }
  }
  return out;
}

function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const [file, text] of [...allText(dir)].sort(([a], [b]) => a.localeCompare(b))) hash.update(file).update(text);
  return hash.digest('hex');
}

describe('two editions from one source', () => {
  let dir: string;
  let dist: string;
  let env: Record<string, string>;
  let build: ReturnType<typeof runScript>;

  beforeAll(() => {
    dir = tempDir('wegwijs-editions-');
    const content = { ...minimalContent(), ...planted() };
    writeTree(Object.fromEntries(Object.entries(content).map(([k, v]) => [`content/${k}`, v])), dir);
    dist = path.join(dir, 'dist');
    env = { WEGWIJS_CONTENT: path.join(dir, 'content'), WEGWIJS_DIST: dist, WEGWIJS_STAGING: path.join(dir, 'staging'), WEGWIJS_PEILDATUM: PEILDATUM };
    build = runScript('build.ts', env);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds both editions', () => {
    expect(build.output).toContain('geen lekken');
    expect(build.code).toBe(0);
  });

  it('puts nothing of a non-public entry anywhere in dist/publiek, Pagefind files included', () => {
    const files = allText(path.join(dist, 'publiek'));
    expect([...files.keys()].some((f) => f.includes('pagefind/fragment/'))).toBe(true);
    for (const [file, text] of files) {
      for (const what of WHATS) expect(text.includes(marker(what)), `${marker(what)} in publiek/${file}`).toBe(false);
      for (const id of IDS) expect(text.includes(`/${id}/`), `/${id}/ in publiek/${file}`).toBe(false);
    }
  });

  it('has all of it in dist/intern, including its search index', () => {
    const files = allText(path.join(dist, 'intern'));
    const html = [...files].filter(([f]) => f.endsWith('.html')).map(([, t]) => t).join('\n');
    const fragments = [...files].filter(([f]) => f.includes('pagefind/fragment/')).map(([, t]) => t).join('\n');
    for (const what of WHATS) expect(html, `${what} in intern HTML`).toContain(marker(what));
    for (const what of ['Maatregel', 'Routekaart', 'Passage', 'Vraag', 'Toekomst']) expect(fragments, `${what} in intern index`).toContain(marker(what));
    for (const id of IDS) expect(files.has(path.join(id === 'geheim-overleg' ? 'organisaties' : id === 'geheime-groep' ? 'doelgroepen' : id === 'geheime-maatregel' ? 'maatregelen' : id === 'geheime-routekaart' ? 'routekaarten' : id === 'geheime-passage' ? 'passages' : id === 'geheime-bron' ? 'bronnen' : 'vragen', id, 'index.html')), id).toBe(true);
  });

  it('keeps public pages complete: the public Q&A, its measure and target group, structured data', () => {
    const vraag = readFileSync(path.join(dist, 'publiek/vragen/gaat-de-dagbesteding-open/index.html'), 'utf8');
    expect(vraag).toContain('"@type":"FAQPage"');
    expect(vraag).toContain('Laatst gecontroleerd');
    expect(vraag).toContain('href="/maatregelen/herstart-dagbesteding/"');
    const overview = readFileSync(path.join(dist, 'publiek/vragen/index.html'), 'utf8');
    // By theme, each question once; this question has no theme.
    expect(overview).toContain('<h2 id="overige-vragen">Overige vragen</h2>');
    expect(overview.match(/href="\/vragen\/gaat-de-dagbesteding-open\/"/g)).toHaveLength(1);
  });

  it('marks the internal edition noindex and keeps it out of robots; the public one has a sitemap of public pages', () => {
    expect(readFileSync(path.join(dist, 'intern/index.html'), 'utf8')).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(readFileSync(path.join(dist, 'intern/robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    expect(readFileSync(path.join(dist, 'publiek/index.html'), 'utf8')).not.toContain('noindex');
    const sitemap = readFileSync(path.join(dist, 'publiek/sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/vragen/gaat-de-dagbesteding-open/');
    expect(sitemap).not.toContain('interne-vraag');
    expect(readFileSync(path.join(dist, 'publiek/404.html'), 'utf8')).toContain('Pagina niet gevonden');
  });

  it('the leak scan catches text of an internal entry planted into the public output', () => {
    const copy = path.join(dir, 'gelekt');
    cpSync(path.join(dist, 'publiek'), copy, { recursive: true });
    writeFileSync(path.join(copy, 'over/index.html'), readFileSync(path.join(copy, 'over/index.html'), 'utf8').replace('</main>', `<p>${marker('Routekaart')} routekaart ouderen</p></main>`));
    const scan = runScript('check-leaks.ts', env, [copy]);
    expect(scan.code).toBe(1);
    expect(scan.stderr).toMatch(/LEK in over\/index\.html: titel van niet-publiek item routekaarten\/geheime-routekaart/);
  });

  it('a failed build leaves the previous dist/ exactly as it was', () => {
    const before = treeHash(dist);
    writeFileSync(path.join(env.WEGWIJS_CONTENT!, 'vragen/kapot.md'), '---\ntitel: Kapotte vraag?\nstatus: vastgesteld\nlaatstGecontroleerd: 2020-06-01\nmaatregelen: [bestaat-niet]\n---\n');
    const failed = runScript('build.ts', env);
    rmSync(path.join(env.WEGWIJS_CONTENT!, 'vragen/kapot.md'));
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/kapot\.md:5: maatregelen\[0\]: verwijzing: er is geen maatregel met id "bestaat-niet"/);
    expect(failed.stderr).toContain('De vorige uitvoer in dist/ is ongewijzigd');
    expect(treeHash(dist)).toBe(before);
  });

  it('refuses to build when a public entry links to an internal one in its body', () => {
    const file = path.join(env.WEGWIJS_CONTENT!, 'vragen/gaat-de-dagbesteding-open.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\nZie ook [de routekaart](/routekaarten/geheime-routekaart/).\n`);
    const failed = runScript('build.ts', env);
    writeFileSync(file, original);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/gaat-de-dagbesteding-open\.md:\d+: body: publieke vraag "gaat-de-dagbesteding-open" verwijst naar routekaart "geheime-routekaart", maar dat is niet publiek/);
  });
});
