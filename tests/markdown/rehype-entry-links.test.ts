/** rehype-entry-links: site-relative body links get a placeholder root, resolved per edition. */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeEntryLinks, resolveEntryLinks } from '../../src/markdown/rehype-entry-links/index.ts';

const render = (markdown: string) => String(unified().use(remarkParse).use(remarkRehype).use(rehypeEntryLinks).use(rehypeStringify).processSync(markdown));

describe('rehype-entry-links', () => {
  it('marks site-relative links and images, and leaves other URLs alone', () => {
    const html = render('[maatregel](/maatregelen/x/#fase) [extern](https://example.nl/a/) [host](//cdn.example.nl/a) [anker](#kop) [mail](mailto:info@vng.nl) ![beeld](/beeld.png)');
    expect(html).toContain('href="/__wegwijs__/maatregelen/x/#fase"');
    expect(html).toContain('src="/__wegwijs__/beeld.png"');
    expect(html).toContain('href="https://example.nl/a/"');
    expect(html).toContain('href="//cdn.example.nl/a"');
    expect(html).toContain('href="#kop"');
    expect(html).toContain('href="mailto:info@vng.nl"');
  });

  it('resolves the placeholder in attributes to the edition root, not in text', () => {
    const html = render('[maatregel](/maatregelen/x/) en `/__wegwijs__/` als code');
    expect(resolveEntryLinks(html, '/wegwijs/')).toContain('href="/wegwijs/maatregelen/x/"');
    expect(resolveEntryLinks(html, '/intern/')).toContain('href="/intern/maatregelen/x/"');
    expect(resolveEntryLinks(html, '/')).toContain('<code>/__wegwijs__/</code>');
  });
});
