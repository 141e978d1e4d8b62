import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import {
  defaultBaseUrl,
  findKamerstukCitations,
  kamerstukUrl,
  remarkKamerstukken,
  type Options,
} from '../../src/markdown/remark-kamerstukken/index.ts';
import { remarkWooRedactions } from '../../src/markdown/remark-woo-redactions/index.ts';
import { describeFixtures, makeFile, markdownToHtml, mdxToHtml } from './helpers.ts';

describeFixtures('remark-kamerstukken', (options) => [[remarkKamerstukken, options as Options | undefined]]);

describe('findKamerstukCitations', () => {
  it('parses dossier, suffix, number, chamber and session year', () => {
    expect(findKamerstukCitations('Zie (TK 2015-2016, 34 104, nr. 105).')).toEqual([
      {
        start: 5,
        end: 34,
        raw: 'TK 2015-2016, 34 104, nr. 105',
        dossier: '34104',
        suffix: undefined,
        nummer: '105',
        kamer: 'Tweede Kamer',
        vergaderjaar: '2015-2016',
      },
    ]);
    expect(findKamerstukCitations('Kamerstukken II 2019/20, 35 300 XVI, nr. 140')[0]).toMatchObject({
      dossier: '35300',
      suffix: 'XVI',
      nummer: '140',
      vergaderjaar: '2019/20',
    });
    expect(findKamerstukCitations('Kamerstukken I 2019/20, 35 300, nr. A')[0]).toMatchObject({
      dossier: '35300',
      nummer: 'A',
      kamer: 'Eerste Kamer',
    });
    expect(findKamerstukCitations('Kamerstuk 21 501-31, nr. 600')[0]).toMatchObject({ dossier: '21501', suffix: '31', nummer: '600' });
  });

  it('finds every citation in the footnotes of the 2016 Wmo letter', () => {
    const text = [
      '1 TK 2015-2016, 34 104, nr. 105 ',
      '4 H – TK 2014-2015, 108 ',
      '8 TK 2015-2016, 29 362 nr. 251 ',
      '25 TK 2015-2016, 30 169,  nr. 45 ',
      '27 H - TK 2015-2016, 42 10  ',
      '31 TK 2015-2016, 34 200 - XVI ',
    ].join('\n');
    expect(findKamerstukCitations(text).map((c) => kamerstukUrl(c))).toEqual([
      'https://zoek.officielebekendmakingen.nl/kst-34104-105.html',
      'https://zoek.officielebekendmakingen.nl/kst-29362-251.html',
      'https://zoek.officielebekendmakingen.nl/kst-30169-45.html',
    ]);
  });

  it.each([
    ['dates', '17 maart 2016, 1-6-2020, 5.1.2020'],
    ['amounts', '€ 34 104, nr. 5; € 25.295,00; EUR 12 345, nr. 3'],
    ['articles', 'artikel 34, artikel 10, tweede lid'],
    ['phone numbers', '070 340 79 11, 06-12345678'],
    ['plain numbers', '34104, nr. 5 en 12345 en 34 104'],
    ['a number alone', 'nr. 5'],
    ['Handelingen', 'H – TK 2014-2015, 108'],
    ['a Tweede Kamer paper with a letter', 'TK 2015-2016, 34 200, A'],
    ['Staatsblad and Staatscourant', 'Stb. 2015, nr. 245; Stcrt. 2020, nr. 12345'],
  ])('does not match %s', (_name, text) => {
    expect(findKamerstukCitations(text)).toEqual([]);
  });
});

