import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import {
  defaultAllow,
  findPersonalData,
  isPublicFile,
  normalisePhone,
  passesElfproef,
  remarkPrivacyGuard,
  type Options,
} from '../../src/markdown/remark-privacy-guard/index.ts';
import { remarkWooRedactions } from '../../src/markdown/remark-woo-redactions/index.ts';
import { describeFixtures, makeFile, markdownToHtml, mdxToHtml } from './helpers.ts';

describeFixtures('remark-privacy-guard', (options) => [[remarkPrivacyGuard, options as Options | undefined]]);

const found = (text: string, allow?: Options['allow']) =>
  findPersonalData(text, allow === undefined ? undefined : { allow }).map((match) => `${match.kind}:${match.raw}`);

const publiek = { zichtbaarheid: 'publiek' };

function failure(run: () => unknown): (Error & { line?: number; column?: number; ruleId?: string }) | undefined {
  try {
    run();
  } catch (error) {
    return error as Error & { line?: number; column?: number; ruleId?: string };
  }
  return undefined;
}

describe('findPersonalData', () => {
  it.each([
    ['06-12345678'],
    ['06 1234 5678'],
    ['0612345678'],
    ['+31 6 1234 5678'],
    ['+31 (0)70 340 79 12'],
    ['0031 6 12345678'],
    ['(020) 123 4567'],
    ['020-1234567'],
    ['0111 123456'],
    ['0800-1234'],
    ['0800 123 4567'],
    ['0900-1234567'],
    ['+32 2 123 45 67'],
  ])('finds the phone number %s', (number) => {
    expect(found(`Bel ${number} vandaag.`)).toEqual([`telefoonnummer:${number}`]);
  });

  it('finds e-mail addresses and BSNs with offsets', () => {
    const text = 'Mail j.jansen@minvws.nl\nBSN 123.456.782 of 1234.56.782 of 123456782.';
    const matches = findPersonalData(text);
    expect(matches.map((m) => [m.kind, m.raw, m.start, m.end])).toEqual([
      ['e-mailadres', 'j.jansen@minvws.nl', 5, 23],
      ['bsn', '123.456.782', 28, 39],
      ['bsn', '1234.56.782', 43, 54],
      ['bsn', '123456782', 58, 67],
    ]);
    expect(matches[0]?.message).toBe(
      'Persoonlijk e-mailadres "j.jansen@minvws.nl" in een publieke tekst: vervang het door een algemeen adres of een lakking, of zet het op de toestaanlijst',
    );
  });

  it.each([
    ['redacted addresses', '(10)(2e)@minvws.nl, (10)(2e) @minvws.nl, [redacted]@minvws.nl, [REDACTED]@minvws.nl, 5.1.2e@iederin.nl, 10.2.e@minvws.nl'],
    ['generic mailboxes', 'info@iederin.nl, contact@ggd.nl, pers@minvws.nl, voorlichting@rivm.nl, woo@minvws.nl, secretariaat.dmo@minvws.nl, helpdesk@x.nl'],
    ['the VWS switchboard in any spelling', '070 340 79 11, 070-3407911, +31 70 340 79 11, (070) 340 79 11'],
    ['postcodes and postbussen', '2511 VX Den Haag, Postbus 20350, 2500 EJ'],
    ['dates and times', '1-6-2020, 01-06-2020 12:00, 5.1.2020, 15.06.2020, 09.30-10.30 uur, 2015-2016'],
    ['kenmerken', '954002-149168-DMO, kenmerk 123456782, 0123456-789'],
    ['Kamerstukken', 'TK 2015-2016, 34 104, nr. 105; Kamerstuk 25 295, nr. 315'],
    ['amounts and years', '€ 123.456.782, 123.456.782 euro, 123.456.782,00, € 5.1 mln, 10,2 procent, 2020'],
    ['numbers failing the elfproef', '123456789 en 111111111'],
    ['an IBAN', 'NL91 ABNA 0417 1643 00'],
  ])('does not flag %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('applies the allow list: addresses, mailboxes, domains, numbers and RegExps', () => {
    const text = 'j.jansen@minvws.nl, Info.X@Ggd.nl, a@voorbeeld.nl, 030-720 00 00, 06-12345678, 123456782';
    expect(found(text, [])).toEqual([
      'e-mailadres:j.jansen@minvws.nl',
      'e-mailadres:Info.X@Ggd.nl',
      'e-mailadres:a@voorbeeld.nl',
      'telefoonnummer:030-720 00 00',
      'telefoonnummer:06-12345678',
      'bsn:123456782',
    ]);
    expect(found(text, ['J.Jansen@minvws.nl', 'info@', '@voorbeeld.nl', '030 720 00 00', /^06/, '123.456.782'])).toEqual([]);
    expect(found(text, defaultAllow)).toEqual([
      'e-mailadres:j.jansen@minvws.nl',
      'e-mailadres:a@voorbeeld.nl',
      'telefoonnummer:030-720 00 00',
      'telefoonnummer:06-12345678',
      'bsn:123456782',
    ]);
  });

  it('checks the elfproef and normalises phone numbers', () => {
    expect(passesElfproef('123456782')).toBe(true);
    expect(passesElfproef('123456789')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
    expect(normalisePhone('+31 (0)70 340 79 11')).toBe('0703407911');
    expect(normalisePhone('0031 6 12345678')).toBe('0612345678');
    expect(normalisePhone('+32 2 123 45 67')).toBe('+3221234567');
  });
});

