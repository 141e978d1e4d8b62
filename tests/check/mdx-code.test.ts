/**
 * MDX is code: `npm run check` refuses every `{…}` expression (also `{process.env.X}`),
 * `import`/`export`, an unknown component and a `{…}` attribute value in `.mdx` entries, public
 * and internal alike, with `path:line` and a Dutch message; plain `.mdx` text and lower-case
 * HTML with string attributes pass.
 */
import { describe, expect, it } from 'vitest';
import { PLANTED_MDX as PLANTED, minimalContent, runScript, writeTree } from '../helpers.ts';

function check(files: Record<string, string>) {
  const dir = writeTree({ ...Object.fromEntries(Object.entries(minimalContent()).map(([k, v]) => [`content/${k}`, v])), ...files });
  return runScript('check.ts', { WEGWIJS_CONTENT: `${dir}/content`, WEGWIJS_PEILDATUM: '2020-06-10', WEGWIJS_TEST_SECRET: 'geheim-token-93475' });
}

/** A Q&A whose body starts on line 8 of the file. */
const vraag = (zichtbaarheid: string, body: string) =>
  `---\ntitel: Een vraag over bezoek?\nstatus: vastgesteld\nlaatstGecontroleerd: 2020-06-02\ndoelgroepen: [ouderen]\nzichtbaarheid: ${zichtbaarheid}\n---\n${body}\n`;



describe('npm run check: code in .mdx', () => {
  for (const zichtbaarheid of ['publiek', 'intern']) {
    it(`refuses an expression, import, export, attribute expression and unknown component in a ${zichtbaarheid} entry, each with path:line`, () => {
      const { code, stderr, stdout } = check({ 'content/vragen/bezoek.mdx': vraag(zichtbaarheid, PLANTED) });
      expect(code).toBe(1);
      expect(stderr).toMatch(/content\/vragen\/bezoek\.mdx:8: body: MDX-expressie \{process\.env\.WEGWIJS_TEST_SECRET\} is niet toegestaan: een tekst mag geen code uitvoeren/);
      expect(stderr).toMatch(/content\/vragen\/bezoek\.mdx:10: body: "import fs from 'node:fs'": import is niet toegestaan in een tekst/);
      expect(stderr).toMatch(/content\/vragen\/bezoek\.mdx:12: body: "export const geheim = 1": export is niet toegestaan in een tekst/);
      expect(stderr).toMatch(/content\/vragen\/bezoek\.mdx:14: body: attribuut href=\{"https:\/\/example\.nl\/" \+ 1\} op <a>: een waarde tussen \{ \} is code/);
      expect(stderr).toMatch(/content\/vragen\/bezoek\.mdx:16: body: onbekend component <Waarschuwing>/);
      expect(`${stdout}${stderr}`).not.toContain('geheim-token-93475');
    });
  }

  it('refuses a spread attribute, a fragment and an MDX comment', () => {
    const { code, stderr } = check({ 'content/vragen/bezoek.mdx': vraag('intern', 'Tekst {/* notitie */}\n\n<div {...props}>x</div>\n\n<>y</>') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/bezoek\.mdx:8: body: MDX-commentaar/);
    expect(stderr).toMatch(/bezoek\.mdx:10: body: \{\.\.\.props\} op <div> is code/);
    expect(stderr).toMatch(/bezoek\.mdx:12: body: een leeg JSX-element <>…<\/> is niet toegestaan/);
  });

  it('accepts .mdx with plain text, escaped braces and lower-case HTML with string attributes', () => {
    const { code, output } = check({
      'content/vragen/bezoek.mdx': vraag('publiek', 'Een accolade \\{ zo \\} en <abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr>.\n\n<details><summary>Meer</summary>Tekst.</details>'),
    });
    expect(output).toContain('Inhoud in orde');
    expect(code).toBe(0);
  });

  it('the same body in .md is text, not code', () => {
    const { code } = check({ 'content/vragen/bezoek.md': vraag('publiek', 'Stand: {process.env.WEGWIJS_TEST_SECRET} en <Waarschuwing>x</Waarschuwing>') });
    expect(code).toBe(0);
  });
});
