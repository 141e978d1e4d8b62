/**
 * A real build with code planted in `.mdx` entries (a public and an internal one:
 * `{process.env.…}`, `import fs`, `export`, a `{…}` attribute, an unknown component) fails with
 * the checker's `path:line` messages; dist/ stays exactly as it was, and the secret value is in no
 * file the build wrote (dist/, staging, Astro's output and cache).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLANTED_MDX as PLANTED, minimalContent, runScript, tempDir, writeTree } from '../helpers.ts';

const SECRET = 'geheim-token-93475';

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));
}

const vraag = (zichtbaarheid: string, titel: string) =>
  `---\ntitel: ${titel}\nstatus: vastgesteld\nlaatstGecontroleerd: 2020-06-02\ndoelgroepen: [ouderen]\nzichtbaarheid: ${zichtbaarheid}\n---\n${PLANTED}\n`;

describe('build with code in .mdx', () => {
  it('fails with path:line, leaves dist/ untouched and writes the secret nowhere', () => {
    const dir = writeTree({
      ...Object.fromEntries(Object.entries(minimalContent()).map(([k, v]) => [`content/${k}`, v])),
      'content/vragen/publiek-bezoek.mdx': vraag('publiek', 'Mag ik op bezoek?'),
      'content/vragen/intern-bezoek.mdx': vraag('intern', 'Mag ik intern op bezoek?'),
    });
    const work = tempDir('wegwijs-mdx-');
    const dist = writeTree({ 'intern/index.html': '<p>vorige build</p>', 'publiek/index.html': '<p>vorige build</p>' }, path.join(work, 'dist'));
    const before = allFiles(dist).map((f) => [f, readFileSync(f, 'utf8'), statSync(f).mtimeMs]);
    const { code, stderr, output } = runScript(
      'build.ts',
      { WEGWIJS_CONTENT: `${dir}/content`, WEGWIJS_DIST: dist, WEGWIJS_STAGING: path.join(work, 'staging'), WEGWIJS_PEILDATUM: '2020-06-10', WEGWIJS_TEST_SECRET: SECRET },
      ['--force'],
    );
    expect(code).toBe(1);
    for (const file of ['publiek-bezoek', 'intern-bezoek']) {
      expect(stderr).toMatch(new RegExp(`content/vragen/${file}\\.mdx:8: body: MDX-expressie \\{process\\.env\\.WEGWIJS_TEST_SECRET\\}`));
      expect(stderr).toMatch(new RegExp(`content/vragen/${file}\\.mdx:10: body: .*import is niet toegestaan`));
      expect(stderr).toMatch(new RegExp(`content/vragen/${file}\\.mdx:12: body: .*export is niet toegestaan`));
      expect(stderr).toMatch(new RegExp(`content/vragen/${file}\\.mdx:14: body: attribuut href=`));
      expect(stderr).toMatch(new RegExp(`content/vragen/${file}\\.mdx:16: body: onbekend component <Waarschuwing>`));
    }
    expect(stderr).toMatch(/De vorige uitvoer in dist\/ is ongewijzigd/);
    expect(allFiles(dist).map((f) => [f, readFileSync(f, 'utf8'), statSync(f).mtimeMs])).toEqual(before);
    expect(output).not.toContain(SECRET);
    const written = allFiles(work).filter((f) => readFileSync(f).includes(SECRET));
    expect(written).toEqual([]);
  }, 300_000);
});
