import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  describeGround,
  findRedactions,
  grounds,
  lookupGround,
  normaliseGroundCode,
  offsetToPoint,
  remarkWooRedactions,
  type Options,
} from '../../src/markdown/remark-woo-redactions/index.ts';
import { describeFixtures, makeFile, markdownToHtml, mdxToHtml } from './helpers.ts';

describeFixtures('remark-woo-redactions', (options) => [[remarkWooRedactions, options as Options | undefined]]);

const codes = (text: string) => findRedactions(text).map((match) => match.code);

describe('findRedactions', () => {
  it('recognises every written form and normalises the code', () => {
    expect(codes('(10)(2e) (10) (2e) (10)(2)(e) 10.2.e 10.2e [10.2.e] [10.2e]')).toEqual([
      '10.2.e',
      '10.2.e',
      '10.2.e',
      '10.2.e',
      '10.2.e',
      '10.2.e',
      '10.2.e',
    ]);
    expect(codes('5.1.2e 5.1.2.e [5.1.2e] [5.1.2.e] 5.1.1c [5.1.5] [5.2] [5.2.1] (11)(1) [11.1]')).toEqual([
      '5.1.2e',
      '5.1.2e',
      '5.1.2e',
      '5.1.2e',
      '5.1.1c',
      '5.1.5',
      '5.2',
      '5.2',
      '11.1',
      '11.1',
    ]);
    expect(codes('[redacted] [REDACTED] [weggelakt] [gelakt]')).toEqual(['weggelakt', 'weggelakt', 'weggelakt', 'weggelakt']);
  });

  it('returns offsets into the searched text, usable for file:line reports', () => {
    const body = 'Eerste regel.\nVan: (10)(2e) <[redacted]@minvws.nl>';
    const [first, second] = findRedactions(body);
    expect(first).toMatchObject({ raw: '(10)(2e)', start: 19, end: 27, form: 'parentheses' });
    expect(body.slice(first!.start, first!.end)).toBe('(10)(2e)');
    expect(second).toMatchObject({ raw: '[redacted]', form: 'word', code: 'weggelakt' });
    expect(offsetToPoint(body, second!.start)).toMatchObject({ line: 2, column: 16 });
  });

  it('marks redactions directly inside e-mail addresses', () => {
    expect(findRedactions('(10)(2e)@minvws.nl').map((m) => m.raw)).toEqual(['(10)(2e)']);
    expect(findRedactions('[redacted]@minvws.nl').map((m) => m.raw)).toEqual(['[redacted]']);
    expect(findRedactions('5.1.2e@iederin.nl').map((m) => m.raw)).toEqual(['5.1.2e']);
  });

  it('reports unknown grounds in unambiguous forms without a ground', () => {
    const unknown = findRedactions('(10)(2z) 5.1.3a 5.1.2k [5.1.9] 10.3.a [10.2]');
    expect(unknown.map((m) => [m.raw, m.code, m.ground])).toEqual([
      ['(10)(2z)', '10.2.z', undefined],
      ['5.1.3a', '5.1.3a', undefined],
      ['5.1.2k', '5.1.2k', undefined],
      ['[5.1.9]', '5.1.9', undefined],
      ['10.3.a', '10.3.a', undefined],
      ['[10.2]', '10.2', undefined],
    ]);
  });

  it.each([
    ['dates', 'op 5.1.2020, 1-6-2020, 15.6.2020 en 10.2.2021'],
    ['amounts', '€ 5.1 mln, 10,2 procent, 10.2 miljoen, 10.2m'],
    ['article numbers', 'artikel 5.1, artikel 10, tweede lid, artikel 5.1.2e, paragraaf 5.1.2, hoofdstuk 10.2, § 10.2.e'],
    ['versions and tables', 'versie 5.1, versie 10.2e, tabel 5.1.2a, figuur 10.1.c'],
    ['prose about a ground', 'gelakt op grond van 5.1.2e; zie 10.2.e Wob; 5.1.2i Woo'],
    ['list numbering', '1. Eerste\n2) Tweede\n(2e) ronde'],
    ['phone numbers and postcodes', '070 340 79 11, 06-12345678, 2511 VX Den Haag'],
    ['brackets that are no ground', '[5.1] [5.3] [12.3] [1] [10] Ieder(in)'],
    ['kenmerken and Kamerstukken', '954002-149168-DMO, TK 2015-2016, 34 104, nr. 105'],
  ])('does not match %s', (_name, text) => {
    expect(findRedactions(text)).toEqual([]);
  });
});