describe('remarkPrivacyGuard', () => {
  it('refuses a planted personal e-mail address in a public file, naming line and column', () => {
    const file = makeFile('# Contact\n\nMail gerust naar j.jansen@minvws.nl.\n', publiek);
    const error = failure(() => markdownToHtml(file, [remarkGfm, remarkPrivacyGuard]));
    expect(error).toBeDefined();
    expect(error?.message).toBe(
      'Persoonlijk e-mailadres "j.jansen@minvws.nl" in een publieke tekst: vervang het door een algemeen adres of een lakking, of zet het op de toestaanlijst (regel 3, kolom 18)',
    );
    expect([error?.line, error?.column]).toEqual([3, 18]);
    const recorded = file.messages.filter((m) => m.ruleId === 'persoonlijk-e-mailadres');
    expect(recorded.map((m) => [m.line, m.column, m.fatal])).toEqual([[3, 18, true]]);
  });

  it('lists all findings in one failure', () => {
    const file = makeFile('Bel 06-12345678.\n\nOf mail [mij](mailto:k.bakker@example.com).\n', publiek);
    const error = failure(() => markdownToHtml(file, [remarkPrivacyGuard]));
    expect(error?.message).toMatch(
      /^2 persoonsgegevens gevonden in een publieke tekst:\n- regel 1, kolom 5: Telefoonnummer "06-12345678".*\n- regel 3, kolom 9: Persoonlijk e-mailadres "k\.bakker@example\.com"/,
    );
  });

  it('accepts an allow-listed address', () => {
    const file = makeFile('Mail gerust naar j.jansen@minvws.nl.\n', publiek);
    expect(() => markdownToHtml(file, [[remarkPrivacyGuard, { allow: [...defaultAllow, 'j.jansen@minvws.nl'] }]])).not.toThrow();
    expect(file.messages).toEqual([]);
  });

  it('ignores internal files and files without frontmatter', () => {
    const intern = makeFile('Mail j.jansen@minvws.nl, bel 06-12345678.', { zichtbaarheid: 'intern' });
    expect(() => markdownToHtml(intern, [remarkPrivacyGuard])).not.toThrow();
    expect(intern.messages).toEqual([]);
    expect(isPublicFile(intern)).toBe(false);
    const bare = makeFile('Mail j.jansen@minvws.nl.');
    expect(() => markdownToHtml(bare, [remarkPrivacyGuard])).not.toThrow();
  });

  it('takes a custom enabled function', () => {
    const enabled = (file: VFile) => String(file.path).includes('/publiek/');
    const file = makeFile('Mail j.jansen@minvws.nl.', undefined, 'content/publiek/x.md');
    expect(() => markdownToHtml(file, [[remarkPrivacyGuard, { enabled }]])).toThrowError(/j\.jansen@minvws\.nl/);
  });

  it('only warns with onFound: warn', () => {
    const file = makeFile('Bel 06-12345678.', publiek);
    const { html } = markdownToHtml(file, [[remarkPrivacyGuard, { onFound: 'warn' }]]);
    expect(html).toBe('<p>Bel 06-12345678.</p>');
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['telefoonnummer', false]]);
  });

  it('accepts redacted addresses whether it runs before or after the redaction plugin', () => {
    const text = 'Van: 5.1.2e <5.1.2e@iederin.nl>, (10)(2e)@minvws.nl, [redacted]@minvws.nl, 10.2.e@minvws.nl\n';
    for (const plugins of [
      [remarkGfm, remarkWooRedactions, remarkPrivacyGuard],
      [remarkGfm, remarkPrivacyGuard, remarkWooRedactions],
    ]) {
      const file = makeFile(text, publiek);
      expect(() => markdownToHtml(file, plugins)).not.toThrow();
      expect(file.messages).toEqual([]);
    }
  });

  it('works in an MDX pipeline, including JSX attributes', async () => {
    const ok = makeFile('Mail <a href="mailto:info@minvws.nl">info@minvws.nl</a> of (10)(2e)@minvws.nl.\n', publiek, 'x.mdx');
    await expect(mdxToHtml(ok, [remarkGfm, remarkPrivacyGuard])).resolves.toContain('(10)(2e)@minvws.nl');
    const bad = makeFile('Hallo\n\n<Contact email="j.jansen@minvws.nl" />\n', publiek, 'x.mdx');
    await expect(mdxToHtml(bad, [remarkGfm, remarkPrivacyGuard])).rejects.toMatchObject({ line: 3, column: 1, ruleId: 'persoonlijk-e-mailadres' });
  });
});
