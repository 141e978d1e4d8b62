/**
 * The staff home of the example (reference date 26 May 2020): the entrances first, one section
 * for the past week that agrees with itself, and the most urgent actions by how soon they matter.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

describe('staff home', () => {
  const html = () => readFileSync(path.join(inject('exampleDist'), 'intern/index.html'), 'utf8');
  const text = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

  it('opens with the entrances, before the coming weeks, the actions and the past week', () => {
    const page = html();
    const at = (id: string) => page.indexOf(`<h2 id="${id}"`);
    expect(at('ingangen')).toBeGreaterThan(0);
    expect(at('ingangen')).toBeLessThan(at('komend'));
    expect(at('komend')).toBeLessThan(at('open-acties'));
    expect(at('open-acties')).toBeLessThan(at('deze-week'));
  });

  it('says what happened and what changed in the past week in one section, without contradicting itself', () => {
    const page = html();
    const week = text(page.slice(page.indexOf('<h2 id="deze-week"'), page.indexOf('</section>', page.indexOf('<h2 id="deze-week"'))));
    expect(week).toContain('De afgelopen week 20 mei 2020 tot en met 26 mei 2020');
    expect(week).toContain("25 mei 2020 Document e-mail: E-mailwisseling 'PO VWS-VNG op 26 mei 2020'");
    expect(week).toContain('Gewijzigd in Wegwijs');
    expect(week).not.toContain('niets gebeurd');
    expect(page).not.toContain('Laatst gebeurd');
  });

  it('lists the most urgent actions as of the reference date: what is due now before actions overdue since March', () => {
    const page = html();
    const table = page.slice(page.indexOf('<h2 id="open-acties"'), page.indexOf('<h2 id="deze-week"'));
    const rows = [...table.matchAll(/<tr[^>]*>\s*<td data-label="Actie">([^<]+)/g)].map((m) => m[1]!);
    expect(rows[0]).toMatch(/^Het weer opstarten van de dagbesteding aan de orde stellen/);
    expect(text(table)).toContain('waarvan 3 te laat');
  });
});