describe('grounds', () => {
  it('covers Woo 5.1 lid 1 a–e, lid 2 a–i, 5.1.5, 5.2 and Wob 10 lid 1 a–d, lid 2 a–g, 11.1', () => {
    const expected = [
      ...'abcde'.split('').map((letter) => `5.1.1${letter}`),
      ...'abcdefghi'.split('').map((letter) => `5.1.2${letter}`),
      '5.1.5',
      '5.2',
      ...'abcd'.split('').map((letter) => `10.1.${letter}`),
      ...'abcdefg'.split('').map((letter) => `10.2.${letter}`),
      '11.1',
      'weggelakt',
    ];
    expect(grounds.map((ground) => ground.code)).toEqual(expected);
    for (const ground of grounds) expect(ground.label.length).toBeGreaterThan(5);
  });

  it('has the official labels', () => {
    expect(lookupGround('5.1.2e')?.label).toBe('Eerbiediging van de persoonlijke levenssfeer');
    expect(lookupGround('5.1.2i')?.label).toBe(
      'Het goed functioneren van de Staat, andere publiekrechtelijke lichamen of bestuursorganen',
    );
    expect(lookupGround('(10)(2e)')?.article).toBe('artikel 10, tweede lid, onderdeel e, Wob');
    expect(lookupGround('weggelakt')?.label).toBe('Weggelakt (grond niet vermeld)');
  });

  it('looks codes up in any accepted spelling', () => {
    for (const spelling of ['5.1.2e', '5.1.2.e', '[5.1.2e]', '5.1.2E']) expect(lookupGround(spelling)?.code).toBe('5.1.2e');
    for (const spelling of ['(10)(2e)', '10.2.e', '10.2e', '(10)(2)(e)']) expect(lookupGround(spelling)?.code).toBe('10.2.e');
    expect(normaliseGroundCode('[5.2.1]')).toBe('5.2');
    expect(lookupGround('5.1.2k')).toBeUndefined();
    expect(lookupGround('10.2.z')).toBeUndefined();
  });

  it('describes a ground for screen readers', () => {
    expect(describeGround(lookupGround('5.1.2e')!)).toBe(
      'Weggelakt op grond van 5.1.2e Woo: eerbiediging van de persoonlijke levenssfeer',
    );
  });
});

