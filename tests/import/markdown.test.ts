/** HTML → Markdown as the import writes it: redactions exactly as written, footnotes, tables, lists, emphasis. */
import { describe, expect, it } from 'vitest';
import { htmlToMdast } from '../../src/import/convert.ts';
import { markdownOf } from '../../src/import/markdown.ts';

const md = (html: string) => markdownOf(htmlToMdast(`<!doctype html><html><body>${html}</body></html>`).tree.children);

describe('import Markdown', () => {
  it('keeps every form of Woo redaction exactly as written', () => {
    const codes = ['(10)(2e)', '10.2.e', '5.1.2e', '[5.1.2e]', '[5.2]', '[redacted]', '[REDACTED]', '(10)(2e)@minvws.nl'];
    const out = md(`<p>${codes.join(' en ')} zijn weggelakt.</p>`);
    expect(out).toBe(`${codes.join(' en ')} zijn weggelakt.\n`);
  });
  it('keeps ampersands, addresses and citations readable', () => {
    expect(md('<p>Overleg met J&amp;V over Q&amp;A\'s, zie https://www.rijksoverheid.nl en TK 2015-2016, 34 104, nr. 105.</p>')).toBe(
      "Overleg met J&V over Q&A's, zie https://www.rijksoverheid.nl en TK 2015-2016, 34 104, nr. 105.\n",
    );
  });
  it('leaves a numbered link to a heading a link', () => {
    expect(md('<h2 id="h1">Inleiding</h2><p>Zie<sup><a href="#h1">1</a></sup>.</p>')).toBe('## Inleiding\n\nZie[1](#h1).\n');
  });
  it('turns footnotes into GFM footnotes, and keeps lists, tables and emphasis', () => {
    const out = md(
      '<p>Tekst<sup><a href="#fn1" id="r1">[1]</a></sup> met <em>nadruk</em> en <strong>vet</strong>.</p><ul><li>een</li><li>twee</li></ul><table><tr><td>A</td><td>B</td></tr><tr><td>1</td><td>2</td></tr></table><ol><li id="fn1"><p>TK 2015-2016, 34 104, nr. 105 <a href="#r1">↑</a></p></li></ol>',
    );
    expect(out).toBe('Tekst[^1] met *nadruk* en **vet**.\n\n- een\n- twee\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\n[^1]: TK 2015-2016, 34 104, nr. 105\n');
  });
  it('never drops an image unsaid: each one is named in the report with its description and heading', () => {
    const skipped: string[] = [];
    const tree = htmlToMdast('<!doctype html><html><body><p><img src="logo.png"></p><h2>Monitoring en informatie</h2><p>Zie de grafiek.</p><p><img src="grafiek.png" alt="Aantal  meldingen per week"></p></body></html>', skipped).tree;
    expect(markdownOf(tree.children)).toBe('## Monitoring en informatie\n\nZie de grafiek.\n');
    expect(skipped).toEqual([
      'afbeelding (zonder beschrijving) vóór de eerste kop: afbeeldingen worden niet geïmporteerd; zet hem zo nodig zelf in het concept',
      'afbeelding "Aantal meldingen per week" onder "Monitoring en informatie": afbeeldingen worden niet geïmporteerd; zet hem zo nodig zelf in het concept',
    ]);
  });
});
