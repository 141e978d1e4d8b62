/**
 * The plugins in Astro's own Markdown processor (@astrojs/markdown-remark:
 * GFM, smartypants, remark-rehype with raw HTML, rehype-raw), with frontmatter
 * passed the way Astro passes it, and typed as Astro's `RemarkPlugins`.
 */
import { createMarkdownProcessor, type RemarkPlugins } from '@astrojs/markdown-remark';
import { describe, expect, it, vi } from 'vitest';
import { remarkKamerstukken } from '../../src/markdown/remark-kamerstukken/index.ts';
import { defaultAllow, remarkPrivacyGuard } from '../../src/markdown/remark-privacy-guard/index.ts';
import { remarkWooRedactions } from '../../src/markdown/remark-woo-redactions/index.ts';

const remarkPlugins: RemarkPlugins = [
  remarkWooRedactions,
  remarkKamerstukken,
  [remarkPrivacyGuard, { allow: [...defaultAllow, '030 720 00 00'] }],
];

describe('in Astro\'s Markdown processor', () => {
  it('renders marks, links and the legend, and passes a clean public text', async () => {
    const processor = await createMarkdownProcessor({ remarkPlugins, syntaxHighlight: false });
    const result = await processor.render(
      'Van: "(10)(2e)" <span>[redacted]</span> -- zie TK 2015-2016, 34 104, nr. 105; bel 030-720 00 00.\n',
      { frontmatter: { zichtbaarheid: 'publiek' } },
    );
    expect(result.code).toContain('data-woo-grond="10.2.e"');
    expect(result.code).toContain('<a href="https://zoek.officielebekendmakingen.nl/kst-34104-105.html">TK 2015-2016, 34 104, nr. 105</a>');
    expect(result.code).toContain('<aside class="woo-legenda" aria-label="Gebruikte Woo-gronden" data-pagefind-ignore="">');
  });

  it('fails the render of a public text with a personal e-mail address', async () => {
    // Astro logs the failure before rethrowing it; keep the test output quiet.
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const processor = await createMarkdownProcessor({ remarkPlugins, syntaxHighlight: false });
    const render = processor.render('Regel één.\n\nMail “j.jansen@minvws.nl”.\n', { frontmatter: { zichtbaarheid: 'publiek' } });
    await expect(render).rejects.toThrowError(/Persoonlijk e-mailadres "j\.jansen@minvws\.nl".*\(regel 3, kolom 7\)/);
    const intern = await processor.render('Mail j.jansen@minvws.nl.\n', { frontmatter: { zichtbaarheid: 'intern' } });
    expect(intern.code).toContain('j.jansen@minvws.nl');
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });
});