describe('remarkWooRedactions', () => {
  it('records the distinct grounds on file.data.wooGronden in order of first use', () => {
    const { file } = markdownToHtml(makeFile('[redacted], (10)(2e), 5.1.2e, (10)(2e) en [REDACTED].'), [remarkWooRedactions]);
    expect(file.data.wooGronden).toEqual(['weggelakt', '10.2.e', '5.1.2e']);
  });

  it('sets an empty list and adds no legend when there are no redactions', () => {
    const { html, file } = markdownToHtml(makeFile('Niets gelakt op 5.1.2020.'), [remarkWooRedactions]);
    expect(file.data.wooGronden).toEqual([]);
    expect(html).not.toContain('woo-legenda');
  });

  it('fails on an unknown ground, naming line and column', () => {
    const file = makeFile('# Verslag\n\nAanwezig: (10)(2e) en (10)(2z).\n');
    let error: unknown;
    try {
      markdownToHtml(file, [remarkWooRedactions]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    const message = error as Error & { line?: number; column?: number; ruleId?: string };
    expect(message.message).toBe(
      'Onbekende Woo-grond "(10)(2z)": gebruik een grond uit artikel 5.1 of 5.2 Woo, of artikel 10 of 11 Wob (regel 3, kolom 23)',
    );
    expect(message.line).toBe(3);
    expect(message.column).toBe(23);
    expect(message.ruleId).toBe('onbekende-grond');
    const recorded = file.messages.filter((m) => m.ruleId === 'onbekende-grond' && m.fatal === true);
    expect(recorded.map((m) => `${m.line}:${m.column}`)).toContain('3:23');
  });

  it('lists every unknown ground in one failure', () => {
    const file = makeFile('Eerst 5.1.2k.\n\nDan [5.1.9] en\n5.1.3a.\n');
    expect(() => markdownToHtml(file, [remarkWooRedactions])).toThrowError(
      /3 onbekende Woo-gronden:\n- regel 1, kolom 7: .*"5\.1\.2k".*\n- regel 3, kolom 5: .*"\[5\.1\.9\]".*\n- regel 4, kolom 1: .*"5\.1\.3a"/,
    );
  });

  it('keeps exact columns after escapes and character references', () => {
    const file = makeFile('A \\* &amp; B (10)(2z)\n');
    expect(() => markdownToHtml(file, [[remarkWooRedactions, { onUnknown: 'warn' }]])).not.toThrow();
    expect(file.messages.map((m) => [m.line, m.column, m.fatal])).toEqual([[1, 14, false]]);
  });

  it('only warns with onUnknown: warn, and leaves the unknown code as text', () => {
    const { html, file } = markdownToHtml(makeFile('Eerst (10)(2z).'), [[remarkWooRedactions, { onUnknown: 'warn' }]]);
    expect(html).toBe('<p>Eerst (10)(2z).</p>');
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]?.fatal).toBe(false);
  });

  it('does not mark codes inside inline code, code blocks or URLs', () => {
    const { html } = markdownToHtml(
      makeFile('`5.1.2e` [x](https://example.nl/5.1.2e) <https://example.nl/10.2.e>\n\n```\n(10)(2e)\n```'),
      [remarkWooRedactions],
    );
    expect(html).not.toContain('woo-lakking');
    expect(html).toContain('href="https://example.nl/5.1.2e"');
  });

  it('gives each mark an accessible text and hides the code from screen readers', () => {
    const { html } = markdownToHtml(makeFile('Dank je [5.1.2e].'), [[remarkWooRedactions, { legend: false }]]);
    expect(html).toBe(
      '<p>Dank je <span class="woo-lakking" data-woo-grond="5.1.2e" data-woo-origineel="[5.1.2e]" title="5.1.2e Woo: Eerbiediging van de persoonlijke levenssfeer">' +
        '<span aria-hidden="true">[5.1.2e]</span>' +
        '<span class="sr-only" data-pagefind-ignore="">Weggelakt op grond van 5.1.2e Woo: eerbiediging van de persoonlijke levenssfeer</span></span>.</p>',
    );
  });

  it('works in an MDX pipeline (no raw html nodes)', async () => {
    const html = await mdxToHtml(makeFile('Dank je (10)(2e), zie <abbr title="Wet open overheid">Woo</abbr>.\n\n[redacted]@minvws.nl\n', undefined, 'x.mdx'), [
      remarkGfm,
      remarkWooRedactions,
    ]);
    expect(html).toContain(
      '<span class="woo-lakking" data-woo-grond="10.2.e" data-woo-origineel="(10)(2e)" title="10.2.e Wob: Eerbiediging van de persoonlijke levenssfeer"><span aria-hidden="true">(10)(2e)</span>',
    );
    expect(html).toContain('<abbr title="Wet open overheid">Woo</abbr>');
    expect(html).toContain('@minvws.nl');
    expect(html).toContain('<aside class="woo-legenda" aria-label="Gebruikte Woo-gronden" data-pagefind-ignore="">');
    expect(html).toContain('<dt>10.2.e</dt><dd>Eerbiediging van de persoonlijke levenssfeer (artikel 10, tweede lid, onderdeel e, Wob)</dd>');
  });

  it('fails in an MDX pipeline too, with the position of the unknown code', async () => {
    await expect(mdxToHtml(makeFile('<div>\n  Van (10)(2z)\n</div>\n', undefined, 'x.mdx'), [remarkWooRedactions])).rejects.toMatchObject({
      line: 2,
      column: 7,
      ruleId: 'onbekende-grond',
    });
  });

  it('emits no html nodes into the mdast', () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkWooRedactions);
    const tree = processor.runSync(processor.parse('(10)(2e) en [redacted]@minvws.nl'), makeFile(''));
    expect(JSON.stringify(tree)).not.toContain('"type":"html"');
  });
});
