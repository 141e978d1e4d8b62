/**
 * `npm run check` refuses raw HTML that would be removed (script, iframe, style, object, embed,
 * on* attributes) and URLs other than http, https, mailto, tel and site-relative, in public and
 * internal entries, `.md` and `.mdx`, with `path:line`.
 */
import { describe, expect, it } from 'vitest';
// What `npm run check` writes out, in-process (tests/check/check.test.ts runs the command itself).
import { checkContent as check } from '../helpers.ts';

/** A Q&A whose body starts on line 8 of the file. */
const vraag = (zichtbaarheid: string, body: string) =>
  `---\ntitel: Een vraag over bezoek?\nstatus: vastgesteld\nlaatstGecontroleerd: 2020-06-02\ndoelgroepen: [ouderen]\nzichtbaarheid: ${zichtbaarheid}\n---\n${body}\n`;

describe('npm run check: unsafe content', () => {
  it('refuses a raw <script>, an on* handler and an <iframe> in a public entry, with path:line', async () => {
    const { code, stderr } = await check({
      'content/vragen/bezoek.md': vraag('publiek', 'Antwoord.\n\n<script>alert(1)</script>\n\n<img src="/x.png" onerror="alert(1)">\n\n<iframe src="https://example.nl/"></iframe>'),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/vragen\/bezoek\.md:10: body: HTML-element <script> is niet toegestaan/);
    expect(stderr).toMatch(/content\/vragen\/bezoek\.md:12: body: attribuut "onerror" op HTML-element <img> is niet toegestaan/);
    expect(stderr).toMatch(/content\/vragen\/bezoek\.md:14: body: HTML-element <iframe> is niet toegestaan/);
  });

  it('refuses javascript: and other schemes in Markdown links, definitions and HTML, also in internal entries', async () => {
    const { code, stderr } = await check({
      'content/vragen/bezoek.md': vraag(
        'intern',
        [
          '[klik](javascript:alert(1))', // 8
          '', // 9
          '[verborgen][x] en <a href="&#106;avascript:alert(2)">html</a>', // 10
          '', // 11
          '[x]: JaVaScRiPt:alert(3)', // 12
          '', // 13
          '[data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox)', // 14
          '', // 15
          '`[in code](javascript:alert(4))` [goed](/maatregelen/herstart-dagbesteding/) [mail](mailto:info@minvws.nl) [bel](tel:0703407911)', // 16
        ].join('\n'),
      ),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/vragen\/bezoek\.md:8: body: onveilige link "javascript:alert\(1\)": alleen http:, https:, mailto:, tel: en links binnen de site/);
    expect(stderr).toMatch(/bezoek\.md:10: body: onveilige link "javascript:alert\(2\)"/);
    expect(stderr).toMatch(/bezoek\.md:12: body: onveilige link "JaVaScRiPt:alert\(3\)"/);
    expect(stderr).toMatch(/bezoek\.md:14: body: onveilige link "data:text\/html/);
    expect(stderr).toMatch(/bezoek\.md:14: body: onveilige link "vbscript:msgbox"/);
    expect(stderr).not.toMatch(/bezoek\.md:16:/);
  });

  it('refuses <script>, on* attributes and javascript: in .mdx files', async () => {
    const { code, stderr } = await check({
      'content/vragen/bezoek.mdx': vraag('intern', 'Antwoord.\n\n<script>{"alert(1)"}</script>\n\n<div onClick={() => alert(2)}>x</div>\n\n<a href="javascript:alert(3)">y</a>'),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/vragen\/bezoek\.mdx:10: body: JSX-element <script> is niet toegestaan/);
    expect(stderr).toMatch(/bezoek\.mdx:12: body: attribuut "onclick" op JSX-element <div> is niet toegestaan/);
    expect(stderr).toMatch(/bezoek\.mdx:14: body: onveilige link "javascript:alert\(3\)"/);
  });

  it('accepts harmless HTML, code about scripts, and safe links', async () => {
    const { code, stderr } = await check({
      'content/vragen/bezoek.md': vraag('publiek', 'CO<sub>2</sub> en `<script>` in code.\n\n```html\n<script>alert(1)</script>\n```\n\n[web](https://www.rijksoverheid.nl/) [site](/maatregelen/herstart-dagbesteding/#kop) [anker](#kop)'),
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
