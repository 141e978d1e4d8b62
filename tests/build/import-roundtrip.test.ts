/**
 * The round trip through a real build: the letter and the minutes imported from .docx (made by
 * LibreOffice) into a copy of the example content, then `npm run build`. Each imported passage's
 * page shows its section's text word for word, with the Kamerstuk citation linked and the
 * footnotes as footnotes; the new route-map version is there; nothing imported is in the public
 * edition. Skipped (with a warning) without LibreOffice, failing in CI.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.ts';
import type { ImportReport } from '../../src/import/report.ts';
import { ROOT, runScript, tempDir } from '../helpers.ts';
import { LETTER_HTML, LETTER_SECTIONS, MINUTES_HTML, findSoffice, toDocx } from '../import/fixtures.ts';

const soffice = findSoffice();
if (!soffice) {
  const message = 'LibreOffice ontbreekt (soffice niet gevonden): de bouwtest van geïmporteerde .docx-bestanden draait NIET. Installeer het met: apt-get install -y libreoffice-writer.';
  if (process.env['CI']) throw new Error(message);
  console.warn(`\n${'!'.repeat(100)}\n${message}\n${'!'.repeat(100)}\n`);
}

const PEILDATUM = '2020-05-26';
/** The first element that `test` accepts. */
function find(tree: Root | Element, test: (element: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (node) => {
    if (!found && test(node)) found = node;
  });
  return found;
}
const classes = (element: Element) => (Array.isArray(element.properties['className']) ? element.properties['className'].map(String) : []);

(soffice ? describe : describe.skip)('imported drafts in a real build', () => {
  let dist: string;
  let letter: ImportReport;
  let build: ReturnType<typeof runScript>;
  beforeAll(async () => {
    const docx = toDocx(soffice!, { brief: LETTER_HTML, verslag: MINUTES_HTML });
    const dir = tempDir('wegwijs-import-build-');
    const content = path.join(dir, 'content');
    cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    const options = { contentDir: content, today: '2026-12-05', peildatum: PEILDATUM };
    letter = await importDocument({ ...options, file: docx['brief']! });
    await importDocument({ ...options, file: docx['verslag']!, routekaart: 'continuiteit-van-zorg-maart-2020', fase: 'deze-week' });
    dist = path.join(dir, 'dist');
    build = runScript('build.ts', { WEGWIJS_CONTENT: content, WEGWIJS_DIST: dist, WEGWIJS_STAGING: path.join(dir, 'staging'), WEGWIJS_PEILDATUM: PEILDATUM }, ['--quiet']);
  }, 900_000);

  it('builds', () => {
    expect(build.output).not.toMatch(/problemen? in \d+ bestand/);
    expect(build.code).toBe(0);
  });

  it("each passage's page shows its section's text, word for word, with citations linked and footnotes", () => {
    const passages = letter.items.filter((i) => i.collection === 'passages');
    expect(passages).toHaveLength(LETTER_SECTIONS.length);
    for (const [i, item] of passages.entries()) {
      const page = fromHtml(readFileSync(path.join(dist, 'intern', 'passages', item.id, 'index.html'), 'utf8'));
      const text = find(page, (e) => e.properties['id'] === 'passage-tekst');
      expect(text, item.id).toBeDefined();
      // The passage as shown, without the footnote list, equals the section without its note anchors and the page header.
      const shown = structuredClone(text!);
      const notes = find(shown, (e) => e.tagName === 'section' && (classes(e).includes('footnotes') || e.properties['dataFootnotes'] !== undefined));
      if (notes) notes.children = [];
      // Footnote references (<sup><a data-footnote-ref>1</a></sup>) are not part of the sentence.
      visit(shown, 'element', (node) => {
        if (node.tagName === 'sup' && node.children.some((c) => c.type === 'element' && c.properties['dataFootnoteRef'] !== undefined)) node.children = [];
      });
      const expected = fromHtml(LETTER_SECTIONS[i]!.html.replace(/<p>Kenmerk<br>954002-149168-DMO<\/p>\s*<p>2<\/p>/, '').replace(/<a class="sdfootnoteanc"[^>]*><sup>\d<\/sup><\/a>/g, ''), { fragment: true });
      const strip = (t: string) => t.replace(/\s+/g, '');
      expect(strip(toText(expected)).length).toBeGreaterThan(100);
      expect(strip(toText(shown))).toBe(strip(toText(expected)));
    }
    const inleiding = readFileSync(path.join(dist, 'intern', 'passages', passages[0]!.id, 'index.html'), 'utf8');
    expect(inleiding).toContain('href="https://zoek.officielebekendmakingen.nl/kst-34104-105.html"');
    expect(inleiding).toMatch(/data-footnotes|class="footnotes"/);
  });

  it('the route map shows its new version, and nothing imported is in the public edition', () => {
    const map = readFileSync(path.join(dist, 'intern', 'routekaarten', 'continuiteit-van-zorg-maart-2020', 'index.html'), 'utf8');
    expect(map).toContain('Persbericht hoeft niet per se voor debat uit. (actie MEVA en Dco)');
    for (const item of letter.items.filter((i) => i.collection === 'passages')) expect(existsSync(path.join(dist, 'publiek', 'passages', item.id))).toBe(false);
  });
});
