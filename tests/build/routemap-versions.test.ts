/**
 * What changed in a route map, built for real from a scratch git history: version 0.8 is
 * committed, then an action is added, a deadline moved, an owner changed and a phase approved,
 * and version 0.9 committed. The internal edition's versions page names each change in words;
 * the public edition has no versions page and nothing of the route map.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalContent, runScript, tempDir, writeTree } from '../helpers.ts';

const routemap = (version: { versie: string; datum: string; fase2Status?: string; deadline: string; owner: string; extra: boolean; body: string }) =>
  [
    '---',
    'titel: Herstart dagbesteding ouderen',
    'doelgroepen: [ouderen]',
    `versie: "${version.versie}"`,
    `versiedatum: ${version.datum}`,
    'status: ter afstemming',
    'afgestemdMet: [vng]',
    'wijzigingen:',
    '  - { datum: 2020-05-22, notitie: Eerste versie voor het PO VWS-VNG. }',
    ...(version.versie === '0.9' ? ['  - { datum: 2020-05-25, notitie: Verwerkt na het overleg met de VNG. }'] : []),
    'fasen:',
    '  - id: tot-1-juni',
    '    titel: Periode tot 1 juni',
    '    van: 2020-05-20',
    '    tot: 2020-06-01',
    '    acties:',
    '      - omschrijving: Het weer opstarten van de dagbesteding aan de orde stellen in het PO VWS-VNG van 26 mei 2020.',
    '        eigenaar: dmo',
    '        deadline: 2020-05-26',
    '      - omschrijving: Nieuwsbericht over het openen van de dagbesteding plaatsen in Binnenlands Bestuur.',
    `        eigenaar: ${version.owner}`,
    '  - id: na-1-juni',
    '    titel: Periode na 1 juni',
    '    van: 2020-06-01',
    '    tot: 2020-06-08',
    ...(version.fase2Status ? [`    status: ${version.fase2Status}`] : []),
    '    acties:',
    '      - omschrijving: Contact opnemen met een aantal gemeenten over hoe de aanbieders reageren.',
    '        eigenaar: dmo',
    `        deadline: ${version.deadline}`,
    ...(version.extra ? ['      - omschrijving: Besluiten of een representatieve inventarisatie na 15 juni toegevoegde waarde heeft.', '        eigenaar: vng', '        deadline: 2020-06-12'] : []),
    '---',
    version.body,
    '',
  ].join('\n');

const passage = (approved: boolean) =>
  [
    '---',
    'titel: Herstart dagbesteding voor ouderen',
    'soort: Kamerbrief',
    `status: ${approved ? 'vastgesteld' : 'concept'}`,
    ...(approved ? ['vastgesteldOp: 2020-05-25', 'vastgesteldDoor: DG Langdurige Zorg', 'herzienUiterlijk: 2020-09-01'] : []),
    'maatregelen: [herstart-dagbesteding]',
    'doelgroepen: [ouderen]',
    '---',
    approved ? 'Het kabinet vindt het belangrijk dat iedereen vanaf 1 juni weer een vorm van dagbesteding krijgt.' : 'Het kabinet wil dat iedereen vanaf 1 juni weer dagbesteding krijgt.',
    '',
  ].join('\n');

describe('versions of a route map from a scratch git history', () => {
  let dir: string;
  let dist: string;
  let build: ReturnType<typeof runScript>;
  const read = (p: string) => readFileSync(path.join(dist, p), 'utf8');
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/\s+/g, ' ');

  beforeAll(() => {
    dir = tempDir('wegwijs-versions-');
    const content = path.join(dir, 'content');
    const files = {
      ...minimalContent(),
      'organisaties/vng.md': '---\ntitel: Vereniging van Nederlandse Gemeenten\nafkorting: VNG\nsoort: koepelorganisatie\nzichtbaarheid: publiek\n---\n',
      'passages/herstart-ouderen.md': passage(false),
      'routekaarten/herstart-ouderen.md': routemap({ versie: '0.8', datum: '2020-05-22', fase2Status: 'ter afstemming', deadline: '2020-06-02', owner: 'dmo', extra: false, body: 'De kaart wordt afgestemd met de VNG.' }),
    };
    writeTree(Object.fromEntries(Object.entries(files).map(([k, v]) => [`content/${k}`, v])), dir);
    const git = (args: string[], date: string) =>
      execFileSync('git', ['-C', content, '-c', 'user.name=Iemand', '-c', 'user.email=iemand@example.invalid', '-c', 'commit.gpgsign=false', ...args], { env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    git(['init', '-q'], '2020-05-22T10:00:00+02:00');
    git(['add', '.'], '2020-05-22T10:00:00+02:00');
    git(['commit', '-q', '-m', 'Routekaart versie 0.8'], '2020-05-22T10:00:00+02:00');
    writeFileSync(path.join(content, 'routekaarten/herstart-ouderen.md'), routemap({ versie: '0.9', datum: '2020-05-25', fase2Status: 'vastgesteld', deadline: '2020-06-08', owner: 'vng', extra: true, body: 'De kaart wordt afgestemd met de VNG en de koepels van aanbieders.' }));
    // The passage approved and reworded; the measure starts a week later, with the VNG as partner.
    writeFileSync(path.join(content, 'passages/herstart-ouderen.md'), passage(true));
    const measure = path.join(content, 'maatregelen/herstart-dagbesteding.md');
    writeFileSync(measure, readFileSync(measure, 'utf8').replace('vanKrachtVanaf: 2020-06-01', 'vanKrachtVanaf: 2020-06-08\npartners: [vng]'));
    git(['commit', '-q', '-am', 'Routekaart versie 0.9 na PO'], '2020-05-25T16:00:00+02:00');
    dist = path.join(dir, 'dist');
    build = runScript('build.ts', { WEGWIJS_CONTENT: content, WEGWIJS_DIST: dist, WEGWIJS_STAGING: path.join(dir, 'staging'), WEGWIJS_PEILDATUM: '2020-05-26' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds, with the leak scan passing', () => {
    expect(build.output).toContain('geen lekken');
    expect(build.code).toBe(0);
  });

  it('lists both versions with date and change note, linked from the route map', () => {
    const page = text(read('intern/routekaarten/herstart-ouderen/versies/index.html'));
    expect(page).toContain('0.9 (huidig) 25 mei 2020');
    expect(page).toContain('Verwerkt na het overleg met de VNG.');
    expect(page).toContain('0.8 22 mei 2020');
    expect(page).toContain('Eerste versie voor het PO VWS-VNG.');
    expect(read('intern/routekaarten/herstart-ouderen/index.html')).toContain('href="/routekaarten/herstart-ouderen/versies/"');
    expect(read('intern/routekaarten/herstart-ouderen/versies/index.html')).toContain('href="/routekaarten/herstart-ouderen/versies/0-8/"');
  });

  it('names each change in words: action added, deadline moved, owner changed, phase approved', () => {
    for (const file of ['intern/routekaarten/herstart-ouderen/versies/index.html', 'intern/routekaarten/herstart-ouderen/versies/0-8/index.html']) {
      const page = text(read(file));
      expect(page).toContain('Actie toegevoegd: Besluiten of een representatieve inventarisatie na 15 juni toegevoegde waarde heeft. (VNG, uiterlijk 12 juni 2020)');
      expect(page).toContain('Deadline verschoven van 2 juni naar 8 juni 2020: Contact opnemen met een aantal gemeenten over hoe de aanbieders reageren.');
      expect(page).toContain('Eigenaar gewijzigd van DMO naar VNG: Nieuwsbericht over het openen van de dagbesteding plaatsen in Binnenlands Bestuur.');
      expect(page).toContain('Fase 2 is nu vastgesteld');
      // Nothing else was changed, so nothing else is reported as removed or added.
      expect(page).not.toContain('Actie verwijderd');
    }
    const html = read('intern/routekaarten/herstart-ouderen/versies/0-8/index.html');
    expect(html).toMatch(/<ins>[^<]*koepels van aanbieders[^<]*<\/ins>/);
  });

  it('the briefing pack and "komende weken" say what changed since the previous week\'s meeting, and mark the changed rows', () => {
    for (const file of ['intern/briefings/ouderen/index.html', 'intern/komende-weken/index.html']) {
      const html = read(file);
      const page = text(html);
      // Reference date 26 May 2020: the previous week's meeting was on 19 May, before version 0.8.
      expect(page, file).toContain('Gewijzigd sinds 19 mei 2020');
      expect(page, file).toContain('Toen nog niet vastgelegd: de eerste vastgelegde is versie 0.8 van 22 mei 2020, nu geldt versie 0.9 van 25 mei 2020.');
      expect(page, file).toContain('Fase 2 (Periode na 1 juni): Deadline verschoven van 2 juni naar 8 juni 2020: Contact opnemen met een aantal gemeenten over hoe de aanbieders reageren.');
      // The moved deadline's row carries the change bar; the unchanged first action's row does not.
      expect(html, file).toMatch(/<tr[^>]*data-routekaart="herstart-ouderen" data-plek="na-1-juni\/0" data-gewijzigd/);
      expect(html, file).toMatch(/<tr[^>]*data-plek="tot-1-juni\/0">/);
      // The date field for another date, and where its versions come from.
      expect(html, file).toContain('data-versies="/routekaarten/herstart-ouderen/versies.json"');
    }
    expect(text(read('intern/briefings/ouderen/index.html'))).toContain('Fase 2 (Periode na 1 juni): Fase 2 is nu vastgesteld');
    expect(read('intern/briefings/ouderen/index.html')).toMatch(/<li class="phase[^"]*" id="na-1-juni" data-routekaart="herstart-ouderen" data-plek="na-1-juni" data-gewijzigd>/);
  });

  it('writes each route map\'s versions as JSON, each with what changed since it, for a date the reader picks', () => {
    const json = JSON.parse(read('intern/routekaarten/herstart-ouderen/versies.json')) as { versies: { versie: string; datum: string; huidig: boolean; wijzigingen: { text: string; plek?: string }[] }[] };
    expect(json.versies.map((v) => [v.versie, v.datum, v.huidig])).toEqual([['0.9', '2020-05-25', true], ['0.8', '2020-05-22', false]]);
    expect(json.versies[0]!.wijzigingen).toEqual([]);
    expect(json.versies[1]!.wijzigingen).toContainEqual(expect.objectContaining({ text: 'Fase 2 is nu vastgesteld', plek: 'na-1-juni' }));
    expect(json.versies[1]!.wijzigingen.map((c) => c.text)).toContain('Eigenaar gewijzigd van DMO naar VNG: Nieuwsbericht over het openen van de dagbesteding plaatsen in Binnenlands Bestuur.');
  });

  it('passages and measures have versions too, with what changed in words and the text as tracked changes', () => {
    const passagePage = read('intern/passages/herstart-ouderen/versies/index.html');
    const p = text(passagePage);
    expect(p).toContain('Veranderd sinds de versie vastgelegd op 22 mei 2020');
    expect(p).toContain('De passage is nu vastgesteld');
    expect(p).toContain('Vastgesteld op toegevoegd: 25 mei 2020');
    expect(p).toContain('Vastgesteld door toegevoegd: "DG Langdurige Zorg"');
    expect(p).toContain('Herziendatum toegevoegd: 1 september 2020');
    expect(passagePage).toMatch(/<ins>[^<]*belangrijk[^<]*<\/ins>/);
    const m = text(read('intern/maatregelen/herstart-dagbesteding/versies/index.html'));
    expect(m).toContain('Van kracht vanaf verschoven van 1 juni 2020 naar 8 juni 2020');
    expect(m).toContain('Partner toegevoegd: VNG');
    // Linked from the history on the entry's page; an entry with one version has no such page.
    expect(read('intern/passages/herstart-ouderen/index.html')).toContain('href="/passages/herstart-ouderen/versies/"');
    expect(existsSync(path.join(dist, 'intern/vragen/gaat-de-dagbesteding-open/versies'))).toBe(false);
    expect(existsSync(path.join(dist, 'intern/organisaties/vng/versies'))).toBe(false);
  });

  it('has no versions in the public edition', () => {
    expect(existsSync(path.join(dist, 'publiek/routekaarten'))).toBe(false);
    const all = readdirSync(path.join(dist, 'publiek'), { recursive: true }).map(String);
    expect(all.filter((f) => f.includes('versies'))).toEqual([]);
  });
});
