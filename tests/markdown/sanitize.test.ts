/**
 * Hostile entry bodies through the real pipeline: Astro's own Markdown processor
 * (@astrojs/markdown-remark, raw HTML allowed, rehype-raw at the end) and its MDX processor, with
 * the plugins of src/markdown/pipeline.ts. Nothing executable may reach the HTML.
 */
import { createMarkdownProcessor, unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypePlugins, remarkPlugins } from '../../src/markdown/pipeline.ts';
import { remarkMdxGuard } from '../../src/markdown/remark-mdx-guard/index.ts';

const hostile = [
  '# Kop',
  '',
  'Gewone tekst met <sub>2</sub> en [5.1.2e].',
  '',
  '<script>alert("script")</script>',
  '',
  '<img src="x" onerror="alert(\'onerror\')"> en <svg onload="alert(1)"></svg>',
  '',
  '<iframe src="https://evil.example/"></iframe><object data="x.swf"></object><embed src="x.swf"><style>body{display:none}</style>',
  '',
  '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](&#106;avascript:alert(1)) [d](data:text/html;base64,PHNjcmlwdD4=) [e](vbscript:msgbox(1)) [f]( java%0ascript:alert(1))',
  '',
  '<a href="javascript:alert(2)">g</a> <a href="&#106;avascript:alert(3)">h</a> <a href="jav&#x09;ascript:alert(4)">i</a> <a href="https://example.nl/" onclick="alert(5)">j</a>',
  '',
  '[k][ref] ![l](javascript:alert(6))',
  '',
  '[ref]: javascript:alert(7)',
  '',
  '<div onmouseover="alert(8)" style="position:fixed">div</div> <form action="javascript:alert(9)"><button formaction="javascript:x">b</button></form>',
  '',
  '[goed](/maatregelen/herstart-dagbesteding/) [mail](mailto:info@minvws.nl) [bel](tel:0703407911) [web](https://www.rijksoverheid.nl/)',
].join('\n');

function expectHarmless(html: string): void {
  const lower = html.toLowerCase();
  for (const bad of ['<script', '<iframe', '<object', '<embed', '<style', '<svg', '<form', 'onerror', 'onload', 'onclick', 'onmouseover', 'javascript:', 'vbscript:', 'data:text', 'style="position', 'alert(']) {
    expect(lower, bad).not.toContain(bad);
  }
  // Every URL attribute that is left is http(s), mailto, tel or relative.
  for (const [, url] of html.matchAll(/\s(?:href|src|action|formaction)="([^"]*)"/g)) expect(url).toMatch(/^(?:https?:|mailto:|tel:|\/|#|[^:]*$)/);
}

describe('sanitising in Astro\'s Markdown processor', () => {
  it('removes scripts, handlers, frames and unsafe URLs, keeps text, our marks and safe links', async () => {
    const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins, syntaxHighlight: false });
    for (const zichtbaarheid of ['publiek', 'intern']) {
      const { code } = await processor.render(hostile, { frontmatter: { zichtbaarheid } });
      expectHarmless(code);
      expect(code).toContain('<sub>2</sub>');
      expect(code).toContain('class="woo-lakking"');
      expect(code).toContain('<aside class="woo-legenda"');
      expect(code).toContain('href="mailto:info@minvws.nl"');
      expect(code).toContain('href="tel:0703407911"');
      expect(code).toContain('href="https://www.rijksoverheid.nl/"');
      expect(code).toMatch(/href="[^"]*\/maatregelen\/herstart-dagbesteding\/"/);
      expect(code).toContain('href="https://example.nl/"');
      // Link texts stay readable.
      for (const text of ['>a</a>', '>g</a>', '>j</a>', '>div<']) expect(code).toContain(text);
    }
  });

  it('keeps footnotes, GFM tables, task lists and highlighted code working', async () => {
    const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins });
    const { code } = await processor.render(
      'Tekst[^1].\n\n| a | b |\n|:--|--:|\n| c | d |\n\n- [x] klaar\n\n```js\nconst a = 1;\n```\n\n[^1]: Voetnoot.\n',
      { frontmatter: {} },
    );
    expect(code).toContain('<th align="left">a</th>');
    expect(code).toContain('<input type="checkbox" checked disabled>');
    expect(code).toMatch(/<pre class="astro-code [^"]*" style="[^"]*"/);
    const ref = /<a href="#([^"]+)" id="([^"]+)" data-footnote-ref="" aria-describedby="([^"]+)">1<\/a>/.exec(code);
    expect(ref).not.toBeNull();
    expect(code).toContain(`<li id="${ref![1]}">`);
    expect(code).toContain(`href="#${ref![2]}"`);
    expect(code).toContain(`id="${ref![3]}"`);
  });

  it('prefixes ids from raw HTML against DOM clobbering', async () => {
    const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins, syntaxHighlight: false });
    const { code } = await processor.render('<img id="location" name="cookie" src="/x.png">\n', { frontmatter: {} });
    expect(code).toContain('id="user-content-location"');
    expect(code).toContain('name="user-content-cookie"');
  });
});

describe('sanitising in Astro\'s MDX processor', () => {
  it('removes script and iframe elements, on* attributes and unsafe URLs from JSX', async () => {
    // The sanitiser on its own: the MDX guard (first of remarkPlugins) would refuse the `{…}`
    // below before it got here (tests/markdown/mdx-guard.test.ts); this line must hold without it.
    const withoutGuard = remarkPlugins.filter((plugin) => plugin !== remarkMdxGuard);
    const processor = unified({ remarkPlugins: withoutGuard, rehypePlugins, smartypants: false });
    const renderer = await processor.createMdxRenderer!({ syntaxHighlight: false } as never, { optimize: false, srcDir: new URL('file:///tmp/') } as never);
    const mdx = [
      'Tekst',
      '',
      '<script>{"alert(1)"}</script>',
      '',
      '<img src="x.png" onerror="alert(2)" />',
      '',
      '<a href="javascript:alert(3)">x</a> [y](javascript:alert(4)) <a href={"javascript:alert(5)"}>z</a> <a href="https://example.nl/">w</a>',
      '',
      '<iframe src="https://evil.example/" />',
      '',
      '<div onClick={() => alert(6)}>div</div>',
    ].join('\n');
    const { code } = await renderer.process(mdx, '/tmp/x.mdx', { zichtbaarheid: 'publiek' });
    const lower = code.toLowerCase();
    for (const bad of ['"script"', '"iframe"', 'onerror', 'onclick', 'javascript:', 'alert(']) expect(lower, bad).not.toContain(bad);
    expect(code).toContain('"https://example.nl/"');
    expect(code).toContain('"x.png"');
  });
});