describe('kamerstukUrl', () => {
  it('builds the address without session year and without spaces', () => {
    expect(kamerstukUrl({ dossier: '34 104', nummer: '105' })).toBe(`${defaultBaseUrl}kst-34104-105.html`);
    expect(kamerstukUrl({ dossier: '34104', nummer: 105 })).toBe('https://zoek.officielebekendmakingen.nl/kst-34104-105.html');
    expect(kamerstukUrl({ dossier: '34 000', suffix: 'XVI', nummer: '8' })).toBe('https://zoek.officielebekendmakingen.nl/kst-34000-XVI-8.html');
    expect(kamerstukUrl({ dossier: '34 000 XVI', nummer: '8' })).toBe('https://zoek.officielebekendmakingen.nl/kst-34000-XVI-8.html');
    expect(kamerstukUrl({ dossier: '33 328', nummer: 'N' })).toBe('https://zoek.officielebekendmakingen.nl/kst-33328-N.html');
    expect(kamerstukUrl({ dossier: '21 501-31', nummer: '600' })).toBe('https://zoek.officielebekendmakingen.nl/kst-21501-31-600.html');
  });

  it('honours a base address with or without trailing slash', () => {
    expect(kamerstukUrl({ dossier: '34 104', nummer: '105' }, 'https://example.org/stukken')).toBe('https://example.org/stukken/kst-34104-105.html');
    expect(kamerstukUrl({ dossier: '34 104', nummer: '105' }, 'https://example.org/')).toBe('https://example.org/kst-34104-105.html');
  });

  it('refuses malformed references with a Dutch message', () => {
    expect(() => kamerstukUrl({ dossier: '3410', nummer: '1' })).toThrowError(/Ongeldig Kamerstuk-dossiernummer "3410"/);
    expect(() => kamerstukUrl({ dossier: '34 104', nummer: 'nr. 5' })).toThrowError(/Ongeldig Kamerstuk-nummer/);
    expect(() => kamerstukUrl({ dossier: '34 104', suffix: 'xvi', nummer: '5' })).toThrowError(/Ongeldige Kamerstuk-dossiertoevoeging/);
    expect(() => kamerstukUrl({ dossier: '34 000 XVI', suffix: 'XV', nummer: '5' })).toThrowError(/heeft al toevoeging/);
  });
});

describe('remarkKamerstukken', () => {
  it('keeps the citation as link text', () => {
    const { html } = markdownToHtml(makeFile('Zie TK 2015-2016, 34 104, nr. 105.'), [remarkKamerstukken]);
    expect(html).toBe(
      '<p>Zie <a href="https://zoek.officielebekendmakingen.nl/kst-34104-105.html">TK 2015-2016, 34 104, nr. 105</a>.</p>',
    );
  });

  it('never nests a link in a link', () => {
    const { html } = markdownToHtml(makeFile('[Brief, TK 2015-2016, 34 104, nr. 105](https://example.nl)'), [remarkKamerstukken]);
    expect(html.match(/<a /g)).toHaveLength(1);
  });

  it('gives the new link and its text source positions', () => {
    const file = makeFile('Regel een.\nZie Kamerstuk 25 295, nr. 315.');
    let position: unknown;
    markdownToHtml(file, [
      remarkKamerstukken,
      () => (tree: import('mdast').Root) => {
        const paragraph = tree.children[0];
        if (paragraph?.type === 'paragraph') position = paragraph.children.find((node) => node.type === 'link')?.position;
      },
    ]);
    expect(position).toEqual({ start: { line: 2, column: 5, offset: 15 }, end: { line: 2, column: 30, offset: 40 } });
  });

  it('runs after the redaction plugin without touching the marks', () => {
    const { html } = markdownToHtml(makeFile('(10)(2e) stuurde TK 2015-2016, 34 104, nr. 105.'), [
      [remarkWooRedactions, { legend: false }],
      remarkKamerstukken,
    ]);
    expect(html).toContain('data-woo-grond="10.2.e"');
    expect(html).toContain('<a href="https://zoek.officielebekendmakingen.nl/kst-34104-105.html">TK 2015-2016, 34 104, nr. 105</a>');
  });

  it('works in an MDX pipeline, also inside JSX, but not inside a JSX link', async () => {
    const html = await mdxToHtml(
      makeFile('Zie TK 2015-2016, 34 104, nr. 105.\n\n<aside>Kamerstuk 25 295, nr. 315</aside>\n\n<a href="/x">Kamerstuk 25 295, nr. 315</a>\n', undefined, 'x.mdx'),
      [remarkGfm, remarkKamerstukken],
    );
    expect(html).toContain('<a href="https://zoek.officielebekendmakingen.nl/kst-34104-105.html">TK 2015-2016, 34 104, nr. 105</a>');
    expect(html).toContain('<aside><a href="https://zoek.officielebekendmakingen.nl/kst-25295-315.html">Kamerstuk 25 295, nr. 315</a></aside>');
    expect(html).toContain('<a href="/x">Kamerstuk 25 295, nr. 315</a>');
  });
});
