import { describe, expect, it } from 'vitest';
import { bodyElements, bodyLinks, bodyUrls, isSafeUrl, plainText, sentences } from '../../src/domain/body.ts';

describe('bodyLinks', () => {
  it('finds inline links with their 1-based line, not links in inline or fenced code', () => {
    const body = [
      'Zie `[code](/maatregelen/in-code/)` en [de maatregel](/maatregelen/echt/).', // 1
      '', // 2
      '```md', // 3
      '[fenced](/maatregelen/in-fence/)', // 4
      '```', // 5
      '', // 6
      '    [ingesprongen](/maatregelen/indented/)', // 7
      '', // 8
      'En [nog een](/doelgroepen/ouderen/ "titel").', // 9
    ].join('\n');
    expect(bodyLinks(body)).toEqual([
      { url: '/maatregelen/echt/', line: 1 },
      { url: '/doelgroepen/ouderen/', line: 9 },
    ]);
  });

  it('resolves reference-style links (full, collapsed, shortcut) to their definition, at the reference line', () => {
    const body = ['Eerst tekst.', '', 'Zie [de maatregel][m] en [Ouderen][].', 'Ook [m].', '', '[m]: /maatregelen/herstart/', '[ouderen]: </doelgroepen/ouderen/>', '[ongebruikt]: /bronnen/x/'].join('\n');
    expect(bodyLinks(body)).toEqual([
      { url: '/maatregelen/herstart/', line: 3 },
      { url: '/doelgroepen/ouderen/', line: 3 },
      { url: '/maatregelen/herstart/', line: 4 },
      { url: '/bronnen/x/', line: 8 },
    ]);
  });

  it('finds autolinks, not raw HTML anchors or text that merely looks like a link', () => {
    const body = 'Mail <info@example.nl> of https://www.rijksoverheid.nl.\n\n<a href="/maatregelen/html/">html</a> en \\[geen](/maatregelen/escaped/)';
    expect(bodyLinks(body).map((l) => l.url)).toEqual(['mailto:info@example.nl', 'https://www.rijksoverheid.nl']);
  });

  it('reads MDX leniently: links inside JSX count, expressions are not links, broken MDX still gives links', () => {
    const mdx = 'import X from "./x.ts"\n\n<Kader>\n  [in jsx](/maatregelen/a/)\n</Kader>\n\n{"[geen](/maatregelen/b/)"}';
    expect(bodyLinks(mdx, { mdx: true })).toEqual([{ url: '/maatregelen/a/', line: 4 }]);
    const broken = 'Tekst met {onafgesloten expressie\n\n[link](/maatregelen/c/)';
    expect(() => bodyLinks(broken, { mdx: true })).not.toThrow();
    expect(bodyLinks(broken, { mdx: true })).toEqual([{ url: '/maatregelen/c/', line: 3 }]);
  });
});

describe('plainText and sentences', () => {
  const body = [
    '# Kop',
    '',
    'Een **vetgedrukte** zin met [een link](https://example.nl) en `code`.',
    'Tweede regel; derde deel!',
    '',
    '<script>alert(1)</script>',
    '',
    '<span class="x">inline</span> html',
    '',
    '```js',
    'const geheim = 1;',
    '```',
    '',
    '- item een',
    '- item twee',
    '',
    '| a | b |',
    '|---|---|',
    '| c | d |',
    '',
    '![plaatje](/x.png)',
  ].join('\n');

  it('gives readable text without Markdown syntax, HTML or code blocks, blocks separated by a blank line', () => {
    expect(plainText(body)).toBe(
      'Kop\n\nEen vetgedrukte zin met een link en code.\nTweede regel; derde deel!\n\ninline html\n\nitem een\n\nitem twee\n\na b\n\nc d',
    );
  });

  it('splits sentences at punctuation and block boundaries', () => {
    expect(sentences(body)).toEqual(['Kop', 'Een vetgedrukte zin met een link en code.', 'Tweede regel;', 'derde deel!', 'inline html', 'item een', 'item twee', 'a b', 'c d']);
  });

  it('drops JSX tags, expressions and ESM in MDX but keeps the text inside components', () => {
    const mdx = 'import X from "./x.ts"\n\n<Kader titel="t">\n  Tekst *in* een kader.\n</Kader>\n\n{1 + 1}';
    expect(plainText(mdx, { mdx: true })).toBe('Tekst in een kader.');
  });
});

describe('bodyUrls, bodyElements and isSafeUrl', () => {
  it('finds URLs in links, images, definitions and raw HTML attributes (entities decoded)', () => {
    const body = '[a](javascript:alert(1)) ![b](data:image/png;base64,xx)\n\n[c]: vbscript:x\n\n<a href="&#106;avascript:alert(1)">x</a>';
    expect(bodyUrls(body).map((u) => [u.kind, u.url, u.line])).toEqual([
      ['link', 'javascript:alert(1)', 1],
      ['image', 'data:image/png;base64,xx', 1],
      ['definition', 'vbscript:x', 3],
      ['html', 'javascript:alert(1)', 5],
    ]);
  });

  it('finds raw HTML elements and JSX elements with attribute names', () => {
    expect(bodyElements('Tekst\n\n<script>x</script>\n\n<img src="x" onerror="alert(1)">').map((e) => [e.name, e.attributes, e.line])).toEqual([
      ['script', [], 3],
      ['img', ['src', 'onerror'], 5],
    ]);
    expect(bodyElements('<Kader onClick={x}>\n\n<iframe src="https://x" />\n\n</Kader>', { mdx: true }).map((e) => [e.name, e.attributes, e.line, e.kind])).toEqual([
      ['Kader', ['onclick'], 1, 'jsx'],
      ['iframe', ['src'], 3, 'jsx'],
    ]);
  });

  it('allows only http, https, mailto, tel and relative URLs', () => {
    for (const url of ['https://x.nl', 'http://x.nl', 'mailto:info@x.nl', 'tel:+31703407911', '/maatregelen/a/', '#kop', 'pad/naar', '?q=a:b'])
      expect(isSafeUrl(url), url).toBe(true);
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' java\nscript:x', '&#106;avascript:x', '&#x6A;avascript&colon;x', '&#0000106avascript:x', 'jav&NewLine;ascript:x', 'java&Tab;script&#58;x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd'])
      expect(isSafeUrl(url), url).toBe(false);
  });
});
