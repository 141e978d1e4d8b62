/**
 * `npm run importeer` end to end: real .docx files made by LibreOffice from the seed documents
 * (the Wmo letter, the continuity-team minutes, the route map "Herstart dagbesteding"), and an
 * officielebekendmakingen-style HTML letter, imported into temporary copies of content/; then
 * `runCheck` with all rules over the result. Also: repeated imports change nothing, ids never
 * collide, hostile files are refused with nothing written.
 *
 * Without LibreOffice (`soffice`, or WEGWIJS_SOFFICE) the .docx tests warn loudly and are
 * skipped, except in CI (CI=true), where the run fails.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/index.ts';
import { findRedactions } from '../../src/domain/redactions.ts';
import { findKamerstukCitations } from '../../src/markdown/remark-kamerstukken/lib/index.ts';
import { ImportRefused, importDocument, type ImportOptions } from '../../src/import/index.ts';
import { ROOT, minimalContent, runScript, snapshot, tempDir, writeTree } from '../helpers.ts';
import { LETTER_HTML, LETTER_NOTES, LETTER_WITH_IMAGE_HTML, LETTER_SECTIONS, MINUTES_ACTIONS, MINUTES_HTML, OFFICIAL_HTML, OFFICIAL_XML, ROUTE_MAP_HTML, bytesOf, findSoffice, toDocx } from './fixtures.ts';
import { CONTENT_TYPES, DOCUMENT_XML, unzip, zip } from './zip.ts';

const soffice = findSoffice();
if (!soffice) {
  const message = 'LibreOffice ontbreekt (soffice niet gevonden): de importtests met echte .docx-bestanden draaien NIET. Installeer het met: apt-get install -y libreoffice-writer (of zet WEGWIJS_SOFFICE).';
  if (process.env['CI']) throw new Error(message);
  console.warn(`\n${'!'.repeat(100)}\n${message}\n${'!'.repeat(100)}\n`);
}

const TODAY = '2026-12-05';
const PEILDATUM = '2020-05-26';

/** A fresh copy of the example content. */
function contentCopy(): string {
  const dir = path.join(tempDir('wegwijs-import-content-'), 'content');
  cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

const read = (dir: string, rel: string) => readFileSync(path.join(dir, rel), 'utf8');
const run = (contentDir: string, file: string, extra: Partial<ImportOptions> = {}) => importDocument({ file, contentDir, today: TODAY, peildatum: PEILDATUM, ...extra });
const textOfHtml = (html: string) =>
  html
    .replace(/<div id="sdfootnote[\s\S]*?<\/div>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function expectClean(contentDir: string) {
  const result = await runCheck({ contentDir, peildatum: PEILDATUM });
  expect(result.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`)).toEqual([]);
}

async function expectRefused(promise: Promise<unknown>, pattern: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportRefused);
  expect((error as Error).message).toMatch(pattern);
}

(soffice ? describe : describe.skip)('import from Word (.docx made by LibreOffice)', () => {
  let docx: Record<string, string>;
  beforeAll(() => {
    docx = toDocx(soffice!, { brief: LETTER_HTML, verslag: MINUTES_HTML, routekaart: ROUTE_MAP_HTML, afbeelding: LETTER_WITH_IMAGE_HTML });
  }, 240_000);

  it('a letter becomes draft passages per section; footnotes, citations, lists, tables and emphasis survive; the letterhead becomes metadata', async () => {
    const dir = contentCopy();
    const report = await run(dir, docx['brief']!);
    expect(report.kind).toBe('brief');
    expect(report.recognised).toMatchObject({ title: 'Voortgangsrapportage Wmo 2015', date: '2016-05-02', kenmerk: '954002-149168-DMO' });
    // The letter is already a source (same kenmerk): reused, not overwritten, not duplicated.
    expect(report.items[0]).toMatchObject({ collection: 'bronnen', id: 'kamerbrief-voortgang-wmo-2015-2016', action: 'bestaand' });
    const passages = report.items.filter((i) => i.collection === 'passages');
    expect(passages.map((p) => p.title)).toEqual(LETTER_SECTIONS.map((s) => s.title));
    expect(passages.every((p) => p.action === 'nieuw')).toBe(true);
    await expectClean(dir);

    const bodies = passages.map((p) => read(dir, p.path));
    for (const body of bodies) {
      expect(body).toMatch(/^status: concept$/m);
      expect(body).toMatch(/^zichtbaarheid: intern$/m);
      expect(body).toMatch(/^ {2}- bron: kamerbrief-voortgang-wmo-2015-2016$/m);
      // Letterhead and page headers are metadata, not text.
      for (const word of ['Bezoekadres', 'Postbus', 'Parnassusplein', 'Geachte voorzitter', 'Hoogachtend']) expect(body).not.toContain(word);
      expect(body.split('---')[2]).not.toContain('954002-149168-DMO');
    }
    const all = bodies.join('\n');
    // Every footnote of the original, as a GFM footnote with its text.
    expect(report.recognised.footnotes.map((f) => f.text)).toEqual(LETTER_NOTES);
    for (const [i, note] of LETTER_NOTES.entries()) expect(squash(all)).toContain(`[^${i + 1}]: ${note}`);
    // Every Kamerstuk citation of the original: linked by remark-kamerstukken, or listed for a human.
    const original = findKamerstukCitations(textOfHtml(LETTER_HTML) + ' ' + LETTER_NOTES.join(' ')).map((c) => c.raw);
    expect(original.length).toBe(5);
    expect(report.recognised.citations.map((c) => c.text)).toEqual(original);
    expect(report.recognised.citations[0]).toEqual({ text: 'TK 2015-2016, 34 104, nr. 105', url: 'https://zoek.officielebekendmakingen.nl/kst-34104-105.html' });
    expect(report.attention.some((a) => a.kind === 'citaat' && a.message.includes('TK 2015-2016, 34 200 - XVI'))).toBe(true);
    // Lists, tables and emphasis.
    expect(all).toContain('1. Versterking van de positie van de cliënt;');
    expect(all).toMatch(/\| Monitor +\| Wanneer +\|/);
    expect(all).toMatch(/\| Evaluatie HLZ +\| eind 2017 +\|/);
    expect(all).toContain('**merkbaar beter**');
    expect(all).toMatch(/\*‘?Volwaardig meedoen 2016-2018’?\*/);
    // The passage's text is the section's text (page header removed), word for word.
    for (const [i, section] of LETTER_SECTIONS.entries()) {
      const expected = squash(textOfHtml(section.html.replace(/<p>Kenmerk<br>954002-149168-DMO<\/p>\s*<p>2<\/p>/, '').replace(/<a[^>]*><sup>\d<\/sup><\/a>/g, '')));
      const body = bodies[i]!.split(/^---$/m)[2]!.replace(/\[\^\d\]:.*$/gm, '');
      const plain = squash(body.replace(/\[\^\d\]/g, '').replace(/\*\*|\*/g, '').replace(/^\d\. /gm, '').replace(/[|-]{2,}/g, ' ').replace(/\|/g, ' '));
      expect(plain.replace(/\s+/g, '')).toBe(expected.replace(/\s+/g, ''));
    }
  });

  it('minutes: every "(actie …)" is accounted for, owners recognised by abbreviation, deadlines relative to the meeting; actions go into the named route map as a new version', async () => {
    const dir = contentCopy();
    const before = read(dir, 'routekaarten/continuiteit-van-zorg-maart-2020.md');
    const report = await run(dir, docx['verslag']!, { routekaart: 'continuiteit-van-zorg-maart-2020', fase: 'deze-week' });
    expect(report.kind).toBe('verslag');
    expect(report.recognised.date).toBe('2020-03-18');
    expect(report.recognised.actions.map((a) => a.marker)).toEqual(MINUTES_ACTIONS);
    // Participants: organisations by abbreviation; the rest reported, never invented.
    expect(report.recognised.participants.filter((p) => p.id).map((p) => p.id)).toEqual(['dglz', 'meva', 'dco', 'lz', 'jeugd', 'fez', 'bpz']);
    expect(report.attention.find((a) => a.kind === 'deelnemer')?.message).toContain('MVWS, PA, MO, Z, CZ');
    // "(Actie MO)": MO is no known organisation; not imported, and said so.
    const mo = report.recognised.actions.find((a) => a.marker === '(Actie MO)')!;
    expect(mo.target).toBeUndefined();
    expect(report.attention.some((a) => a.kind === 'eigenaar' && a.message.startsWith('(Actie MO) is niet geïmporteerd'))).toBe(true);
    // Several owners ("(actie MEVA en Dco)"): both recognised; the first owns the action (the
    // schema has one owner), the other is in the description, and the report says so.
    const both = report.recognised.actions.find((a) => a.marker === '(actie MEVA en Dco)')!;
    expect(both.owners.map((o) => o.id)).toEqual(['meva', 'dco']);
    expect(both.description).toContain('(actie MEVA en Dco)');
    expect(report.attention.filter((a) => a.kind === 'eigenaar' && a.message.startsWith('(actie MEVA en Dco): eigenaar is meva; dco staat alleen in de omschrijving'))).toHaveLength(2);
    expect(report.attention.some((a) => a.message.startsWith('(actie FEZ en DGLZ): eigenaar is fez; dglz staat'))).toBe(true);
    const imported = report.recognised.actions.filter((a) => a.target);
    expect(imported).toHaveLength(12);
    expect(new Set(imported.map((a) => a.target))).toEqual(new Set(['routekaarten/continuiteit-van-zorg-maart-2020#deze-week']));
    // Deadlines: "einde van de week" of Wednesday 18 March 2020 is Friday 20 March; "rond 12" the same day.
    expect(report.recognised.actions[4]).toMatchObject({ deadline: '2020-03-20', deadlinePhrase: 'einde van de week' });
    expect(report.recognised.actions[5]).toMatchObject({ deadline: '2020-03-18' });
    expect(report.recognised.actions[6]).toMatchObject({ owners: [{ written: 'FEZ', id: 'fez' }], deadline: '2020-03-20' });
    // Redactions: all of the original, in the text or in the letterhead left out.
    const original = findRedactions(textOfHtml(MINUTES_HTML)).length;
    const leftOut = findRedactions([report.recognised.letterhead['briefhoofd (weggelaten)'] ?? '', ...report.attention.filter((a) => a.kind === 'overgeslagen').map((a) => a.message)].join(' ')).length;
    expect(report.recognised.redactions.length + leftOut).toBe(original);
    expect(report.recognised.redactions.every((r) => r === '(10)(2e)')).toBe(true);

    const map = read(dir, 'routekaarten/continuiteit-van-zorg-maart-2020.md');
    expect(map).toContain('versie: "2"');
    expect(map).toContain(`versiedatum: ${TODAY}`);
    expect(map).toContain('status: concept');
    expect(map).toMatch(/wijzigingen:\n {2}- datum: 2026-12-05\n {4}notitie: '12 acties toegevoegd aan fase/);
    // The author's layout stays: flow lists, the body, the existing actions.
    expect(map).toContain('doelgroepen: [kwetsbare-personen, zorgpersoneel, mantelzorgers, mensen-met-lvb, kinderen-in-kwetsbare-situaties]');
    expect(map.split(/^---$/m)[2]).toBe(before.split(/^---$/m)[2]);
    expect(map).toContain('Doel is om einde van de week vakbonden en werkgevers bijeen te krijgen. (actie MEVA)\n        eigenaar: meva\n        deadline: 2020-03-20');
    await expectClean(dir);

    // Again: nothing changes.
    const snap = snapshot(dir);
    const again = await run(dir, docx['verslag']!, { routekaart: 'continuiteit-van-zorg-maart-2020', fase: 'deze-week' });
    expect(again.written).toBe(false);
    expect(again.items.map((i) => i.action)).toEqual(['bestaand', 'ongewijzigd']);
    expect(snapshot(dir)).toEqual(snap);
  });

  it('minutes without a route map need a target group, then become a new draft route map with a new source', async () => {
    const dir = contentCopy();
    const snap = snapshot(dir);
    await expectRefused(run(dir, docx['verslag']!), /--doelgroep/);
    expect(snapshot(dir)).toEqual(snap);
    // With --doelgroep: a new draft route map; the hand-written source of this meeting is reused.
    const report = await run(dir, docx['verslag']!, { doelgroepen: ['kwetsbare-personen'] });
    expect(report.items.map((i) => [i.path, i.action])).toEqual([
      ['bronnen/verslag-continuiteitsteam-lz-2020-03-18.md', 'bestaand'],
      ['routekaarten/acties-uit-het-verslag-corona-continuiteitsteam-lz-van-18-maart-2020.md', 'nieuw'],
    ]);
    const map = read(dir, 'routekaarten/acties-uit-het-verslag-corona-continuiteitsteam-lz-van-18-maart-2020.md');
    expect(map).toMatch(/^status: concept$/m);
    expect(map).toMatch(/^zichtbaarheid: intern$/m);
    expect(map).toContain('  - verslag-continuiteitsteam-lz-2020-03-18');
    expect((map.match(/^ {6}- omschrijving:/gm) ?? []).length).toBe(12);
    await expectClean(dir);

    // Without a source of that meeting, the minutes become one: participants linked, letterhead and page headers left out.
    const bare = contentCopy();
    const hand = path.join(bare, 'bronnen/verslag-continuiteitsteam-lz-2020-03-18.md');
    writeFileSync(hand, readFileSync(hand, 'utf8').replace(/^titel: .*$/m, 'titel: Verslag CT LZ'));
    const fresh = await run(bare, docx['verslag']!, { doelgroepen: ['kwetsbare-personen'] });
    expect(fresh.items[0]).toMatchObject({ path: 'bronnen/verslag-corona-continuiteitsteam-lz-van-18-maart-2020.md', action: 'nieuw' });
    const bron = read(bare, 'bronnen/verslag-corona-continuiteitsteam-lz-van-18-maart-2020.md');
    expect(bron).toMatch(/^soort: verslag\ndatum: 2020-03-18\nafzender: continuiteitsteam-lz\nzichtbaarheid: intern$/m);
    expect(bron).toContain('**Aanwezig:** MVWS, [DG LZ](/organisaties/dglz/), (10)(2e) ([MEVA](/organisaties/meva/)),');
    expect(bron).toContain('(10)(2e) (10)(2e) (MO)');
    expect(bron).toContain('Hierover is overleg met J&V. **(actie MEVA)**');
    for (const marker of MINUTES_ACTIONS) expect(bron).toContain(`**${marker}**`);
    for (const word of ['Bezoekadres', 'Parnassusplein', 'Secretaris Generaal', 'Inlichtingen bij', '16 maart 2020', '@minvws.nl']) expect(bron).not.toContain(word);
    expect(read(bare, 'routekaarten/acties-uit-het-verslag-corona-continuiteitsteam-lz-van-18-maart-2020.md')).toContain('  - verslag-corona-continuiteitsteam-lz-van-18-maart-2020');
    await expectClean(bare);
    const snap2 = snapshot(bare);
    const again = await run(bare, docx['verslag']!, { doelgroepen: ['kwetsbare-personen'] });
    expect(again.items.map((i) => [i.id, i.action])).toEqual(fresh.items.map((i) => [i.id, 'ongewijzigd']));
    expect(snapshot(bare)).toEqual(snap2);
    await expectClean(bare);
  });

  it('an image in a .docx is not dropped unsaid: the report names it (its description and heading) for a human', async () => {
    const dir = contentCopy();
    // LibreOffice leaves the picture's description empty (descr=""); Word writes the alt text there.
    const parts = await unzip(readFileSync(docx['afbeelding']!));
    expect(parts['word/document.xml']!.toString('utf8')).toContain('descr=""');
    parts['word/document.xml'] = Buffer.from(parts['word/document.xml']!.toString('utf8').replaceAll('descr=""', 'descr="Grafiek: aantal meldingen per week"'));
    const withAlt = path.join(tempDir('wegwijs-import-image-'), 'brief-met-grafiek.docx');
    writeFileSync(withAlt, zip(parts));
    const report = await run(dir, withAlt, { kind: 'brief' });
    expect(report.attention).toContainEqual({
      kind: 'overgeslagen',
      message: 'afbeelding "Grafiek: aantal meldingen per week" onder "Monitoring en informatie": afbeeldingen worden niet geïmporteerd; zet hem zo nodig zelf in het concept',
    });
    await expectClean(dir);
  });

  it('re-importing the same letter changes nothing: same ids, no duplicates', async () => {
    const dir = contentCopy();
    const first = await run(dir, docx['brief']!);
    const snap = snapshot(dir);
    const second = await run(dir, docx['brief']!);
    expect(second.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
    expect(second.items.filter((i) => i.collection === 'passages').every((i) => i.action === 'ongewijzigd')).toBe(true);
    expect(second.written).toBe(false);
    expect(snapshot(dir)).toEqual(snap);
  });

  it('an id taken by a different entry is never overwritten: the import gets the next free id', async () => {
    const dir = contentCopy();
    // A passage called "Inleiding" from another document.
    const other = read(dir, 'passages/spreektekst-po-vng-herstart-dagbesteding.md').replace(/^titel: .*$/m, 'titel: Inleiding');
    writeFileSync(path.join(dir, 'passages/inleiding.md'), other);
    const report = await run(dir, docx['brief']!);
    expect(report.items.find((i) => i.title === 'Inleiding')).toMatchObject({ id: 'inleiding-1', action: 'nieuw' });
    expect(read(dir, 'passages/inleiding.md')).toBe(other);
    await expectClean(dir);
  });

  it('a route map document becomes a new version of the existing route map, and a repeated import changes nothing', async () => {
    const dir = contentCopy();
    const report = await run(dir, docx['routekaart']!, { kind: 'routekaart' });
    expect(report.items).toEqual([expect.objectContaining({ path: 'routekaarten/herstart-dagbesteding.md', action: 'nieuwe versie', note: 'versie 0.9 → 1.0' })]);
    expect(report.recognised.phases).toEqual([
      { title: 'Periode tot 1 juni', actions: 3 },
      { title: 'Periode na 1 juni', actions: 2 },
    ]);
    expect(report.attention.some((a) => a.kind === 'datum' && a.message.includes('eerste week van juni'))).toBe(true);
    const map = read(dir, 'routekaarten/herstart-dagbesteding.md');
    expect(map).toContain('versie: "1.0"');
    expect(map).toContain('versiedatum: 2020-05-26');
    expect(map).toContain('status: concept');
    expect(map).toMatch(/ {2}- id: tot-1-juni\n {4}titel: Periode tot 1 juni\n {4}van: 2020-05-20\n {4}tot: 2020-06-01\n/);
    expect(map).toMatch(/eigenaar: dmo\n {8}deadline: 2020-05-26\n {8}status: gereed\n {8}maatregel: herstart-dagbesteding/);
    expect(map).toContain('notitie: "Versie 1.0 geïmporteerd uit routekaart.docx');
    await expectClean(dir);
    const snap = snapshot(dir);
    const again = await run(dir, docx['routekaart']!, { kind: 'routekaart' });
    expect(again.items.map((i) => i.action)).toEqual(['ongewijzigd']);
    expect(snapshot(dir)).toEqual(snap);
  });

  it('a route map document without an existing route map becomes a new draft; unknown owners and target groups are reported, not invented', async () => {
    const dir = writeTree(minimalContent());
    const snap = snapshot(dir);
    await expectRefused(run(dir, docx['routekaart']!, { kind: 'routekaart' }), /minstens één doelgroep[\s\S]*--doelgroep/);
    expect(snapshot(dir)).toEqual(snap);
    const report = await run(dir, docx['routekaart']!, { kind: 'routekaart', doelgroepen: ['ouderen'] });
    expect(report.items).toEqual([expect.objectContaining({ path: 'routekaarten/herstart-dagbesteding.md', action: 'nieuw' })]);
    expect(report.attention.map((a) => a.message)).toEqual(
      expect.arrayContaining([
        'Doelgroep "Cliënten van dagbesteding" is niet herkend; kies hem zelf in de routekaart.',
        expect.stringMatching(/^Actie "Als dat nog niet is gebeurd: .*" \(fase "Periode tot 1 juni"\) is niet geïmporteerd: geen herkende eigenaar \("VNG"\)\.$/),
        expect.stringMatching(/^Eigenaar "Cliëntenorganisaties" van actie "Het bericht over het openen/),
      ]),
    );
    const map = read(dir, 'routekaarten/herstart-dagbesteding.md');
    expect(map).toMatch(/^titel: Herstart dagbesteding\nzichtbaarheid: intern\ndoelgroepen:\n {2}- ouderen\nversie: "1.0"\nversiedatum: 2020-05-26\nstatus: concept$/m);
    expect((map.match(/eigenaar: dmo/g) ?? []).length).toBe(3);
    expect(map).not.toMatch(/eigenaar: (?!dmo)/);
    expect(map).toContain('Wat VWS kan doen om te bevorderen dat de dagbesteding voor een ieder in enigerlei vorm vanaf 1 juni 2020 weer wordt opgestart.');
    await expectClean(dir);
  });

  it('npm run importeer prints the report and writes the drafts', () => {
    const dir = contentCopy();
    const result = runScript('importeer.ts', { WEGWIJS_CONTENT: dir, WEGWIJS_PEILDATUM: PEILDATUM }, [docx['brief']!]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('nieuw         passages/inleiding.md  "Inleiding"');
    expect(result.stdout).toContain('kenmerk: 954002-149168-DMO');
    expect(result.stdout).toContain('5 voetnoten');
    expect(result.stdout).toContain('5 Kamerstuk-verwijzingen');
    expect(read(dir, 'passages/inleiding.md')).toContain('status: concept');
  });
});

describe('import from officielebekendmakingen.nl (HTML)', () => {
  it('a letter as published becomes a new source with the full text and footnotes, and draft passages', async () => {
    const dir = contentCopy();
    const file = path.join(tempDir(), 'kst-voortgangsrapportage-wmo-2015.html');
    writeFileSync(file, OFFICIAL_HTML);
    const report = await run(dir, file);
    expect(report.format).toBe('html');
    expect(report.items[0]).toMatchObject({ path: 'bronnen/voortgangsrapportage-wmo-2015.md', action: 'nieuw' });
    const bron = read(dir, 'bronnen/voortgangsrapportage-wmo-2015.md');
    expect(bron).toMatch(/^soort: Kamerbrief\ndatum: 2016-05-02\nzichtbaarheid: intern$/m);
    expect(bron).toContain('## Inleiding');
    expect(bron).not.toContain('Noten');
    for (const [i, note] of LETTER_NOTES.entries()) expect(squash(bron)).toContain(`[^${i + 1}]: ${note}`);
    expect(report.items.filter((i) => i.collection === 'passages').map((i) => i.title)).toEqual(LETTER_SECTIONS.map((s) => s.title));
    await expectClean(dir);
    // Again: the same ids, nothing written, not a byte changed.
    const snap = snapshot(dir);
    const again = await run(dir, file);
    expect(again.items.map((i) => [i.id, i.action])).toEqual(report.items.map((i) => [i.id, 'ongewijzigd']));
    expect(snapshot(dir)).toEqual(snap);
  });

  it('a letter without a date is refused unless --datum gives one', async () => {
    const dir = contentCopy();
    const file = path.join(tempDir(), 'brief.html');
    writeFileSync(file, OFFICIAL_HTML.replace('<meta name="DCTERMS.issued" content="2016-05-02">', ''));
    const snap = snapshot(dir);
    await expectRefused(run(dir, file), /geen datum gevonden[\s\S]*--datum JJJJ-MM-DD/);
    expect(snapshot(dir)).toEqual(snap);
    const report = await run(dir, file, { date: '2016-05-02' });
    expect(report.recognised.date).toBe('2016-05-02');
    expect(report.attention).toContainEqual({ kind: 'datum', message: 'De brief noemt geen datum; 2016-05-02 komt uit --datum.' });
  });

  it('two sections with the same heading get two ids, also when imported again', async () => {
    const dir = contentCopy();
    const file = path.join(tempDir(), 'brief.html');
    writeFileSync(file, OFFICIAL_HTML.replace('<strong>Consultatiebureau Losser</strong>', '<strong>Monitoring en informatie</strong>'));
    const first = await run(dir, file);
    const ids = first.items.filter((i) => i.title === 'Monitoring en informatie').map((i) => i.id);
    expect(ids).toEqual(['monitoring-en-informatie', 'monitoring-en-informatie-1']);
    expect(read(dir, 'passages/monitoring-en-informatie-1.md')).toContain('Losser');
    const snap = snapshot(dir);
    const again = await run(dir, file);
    expect(again.items.map((i) => [i.id, i.action])).toEqual(first.items.map((i) => [i.id, 'ongewijzigd']));
    expect(snapshot(dir)).toEqual(snap);
  });

  it('the same letter as officielebekendmakingen XML: same passages, footnotes, list and table', async () => {
    const dir = contentCopy();
    const file = path.join(tempDir(), 'kst-voortgangsrapportage-wmo-2015.xml');
    writeFileSync(file, OFFICIAL_XML);
    const report = await run(dir, file);
    expect(report.format).toBe('xml');
    expect(report.recognised).toMatchObject({ title: 'Voortgangsrapportage Wmo 2015', date: '2016-05-02' });
    expect(report.recognised.footnotes.map((f) => f.text)).toEqual(LETTER_NOTES);
    expect(report.items.filter((i) => i.collection === 'passages').map((i) => i.title)).toEqual(LETTER_SECTIONS.map((s) => s.title));
    const bron = read(dir, 'bronnen/voortgangsrapportage-wmo-2015.md');
    expect(bron).toContain('1. Versterking van de positie van de cliënt;');
    expect(bron).toMatch(/\| Evaluatie HLZ +\| eind 2017 +\|/);
    expect(bron).toContain('**merkbaar beter**');
    expect(bron).not.toContain('BRIEF VAN DE STAATSSECRETARIS');
    await expectClean(dir);
  });

  it('nothing is written when the result would fail the check (an unknown redaction ground)', async () => {
    const dir = contentCopy();
    const file = path.join(tempDir(), 'brief.html');
    writeFileSync(file, OFFICIAL_HTML.replace('Deze toezegging doe ik hiermee gestand.', 'Deze toezegging doe ik hiermee gestand, zegt (10)(2z).'));
    const snap = snapshot(dir);
    await expectRefused(run(dir, file), /controle afkeurt[\s\S]*10\.2\.z|controle afkeurt[\s\S]*\(10\)\(2z\)/);
    expect(snapshot(dir)).toEqual(snap);
  });
});

describe('hostile files are refused with nothing written', () => {
  const cases: [string, string, () => Buffer, RegExp][] = [
    ['a PDF renamed to .docx', 'brief.docx', () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n'), /dit is een PDF/],
    ['a zip bomb (one deflated part of 60 MB zeros)', 'brief.docx', () => zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': Buffer.alloc(60 * 1024 * 1024, 0x20) }), /zip-bom/],
    ['a zip bomb whose directory lies about the size', 'brief.docx', () => zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': Buffer.alloc(60 * 1024 * 1024, 0x20) }, ['word/document.xml']), /pakt uit tot meer dan het zegt/],
    ['a document over 50 MB', 'brief.docx', () => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(51 * 1024 * 1024)]), /de grens is 50,0 MB/],
    ['a macro-enabled .docm', 'brief.docm', () => zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': DOCUMENT_XML, 'word/vbaProject.bin': Buffer.from('macro') }), /met macro's \(\.docm\)/],
    ['a .docx that carries vbaProject.bin', 'brief.docx', () => zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': DOCUMENT_XML, 'word/vbaProject.bin': Buffer.from('macro') }), /bevat macro's \(vbaProject\.bin\)/],
    ['an XML "billion laughs" bomb', 'brief.xml', () => Buffer.from('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><kamerstuk><al>&lol2;</al></kamerstuk>'), /eigen entiteiten/],
    ['an HTML file that is not HTML', 'brief.html', () => Buffer.from('\x7fELF\x02\x01\x01\x00binary'), /binair bestand|geen HTML/],
  ];
  for (const [what, name, make, message] of cases) {
    it(what, async () => {
      const dir = contentCopy();
      const file = path.join(tempDir(), name);
      const bytes = make();
      writeFileSync(file, bytes);
      const snap = snapshot(dir);
      await expectRefused(run(dir, file), message);
      expect(snapshot(dir)).toEqual(snap);
    });
  }

  it('the command says why in Dutch and exits 1', () => {
    const file = path.join(tempDir(), 'brief.docx');
    writeFileSync(file, '%PDF-1.4\n');
    const result = runScript('importeer.ts', { WEGWIJS_CONTENT: contentCopy() }, [file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Niet geïmporteerd: brief.docx: dit is een PDF, geen Word-document');
  });
});
