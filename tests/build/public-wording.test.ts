/**
 * The public edition of the built example speaks to the public: no keyword lists, no wording
 * written for staff, no calendar with action deadlines, a status that never contradicts the
 * measure's own text, and a meta description on every page (both editions).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { editionHtmlPages } from '../helpers.ts';

const dist = () => inject('exampleDist');
const read = (edition: string, file: string) => readFileSync(path.join(dist(), edition, file), 'utf8');

const htmlPages = (edition: string) => editionHtmlPages(dist(), edition);

/** Phrases written for staff that no public page may contain. */
const INTERNAL_PHRASES = ['Ook gezocht als', 'eigenaren van acties', 'afstemmingspartijen', 'Open acties', 'Briefingmap', 'actie-deadline'];

describe('public wording in the public edition', () => {
  it('has no internal phrase on any page', () => {
    const found: string[] = [];
    const pages = htmlPages('publiek');
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const text = read('publiek', file);
      for (const phrase of INTERNAL_PHRASES) if (text.includes(phrase)) found.push(`${file}: "${phrase}"`);
    }
    expect(found).toEqual([]);
  });

  it('keeps what the internal edition shows staff (the phrases are real)', () => {
    expect(read('intern', 'doelgroepen/ouderen/index.html')).toContain('Ook gezocht als');
    expect(read('intern', 'index.html')).toContain('eigenaren van acties en afstemmingspartijen');
    expect(read('publiek', 'index.html')).toContain('De organisaties die bij de maatregelen en de antwoorden betrokken zijn.');
  });

  it('links no calendar with action deadlines from a public page', () => {
    const calendars = new Set<string>();
    for (const file of htmlPages('publiek')) for (const m of read('publiek', file).matchAll(/href="\/([^"]+\.ics)"/g)) calendars.add(m[1]!);
    expect([...calendars]).toContain('doelgroepen/ouderen/agenda.ics');
    for (const calendar of calendars) expect(read('publiek', calendar), calendar).not.toContain('actie-deadline');
  });

  it('says an ended measure ended, never that its steps are planned', () => {
    const html = read('publiek', 'maatregelen/uitzondering-avondklok-mantelzorgers/index.html');
    const main = /<main[\s\S]*<\/main>/.exec(html)![0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(main).toMatch(/Status beëindigd op 28 april 2021 /);
    expect(main).toContain('Met het opheffen van de avondklok op 28 april 2021 is ook de uitzondering vervallen.');
    expect(main).not.toMatch(/gepland|voorgenomen|Volgende stap/);
    // A measure still to come keeps its planned step.
    expect(read('publiek', 'maatregelen/herstart-dagbesteding/index.html')).toMatch(/Volgende stap: <strong>van kracht vanaf 1 juni 2020<\/strong>/);
  });
});

describe.each(['intern', 'publiek'])('meta descriptions in the %s edition', (edition) => {
  it('every page has one', () => {
    const missing = htmlPages(edition).filter((file) => !/<meta name="description" content="[^"]{20,}"/.test(read(edition, file)));
    expect(missing).toEqual([]);
  });
});
