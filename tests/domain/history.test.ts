/**
 * Change history, change log, calendars and open data on typed fixtures: git's output is parsed
 * from text, and the git reader is tried on a real repository, a shallow clone and a folder
 * outside any repository.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { GIT_LOG_ARGS, dateOf, entryHistory, parseGitLog } from '../../src/domain/history.ts';
import { buildChangeLog, changesOf, groupByCollection, recentPeriod, weekSlug } from '../../src/domain/changes.ts';
import { calendarEvents, calendarIcs } from '../../src/domain/calendar.ts';
import { csvColumns, openDataCsv, openDataRecord, openDataSchema } from '../../src/domain/open-data.ts';
import { readGitHistory, gitState, relativeToContent } from '../../src/load/git-history.ts';
import { keyOf } from '../../src/domain/types.ts';
import { tempDir, writeTree } from '../helpers.ts';
import { entry, knowledgeBase } from './fixtures.ts';

const RS = '\x1e';
const US = '\x1f';
// 2020-06-08 23:30 UTC is 9 June in Amsterdam.
const LOG = `${RS}1591659000${US}Antwoord aangescherpt\n\nvragen/a.md\nmaatregelen/b.md\n${RS}1591005600${US}Eerste versie\n\nvragen/a.md\n`;

describe('git log parsing', () => {
  it('reads commits per file, newest first, with the date in the Netherlands and no author', () => {
    const byFile = parseGitLog(LOG);
    expect(byFile.get('vragen/a.md')).toEqual([
      { date: '2020-06-09', subject: 'Antwoord aangescherpt' },
      { date: '2020-06-01', subject: 'Eerste versie' },
    ]);
    expect(byFile.get('maatregelen/b.md')).toHaveLength(1);
    expect(dateOf(1591659000, 'UTC')).toBe('2020-06-08');
    expect(GIT_LOG_ARGS.join(' ')).not.toMatch(/%a|%c[ne]/);
  });
});

describe('entry history', () => {
  const commits = parseGitLog(LOG).get('vragen/a.md');
  const notes = [{ datum: '2020-06-09', notitie: 'Antwoord aangevuld.' }, { datum: '2020-05-01', notitie: 'Oude notitie.' }];

  it('takes first and last change from git, merges notes and commits per day, newest first', () => {
    const h = entryHistory(notes, commits, { commitMessages: true, peildatum: '2020-06-10' });
    expect(h).toMatchObject({ source: 'git', eerstGepubliceerd: '2020-06-01', laatstGewijzigd: '2020-06-09' });
    expect(h.lines.map((l) => l.datum)).toEqual(['2020-06-09', '2020-06-01', '2020-05-01']);
    expect(h.lines[0]).toEqual({ datum: '2020-06-09', notities: ['Antwoord aangevuld.'], commits: ['Antwoord aangescherpt'], vastgelegd: true });
  });

  it('leaves commit subjects out when the edition does not show them', () => {
    const h = entryHistory(notes, commits, { commitMessages: false, peildatum: '2020-06-10' });
    expect(h.lines.flatMap((l) => l.commits)).toEqual([]);
    expect(h.lines[1]).toMatchObject({ datum: '2020-06-01', vastgelegd: true });
  });

  it('falls back to the notes without git history', () => {
    const h = entryHistory(notes, undefined, { commitMessages: true, peildatum: '2020-06-10' });
    expect(h).toMatchObject({ source: 'wijzigingen', laatstGewijzigd: '2020-06-09' });
    expect(h.eerstGepubliceerd).toBeUndefined();
    expect(entryHistory([], undefined, { commitMessages: true, peildatum: '2020-06-10' })).toEqual({ source: 'wijzigingen', lines: [] });
  });

  it('counts publicerenVanaf as the first publication once it has come', () => {
    expect(entryHistory([], commits, { commitMessages: false, publicerenVanaf: '2020-06-05', peildatum: '2020-06-10' }).eerstGepubliceerd).toBe('2020-06-05');
    expect(entryHistory([], commits, { commitMessages: false, publicerenVanaf: '2020-07-01', peildatum: '2020-06-10' }).eerstGepubliceerd).toBe('2020-06-01');
  });
});

describe('change log', () => {
  const commits = parseGitLog(LOG).get('vragen/a.md');

  it('makes one change per entry per day on or before the reference date', () => {
    const changes = changesOf({ key: 'vragen/a', wijzigingen: [{ datum: '2020-06-09', notitie: 'Aangevuld.' }, { datum: '2020-07-01', notitie: 'Later.' }], commits }, '2020-06-10');
    expect(changes).toEqual([
      { datum: '2020-06-09', entry: 'vragen/a', soort: 'gewijzigd', notities: ['Aangevuld.'] },
      { datum: '2020-06-01', entry: 'vragen/a', soort: 'nieuw', notities: [] },
    ]);
    expect(changesOf({ key: 'vragen/a', wijzigingen: [], commits, publicerenVanaf: '2020-06-05' }, '2020-06-10').map((c) => c.soort)).toEqual(['gewijzigd', 'gepubliceerd', 'nieuw']);
    expect(changesOf({ key: 'vragen/a', wijzigingen: [], commits }, '2020-05-31')).toEqual([]);
  });

  it('lists weeks with changes and a default period of 14 days', () => {
    const log = buildChangeLog(
      [
        { key: 'vragen/a', wijzigingen: [{ datum: '2020-05-20', notitie: 'Eerder.' }], commits },
        { key: 'maatregelen/b', wijzigingen: [{ datum: '2020-06-09', notitie: 'Datum aangepast.' }] },
      ],
      '2020-06-10',
    );
    expect(log.weeks.map((w) => [w.slug, w.from, w.to, w.count])).toEqual([
      ['2020-w24', '2020-06-08', '2020-06-14', 2],
      ['2020-w23', '2020-06-01', '2020-06-07', 1],
      ['2020-w21', '2020-05-18', '2020-05-24', 1],
    ]);
    expect(recentPeriod('2020-06-10')).toEqual({ from: '2020-05-28', to: '2020-06-10' });
    expect(log.between('2020-05-28', '2020-06-10')).toHaveLength(3);
    expect(groupByCollection(log.changes, ['maatregelen', 'vragen']).map((g) => [g.collection, g.changes.length])).toEqual([['maatregelen', 1], ['vragen', 3]]);
    expect(weekSlug('2021-01-03')).toBe('2020-w53');
  });
});

describe('calendars', () => {
  const entries = knowledgeBase();

  it('derives UIDs from entry, kind, anchor and written position, not from dates or the build', () => {
    const events = calendarEvents(entries, ['maatregel-van-kracht', 'fase-begint', 'actie-deadline'], 'wegwijs.example.nl');
    expect(events.map((e) => e.uid)).toContain('maatregelen.herstart-dagbesteding.maatregel-van-kracht.0@wegwijs.example.nl');
    expect(events.map((e) => e.uid)).toContain('routekaarten.dagbesteding.actie-deadline.fase-1.0@wegwijs.example.nl');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    const moved = entries.map((e) => (e.collection === 'routekaarten' ? entry('routekaarten', e.id, { ...e.data, fasen: e.data.fasen.map((f, i) => (i === 0 ? { ...f, acties: [{ ...f.acties[0]!, deadline: '2020-05-30' }] } : f)) }) : e));
    const again = calendarEvents(moved, ['actie-deadline'], 'wegwijs.example.nl');
    expect(again[0]).toMatchObject({ uid: 'routekaarten.dagbesteding.actie-deadline.fase-1.0@wegwijs.example.nl', datum: '2020-05-30' });
  });

  it('writes all-day events that ical.js reads back, with the owner of an action', () => {
    const events = calendarEvents(entries, ['maatregel-van-kracht', 'actie-deadline'], 'wegwijs.example.nl');
    const titles = new Map(entries.map((e) => [keyOf(e), e.data.titel]));
    const ics = calendarIcs(events, { name: 'Test', description: 'Test', url: 'https://wegwijs.example.nl/', link: (k, a) => `https://wegwijs.example.nl/${k}/${a ? `#${a}` : ''}`, title: (k) => titles.get(k), stamp: '2020-05-26' });
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(vevents).toHaveLength(events.length);
    const deadline = vevents.find((e) => e.uid.includes('actie-deadline'))!;
    expect(deadline.startDate.isDate).toBe(true);
    expect(deadline.startDate.toString()).toBe('2020-05-29');
    expect(deadline.endDate.toString()).toBe('2020-05-30');
    expect(deadline.summary).toBe('Deadline: VNG vragen gemeenten te informeren (Directie Maatschappelijke Ondersteuning)');
    expect(calendarIcs(events, { name: 'Test', description: 'Test', url: 'https://x.nl/', link: () => 'https://x.nl/', title: () => undefined, stamp: '2020-05-26' })).toBe(
      calendarIcs(events, { name: 'Test', description: 'Test', url: 'https://x.nl/', link: () => 'https://x.nl/', title: () => undefined, stamp: '2020-05-26' }),
    );
  });
});

describe('open data', () => {
  const maatregel = knowledgeBase().find((e) => e.collection === 'maatregelen')!;
  const record = openDataRecord({ collection: 'maatregelen', id: maatregel.id, data: maatregel.data, body: 'Tekst, met "aanhalingstekens"\nen een regel.', url: 'https://wegwijs.example.nl/maatregelen/herstart-dagbesteding/', related: ['doelgroepen/ouderen', 'vragen/gaat-dagbesteding-open'], laatstGewijzigd: '2020-06-01' }, 'public');

  it('validates against the JSON Schema generated from the zod schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(openDataSchema('maatregelen', 'public', { id: 'https://wegwijs.example.nl/open-data/maatregelen.schema.json', title: 'x', description: 'x' }));
    expect(validate([record]), JSON.stringify(validate.errors)).toBe(true);
    expect(validate([{ ...record, vanKrachtVanaf: '2020-02-30x' }])).toBe(false);
    expect(validate([{ ...record, geheim: 1 }])).toBe(false);
    expect(record.relaties.doelgroepen).toEqual(['ouderen']);
    expect(record.relaties.vragen).toEqual(['gaat-dagbesteding-open']);
  });

  it('writes RFC 4180 CSV that a CSV parser reads back', () => {
    const csv = openDataCsv('maatregelen', [record], 'public');
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(csvColumns('maatregelen', 'public'));
    expect(rows[0]!.tekst).toBe(record.tekst);
    expect(JSON.parse(rows[0]!.statusverloop!)).toEqual(maatregel.data.statusverloop);
    expect(rows[0]!['relaties.doelgroepen']).toBe('ouderen');
  });
});

describe('reading git', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const git = (dir: string, args: string[], date = '2020-06-01T12:00:00+02:00') =>
    execFileSync('git', ['-C', dir, '-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, encoding: 'utf8' });

  it('reads one log for the whole folder; uncommitted files and folders outside a repository have no history', () => {
    const repo = writeTree({ 'content/vragen/a.md': 'a\n', 'content/vragen/b.md': 'b\n', 'ander/c.md': 'c\n' });
    dirs.push(repo);
    git(repo, ['init', '-q']);
    git(repo, ['add', '.']);
    git(repo, ['commit', '-q', '-m', 'Eerste versie']);
    writeFileSync(path.join(repo, 'content/vragen/a.md'), 'a2\n');
    git(repo, ['commit', '-q', '-am', 'Antwoord aangescherpt'], '2020-06-08T23:30:00+00:00');
    writeFileSync(path.join(repo, 'content/vragen/nieuw.md'), 'nieuw\n');
    const history = readGitHistory(path.join(repo, 'content'));
    expect(history.status).toBe('git');
    expect(history.commits('vragen/a.md')).toEqual([{ date: '2020-06-09', subject: 'Antwoord aangescherpt' }, { date: '2020-06-01', subject: 'Eerste versie' }]);
    expect(history.commits(relativeToContent(history, path.join(repo, 'content/vragen/b.md')))).toHaveLength(1);
    expect(history.commits('vragen/nieuw.md')).toBeUndefined();
    expect(history.commits('../ander/c.md')).toBeUndefined();

    const outside = tempDir();
    dirs.push(outside);
    expect(gitState(outside)).toBe('no-repository');
    expect(readGitHistory(outside).commits('vragen/a.md')).toBeUndefined();

    const shallow = path.join(tempDir(), 'kloon');
    dirs.push(path.dirname(shallow));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const warnings: string[] = [];
    const fromShallow = readGitHistory(path.join(shallow, 'content'), (m) => warnings.push(m));
    expect(fromShallow.status).toBe('shallow');
    expect(fromShallow.commits('vragen/a.md')).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/\[WARN\].*ondiepe git-kloon.*git fetch --unshallow/);
  });
});

describe('history from publication (the public edition)', () => {
  const commits = parseGitLog(LOG).get('vragen/a.md');
  const notes = [{ datum: '2020-05-01', notitie: 'Voor publicatie.' }, { datum: '2020-06-09', notitie: 'Na publicatie.' }];

  it('leaves out notes, commits and changes before publicerenVanaf', () => {
    const h = entryHistory(notes, commits, { commitMessages: false, publicerenVanaf: '2020-06-05', peildatum: '2020-06-10', fromPublication: true });
    expect(h.eerstGepubliceerd).toBe('2020-06-05');
    expect(h.lines.map((l) => l.datum)).toEqual(['2020-06-09']);
    expect(h.lines[0]!.notities).toEqual(['Na publicatie.']);
    const changes = changesOf({ key: 'vragen/a', wijzigingen: notes, commits, publicerenVanaf: '2020-06-05', since: '2020-06-05' }, '2020-06-10');
    expect(changes.map((c) => [c.datum, c.soort])).toEqual([['2020-06-09', 'gewijzigd'], ['2020-06-05', 'gepubliceerd']]);
    // Not yet published (a later publicerenVanaf): nothing is left out.
    expect(entryHistory(notes, commits, { commitMessages: false, publicerenVanaf: '2020-07-01', peildatum: '2020-06-10', fromPublication: true }).lines).toHaveLength(3);
  });
});
