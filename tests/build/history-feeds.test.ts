/**
 * History, "wat is er veranderd", the Atom feed and the JSON Feed, the calendars and the open data, built for real:
 * a temporary content folder that is a git repository (commits on fixed dates, one file left
 * uncommitted), with internal entries, an internal route-map action and internal change notes
 * planted beside the public ones, under a base path. Every output is read back with a real
 * parser (fast-xml-parser, ical.js, csv-parse, ajv) and must hold exactly what its edition may
 * show: nothing internal in any public feed, calendar or data file. The example build (a git
 * checkout) is checked too: every entry page shows its history from git.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT, minimalContent, runScript, tempDir, writeTree } from '../helpers.ts';

const SITE = 'https://www.example.nl';
const BASE = '/wegwijs/';
const marker = (what: string) => `Zeldzaamhist${what}`;
const SECRET_IDS = ['geheime-maatregel', 'geheime-routekaart', 'geheime-groep', 'interne-vraag'];
const SECRETS = ['Maatregel', 'Routekaart', 'Fase', 'Actie', 'Groep', 'Vraag', 'Notitie', 'Commit', 'Voorpublicatie'];

function planted(): Record<string, string> {
  return {
    'doelgroepen/geheime-groep.md': `---\ntitel: ${marker('Groep')} groep\n---\n`,
    'maatregelen/geheime-maatregel.md': [
      '---',
      `titel: ${marker('Maatregel')} voorgenomen regeling`,
      'samenvatting: Wordt nog besproken.',
      'status: voorgenomen',
      'vanKrachtVanaf: 2020-07-01',
      'totEnMet: 2020-12-31',
      'doelgroepen: [ouderen, geheime-groep]',
      'verantwoordelijk: dmo',
      'wijzigingen:',
      `  - { datum: 2020-06-09, notitie: "${marker('Notitie')} datum verschoven." }`,
      '---',
      'Interne tekst.',
      '',
    ].join('\n'),
    'routekaarten/geheime-routekaart.md': [
      '---',
      `titel: ${marker('Routekaart')} routekaart ouderen`,
      'doelgroepen: [ouderen]',
      'versie: "0.1"',
      'versiedatum: 2020-06-01',
      'status: concept',
      'fasen:',
      `  - titel: ${marker('Fase')} eerste fase`,
      '    id: eerste',
      '    van: 2020-06-01',
      '    tot: 2020-07-01',
      '    acties:',
      `      - omschrijving: ${marker('Actie')} gemeenten bellen`,
      '        eigenaar: dmo',
      '        deadline: 2020-06-20',
      '---',
      '',
    ].join('\n'),
    // Public from 5 June: its history before that is not the public's.
    'vragen/vanaf-vijf-juni.md': `---\ntitel: Wat verandert er op 5 juni?\nstatus: vastgesteld\nzichtbaarheid: publiek\npublicerenVanaf: 2020-06-05\nlaatstGecontroleerd: 2020-06-01\ndoelgroepen: [ouderen]\nwijzigingen:\n  - { datum: 2020-06-02, notitie: ${marker('Voorpublicatie')} concept herschreven. }\n---\nDan gaat de dagbesteding verder.\n`,
    'vragen/interne-vraag.md': `---\ntitel: ${marker('Vraag')} interne vraag?\nstatus: vastgesteld\nlaatstGecontroleerd: 2020-06-01\ndoelgroepen: [ouderen]\nmaatregelen: [geheime-maatregel]\nwijzigingen:\n  - { datum: 2020-06-09, notitie: Interne notitie bij de vraag. }\n---\nIntern antwoord.\n`,
  };
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'entry' || name === 'link' });

type XmlText = string | { '#text': string };
const text = (value: XmlText | undefined) => (value === undefined || typeof value === 'string' ? value : value['#text']);

function parseFeed(source: string) {
  expect(XMLValidator.validate(source)).toBe(true);
  const feed = xml.parse(source).feed as { id: string; updated: string; link: { rel: string; href: string }[]; entry?: { id: string; title: XmlText; updated: string; link: { href: string }[]; summary?: XmlText }[] };
  return { ...feed, entries: (feed.entry ?? []).map((e) => ({ ...e, title: text(e.title)!, summary: text(e.summary) })) };
}

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((c) => {
    const event = new ICAL.Event(c);
    return { uid: event.uid, summary: event.summary, description: event.description, start: event.startDate.toString(), allDay: event.startDate.isDate };
  });
}

function openDataCheck(editionDir: string, sitePrefix: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const out: Record<string, { id: string; url: string; relaties: Record<string, string[]> }[]> = {};
  const page = readFileSync(path.join(editionDir, 'open-data/index.html'), 'utf8');
  expect(page).toContain('CC0 1.0');
  for (const file of readdirSync(path.join(editionDir, 'open-data')).filter((f) => f.endsWith('.schema.json'))) {
    const collection = file.replace('.schema.json', '');
    const schema = JSON.parse(readFileSync(path.join(editionDir, 'open-data', file), 'utf8'));
    const records = JSON.parse(readFileSync(path.join(editionDir, 'open-data', `${collection}.json`), 'utf8'));
    const validate = ajv.compile(schema);
    expect(validate(records), `${collection}.json: ${JSON.stringify(validate.errors)}`).toBe(true);
    const rows = parseCsv(readFileSync(path.join(editionDir, 'open-data', `${collection}.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(records.map((r: { id: string }) => r.id));
    // Matches the pages: one record per entry page of the collection, each URL a page of the edition.
    const pages = readdirSync(path.join(editionDir, collection), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(path.join(editionDir, collection, d.name, 'index.html'))).map((d) => d.name).sort();
    expect(records.map((r: { id: string }) => r.id).sort()).toEqual(pages);
    for (const record of records) {
      expect(record.url.startsWith(sitePrefix), record.url).toBe(true);
      expect(existsSync(path.join(editionDir, record.url.slice(sitePrefix.length), 'index.html')), record.url).toBe(true);
      for (const [c, ids] of Object.entries(record.relaties as Record<string, string[]>)) for (const id of ids) expect(existsSync(path.join(editionDir, c, id, 'index.html')), `${collection}/${record.id} → ${c}/${id}`).toBe(true);
    }
    for (const c of ['json', 'csv', 'schema.json']) expect(page).toContain(`open-data/${collection}.${c}`);
    out[collection] = records;
  }
  return out;
}

describe('history, feeds, calendars and open data of a git-tracked knowledge base', () => {
  let dir: string;
  let dist: string;
  let build: ReturnType<typeof runScript>;
  const read = (p: string) => readFileSync(path.join(dist, p), 'utf8');

  beforeAll(() => {
    dir = tempDir('wegwijs-history-');
    const content = path.join(dir, 'content');
    writeTree(Object.fromEntries(Object.entries({ ...minimalContent(), ...planted() }).map(([k, v]) => [`content/${k}`, v])), dir);
    const git = (args: string[], date: string) =>
      execFileSync('git', ['-C', content, '-c', 'user.name=Iemand Met Een Naam', '-c', 'user.email=iemand@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
    git(['init', '-q'], '2020-06-01T10:00:00+02:00');
    git(['add', '.'], '2020-06-01T10:00:00+02:00');
    git(['commit', '-q', '-m', 'Eerste versie van de kennisbank'], '2020-06-01T10:00:00+02:00');
    const vraag = path.join(content, 'vragen/gaat-de-dagbesteding-open.md');
    writeFileSync(vraag, readFileSync(vraag, 'utf8').replace('zichtbaarheid: publiek\n', 'zichtbaarheid: publiek\nwijzigingen:\n  - { datum: 2020-06-08, notitie: Antwoord aangevuld met de startdatum. }\n'));
    git(['commit', '-q', '-am', `${marker('Commit')} antwoord bijgewerkt na overleg`], '2020-06-08T15:00:00+02:00');
    // Not committed: a public entry without git history still builds.
    writeFileSync(path.join(content, 'organisaties/vng.md'), '---\ntitel: Vereniging van Nederlandse Gemeenten\nafkorting: VNG\nsoort: koepelorganisatie\nzichtbaarheid: publiek\nwijzigingen:\n  - { datum: 2020-06-03, notitie: Nieuw toegevoegd. }\n---\n');
    dist = path.join(dir, 'dist');
    build = runScript('build.ts', { WEGWIJS_CONTENT: content, WEGWIJS_DIST: dist, WEGWIJS_STAGING: path.join(dir, 'staging'), WEGWIJS_PEILDATUM: '2020-06-10', WEGWIJS_SITE: SITE, WEGWIJS_BASE: BASE });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds, with the leak scan and file check passing', () => {
    expect(build.output).toContain('geen lekken');
    expect(build.code).toBe(0);
  });

  it('shows first published and last changed from git, and all changes, without names', () => {
    // The public answer page has one date line instead (the answer model; see below).
    for (const edition of ['intern']) {
      const page = read(`${edition}/vragen/gaat-de-dagbesteding-open/index.html`);
      expect(page).toMatch(/Eerst gepubliceerd<\/dt><dd><time datetime="2020-06-01">/);
      expect(page).toMatch(/Laatst gewijzigd<\/dt><dd><time datetime="2020-06-08">/);
      expect(page).toMatch(/<details class="history-all"><summary>Alle wijzigingen \(2\)<\/summary>/);
      expect(page).toContain('Antwoord aangevuld met de startdatum.');
      expect(page).not.toContain('Iemand Met Een Naam');
      expect(page).not.toContain('iemand@example.invalid');
    }
    expect(read('intern/vragen/gaat-de-dagbesteding-open/index.html')).toContain(`${marker('Commit')} antwoord bijgewerkt`);
    // The public answer: one date line with the author's change note, no commit history.
    const publicAnswer = read('publiek/vragen/gaat-de-dagbesteding-open/index.html');
    expect(publicAnswer).toContain('<p class="answer-date" data-pagefind-ignore>Laatst gecontroleerd op <time datetime="2020-06-02">2 juni 2020</time>; gewijzigd op <time datetime="2020-06-08">8 juni 2020</time>: Antwoord aangevuld met de startdatum.</p>');
    expect(publicAnswer).not.toContain('Eerst gepubliceerd');
    expect(publicAnswer).not.toContain('Iemand Met Een Naam');
    // Published on 5 June: the public page says nothing of the change note before it, the internal one has the whole history.
    const later = read('publiek/vragen/vanaf-vijf-juni/index.html');
    expect(later).toContain('Laatst gecontroleerd op <time datetime="2020-06-01">1 juni 2020</time>.</p>');
    expect(later).not.toContain('Voorpublicatie');
    expect(later).not.toContain('Alle wijzigingen');
    expect(read('intern/vragen/vanaf-vijf-juni/index.html')).toContain(`${marker('Voorpublicatie')} concept herschreven.`);
    expect(read('publiek/wat-is-er-veranderd/index.html')).toMatch(/Gepubliceerd<\/span><a href="\/wegwijs\/vragen\/vanaf-vijf-juni\/">/);
    // The uncommitted file: no git history, its note is its history.
    const vng = read('publiek/organisaties/vng/index.html');
    expect(vng).not.toContain('Eerst gepubliceerd');
    expect(vng).toMatch(/Laatst gewijzigd<\/dt><dd><time datetime="2020-06-03">/);
  });

  it('has "wat is er veranderd" in both editions, with week pages only for weeks with changes', () => {
    const publiek = read('publiek/wat-is-er-veranderd/index.html');
    expect(publiek).toContain('Antwoord aangevuld met de startdatum.');
    expect(publiek).toContain(`href="${BASE}vragen/gaat-de-dagbesteding-open/"`);
    expect(publiek).toContain(`href="${BASE}wat-is-er-veranderd/2020-w24/"`);
    // (index.html.br and .gz, its precompressed copies, aside)
    expect(readdirSync(path.join(dist, 'publiek/wat-is-er-veranderd')).filter((n) => !/\.(br|gz)$/.test(n)).sort()).toEqual(['2020-w23', '2020-w24', 'index.html']);
    expect(read('publiek/wat-is-er-veranderd/2020-w24/index.html')).toContain('Gaat de dagbesteding weer open?');
    const intern = read('intern/wat-is-er-veranderd/index.html');
    expect(intern).toContain(`${marker('Notitie')} datum verschoven.`);
    expect(read('intern/index.html')).toContain('Gewijzigd in Wegwijs');
    expect(read('intern/index.html')).toContain(`${marker('Notitie')} datum verschoven.`);
  });

  it('publishes an Atom feed per edition, linked from every page, with absolute URLs under the base path', () => {
    for (const edition of ['intern', 'publiek']) {
      // Every page in the site's layout (the one with the site navigation).
      for (const file of files(path.join(dist, edition)).filter((f) => f.endsWith('.html') && read(`${edition}/${f}`).includes('class="site-nav"'))) {
        expect(read(`${edition}/${file}`), `${edition}/${file}`).toContain(`<link rel="alternate" type="application/atom+xml" title="Wegwijs: wat is er veranderd" href="${BASE}feed.xml">`);
      }
    }
    const publiek = parseFeed(read('publiek/feed.xml'));
    expect(publiek.link.find((l) => l.rel === 'self')?.href).toBe(`${SITE}${BASE}feed.xml`);
    expect(publiek.entries.length).toBeGreaterThan(0);
    for (const entry of publiek.entries) {
      expect(entry.link[0]!.href).toMatch(new RegExp(`^${SITE}${BASE}(vragen|maatregelen)/`));
      expect(entry.id).toMatch(/^tag:www\.example\.nl,\d{4}-\d\d-\d\d:(vragen|maatregelen)\//);
    }
    expect(publiek.entries.map((e) => e.title)).toContain('Gewijzigd: Gaat de dagbesteding weer open?');
    expect(publiek.updated).toBe('2020-06-08T00:00:00.000Z');
    const intern = parseFeed(read('intern/feed.xml'));
    expect(intern.entries.map((e) => e.link[0]!.href)).toContain(`${SITE}${BASE}maatregelen/geheime-maatregel/`);
    expect(intern.entries.map((e) => e.link[0]!.href)).toContain(`${SITE}${BASE}organisaties/vng/`);
  });

  it('publishes a JSON Feed 1.1 per edition (src/outputs/json-feed.ts): the Atom feed\'s items, announced on every page, nothing internal in the public one', () => {
    interface Item { id: string; url: string; title: string; content_text?: string; content_html?: string; date_published?: string; date_modified?: string }
    for (const edition of ['intern', 'publiek']) {
      const feed = JSON.parse(read(`${edition}/feed.json`)) as { version: string; title: string; home_page_url: string; feed_url: string; items: Item[] };
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.title).toMatch(/^Wegwijs.*: wat is er veranderd$/);
      expect(feed.feed_url).toBe(`${SITE}${BASE}feed.json`);
      expect(feed.home_page_url).toBe(`${SITE}${BASE}`);
      expect(feed.items.length).toBeGreaterThan(0);
      for (const item of feed.items) {
        expect(item.id).toMatch(/^tag:www\.example\.nl,\d{4}-\d\d-\d\d:[a-z]+\/[a-z0-9-]+$/);
        expect(item.url.startsWith(`${SITE}${BASE}`), item.url).toBe(true);
        expect(existsSync(path.join(dist, edition, item.url.slice(`${SITE}${BASE}`.length), 'index.html')), item.url).toBe(true);
        expect((item.content_text ?? item.content_html ?? '').trim().length, item.id).toBeGreaterThan(0);
        expect(item.date_published ?? item.date_modified, item.id).toMatch(/^\d{4}-\d\d-\d\dT00:00:00\.000Z$/);
      }
      // The same items as the Atom feed, in the same order, with the same titles and links.
      const atom = parseFeed(read(`${edition}/feed.xml`));
      expect(feed.items.map((i) => [i.id, i.title, i.url])).toEqual(atom.entries.map((e) => [e.id, e.title, e.link[0]!.href]));
      for (const file of files(path.join(dist, edition)).filter((f) => f.endsWith('.html') && read(`${edition}/${f}`).includes('class="site-nav"'))) {
        expect(read(`${edition}/${file}`), `${edition}/${file}`).toContain(`<link rel="alternate" type="application/feed+json" title="Wegwijs: wat is er veranderd (JSON Feed)" href="${BASE}feed.json">`);
      }
    }
    const publiek = read('publiek/feed.json');
    expect(JSON.parse(publiek).items.map((i: Item) => i.title)).toContain('Gewijzigd: Gaat de dagbesteding weer open?');
    for (const id of SECRET_IDS) expect(publiek.includes(id), id).toBe(false);
    for (const what of SECRETS) expect(publiek.includes(marker(what)), what).toBe(false);
    expect(publiek.includes('Interne notitie bij de vraag')).toBe(false);
    // The internal feed does hold them, so the checks above can fail.
    const intern = read('intern/feed.json');
    expect(intern).toContain(`${SITE}${BASE}maatregelen/geheime-maatregel/`);
    expect(intern).toContain(marker('Notitie'));
  });

  it('publishes calendars with all-day events and stable UIDs: the public one with public measures only', () => {
    const publiek = parseIcs(read('publiek/agenda.ics'));
    expect(publiek.map((e) => e.uid)).toEqual([`maatregelen.herstart-dagbesteding.maatregel-van-kracht.0@www.example.nl`]);
    expect(publiek[0]).toMatchObject({ start: '2020-06-01', allDay: true, summary: 'Herstart dagbesteding: van kracht' });
    expect(publiek[0]!.description).toContain(`${SITE}${BASE}maatregelen/herstart-dagbesteding/`);
    const intern = parseIcs(read('intern/agenda.ics'));
    expect(intern.every((e) => e.allDay)).toBe(true);
    expect(new Set(intern.map((e) => e.uid)).size).toBe(intern.length);
    expect(intern.map((e) => e.uid)).toEqual(expect.arrayContaining([
      'maatregelen.herstart-dagbesteding.maatregel-van-kracht.0@www.example.nl',
      'maatregelen.geheime-maatregel.maatregel-tot-en-met.0@www.example.nl',
      'routekaarten.geheime-routekaart.fase-begint.eerste.0@www.example.nl',
      'routekaarten.geheime-routekaart.actie-deadline.eerste.0@www.example.nl',
    ]));
    const deadline = intern.find((e) => e.uid.includes('actie-deadline'))!;
    expect(deadline).toMatchObject({ start: '2020-06-20', summary: `Deadline: ${marker('Actie')} gemeenten bellen (DMO, Directie Maatschappelijke Ondersteuning)` });

    // Per target group and per organisation, linked from their pages.
    expect(parseIcs(read('publiek/doelgroepen/ouderen/agenda.ics')).map((e) => e.uid)).toEqual(publiek.map((e) => e.uid));
    expect(read('publiek/doelgroepen/ouderen/index.html')).toContain(`href="${BASE}doelgroepen/ouderen/agenda.ics"`);
    expect(read('publiek/doelgroepen/ouderen/index.html')).toContain('toevoegen aan agenda');
    expect(parseIcs(read('intern/doelgroepen/ouderen/agenda.ics')).length).toBe(intern.length);
    expect(parseIcs(read('intern/organisaties/dmo/agenda.ics')).map((e) => e.uid)).toEqual(['routekaarten.geheime-routekaart.actie-deadline.eerste.0@www.example.nl']);
    expect(read('intern/organisaties/dmo/index.html')).toContain(`href="${BASE}organisaties/dmo/agenda.ics"`);
    // The public edition has no actions, so no organisation calendars.
    expect(existsSync(path.join(dist, 'publiek/organisaties/dmo/agenda.ics'))).toBe(false);
    expect(read('publiek/organisaties/dmo/index.html')).not.toContain('agenda.ics');
  });

  it('publishes open data that parses, validates against its own JSON Schema and matches the pages', () => {
    const publiek = openDataCheck(path.join(dist, 'publiek'), `${SITE}${BASE}`);
    expect(Object.keys(publiek).sort()).toEqual(['doelgroepen', 'maatregelen', 'organisaties', 'vragen']);
    const maatregel = publiek.maatregelen!.find((r) => r.id === 'herstart-dagbesteding')!;
    expect(maatregel.relaties.doelgroepen).toEqual(['ouderen']);
    expect(maatregel.relaties.vragen).toEqual(['gaat-de-dagbesteding-open']);
    const intern = openDataCheck(path.join(dist, 'intern'), `${SITE}${BASE}`);
    expect(intern.maatregelen!.map((r) => r.id)).toContain('geheime-maatregel');
    expect(intern.routekaarten!.map((r) => r.id)).toEqual(['geheime-routekaart']);
  });

  it('puts nothing internal in any public file: pages, feed, calendars, open data', () => {
    const publicFiles = files(path.join(dist, 'publiek')).filter((f) => !f.startsWith('pagefind/') && !f.startsWith('_astro/'));
    for (const wanted of ['feed.xml', 'feed.json', 'open-data/catalogus.jsonld', 'agenda.ics', 'doelgroepen/ouderen/agenda.ics', 'open-data/maatregelen.json', 'open-data/maatregelen.csv', 'open-data/maatregelen.schema.json', 'wat-is-er-veranderd/index.html']) expect(publicFiles).toContain(wanted);
    for (const file of publicFiles) {
      const text = read(`publiek/${file}`);
      for (const what of SECRETS) expect(text.includes(marker(what)), `${marker(what)} in publiek/${file}`).toBe(false);
      for (const id of SECRET_IDS) expect(text.includes(id), `${id} in publiek/${file}`).toBe(false);
      expect(text.includes('Interne notitie bij de vraag'), `internal note in publiek/${file}`).toBe(false);
    }
    const intern = files(path.join(dist, 'intern')).map((f) => read(`intern/${f}`)).join('\n');
    for (const what of SECRETS) expect(intern, what).toContain(marker(what));
  });
});

describe('the example knowledge base, built in its git checkout', () => {
  const dist = inject('exampleDist');
  const tracked = new Set(execFileSync('git', ['-C', ROOT, 'ls-files', 'content'], { encoding: 'utf8' }).split('\n').filter(Boolean));
  const shallow = execFileSync('git', ['-C', ROOT, 'rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'true';

  it('shows the history from git on every entry page of both editions, as of the reference date', () => {
    expect(shallow, 'run `git fetch --unshallow` (as .ci/run does): a shallow clone has no history').toBe(false);
    let checked = 0;
    for (const file of tracked) {
      const [, collection, name] = file.split('/');
      const id = name!.replace(/\.mdx?$/, '');
      // A public answer has one date line instead of the history (the answer model, tests/build/answer-page.test.ts).
      for (const edition of collection === 'vragen' ? ['intern'] : ['intern', 'publiek']) {
        const page = path.join(dist, edition, collection!, id, 'index.html');
        if (!existsSync(page)) continue;
        const html = readFileSync(page, 'utf8');
        // The example is built for 26 May 2020, its files committed later: the commits are said
        // as recorded after the reference date, never as published or changed before it.
        expect(html, `${edition}/${collection}/${id}`).toMatch(/Na de peildatum<\/dt><dd data-history-after>vastgelegd op <time datetime="20(2[1-9]|[3-9]\d)-\d\d-\d\d">/);
        for (const m of html.matchAll(/(?:Eerst gepubliceerd|Laatst gewijzigd)<\/dt><dd><time datetime="([\d-]+)">/g)) expect(m[1]! <= '2020-05-26', `${edition}/${collection}/${id}: ${m[0]}`).toBe(true);
        expect(html).toMatch(/Alle wijzigingen \(\d+\)<\/summary>[\s\S]*?<span class="event-kind" data-after-peildatum>na de peildatum<\/span>/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it("dates a public answer's check and change as of the reference date, never after it as done", () => {
    let later = 0;
    for (const file of [...tracked].filter((f) => f.startsWith('content/vragen/'))) {
      const page = path.join(dist, 'publiek', 'vragen', path.basename(file).replace(/\.mdx?$/, ''), 'index.html');
      if (!existsSync(page)) continue;
      const line = /<p class="answer-date"[^>]*>([\s\S]*?)<\/p>/.exec(readFileSync(page, 'utf8'))?.[1] ?? '';
      const checked = /datetime="([\d-]+)"/.exec(line)![1]!;
      if (checked > '2020-05-26') {
        expect(line, page).toMatch(/^Gecontroleerd pas na de peildatum, op <time/);
        later++;
      } else expect(line, page).toMatch(/^Laatst gecontroleerd op <time/);
      for (const m of line.matchAll(/gewijzigd op <time datetime="([\d-]+)"/g)) expect(m[1]! <= '2020-05-26', page).toBe(true);
    }
    // The example has answers checked on 28 May and 2 June 2020: they said "Laatst gecontroleerd" before.
    expect(later).toBeGreaterThan(0);
  });

  it('has the change pages, feeds, calendars and open data in both editions', () => {
    for (const edition of ['intern', 'publiek']) {
      expect(existsSync(path.join(dist, edition, 'wat-is-er-veranderd/index.html'))).toBe(true);
      parseFeed(readFileSync(path.join(dist, edition, 'feed.xml'), 'utf8'));
      expect(parseIcs(readFileSync(path.join(dist, edition, 'agenda.ics'), 'utf8')).length).toBeGreaterThan(0);
      openDataCheck(path.join(dist, edition), 'https://wegwijs.example.nl/');
    }
    const publiek = parseIcs(readFileSync(path.join(dist, 'publiek/agenda.ics'), 'utf8'));
    expect(publiek.every((e) => e.uid.startsWith('maatregelen.'))).toBe(true);
  });
});
