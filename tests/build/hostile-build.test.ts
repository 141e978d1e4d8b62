/**
 * Hostile input reaching the build (the checker's own cases are in tests/check/hostile-input.test.ts):
 * the build stops with the checker's message, never with a stack trace or an out-of-memory crash.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, tempDir } from '../helpers.ts';
import { aliasBomb, corpus, vraag } from '../check/hostile-fixtures.ts';

describe('hostile input in the build', () => {
  it('stops the build with the checker\'s message when a .md and an .mdx file hold alias bombs (and on a stray file)', () => {
    const dir = corpus({
      'content/vragen/bom.md': vraag(aliasBomb),
      'content/passages/bom.mdx': `---\ntitel: Bom\nsoort: Kamerbrief\nstatus: concept\n${aliasBomb}---\nTekst.\n`,
      'content/vraagen/verdwaald.md': vraag(''),
    });
    const work = tempDir('wegwijs-bom-');
    const { code, stderr, output } = runScript('build.ts', {
      WEGWIJS_CONTENT: `${dir}/content`,
      WEGWIJS_DIST: path.join(work, 'dist'),
      WEGWIJS_STAGING: path.join(work, 'staging'),
      WEGWIJS_PEILDATUM: '2020-06-10',
    }, ['--force']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/vragen\/bom\.md:2: de frontmatter verwijst te vaak naar ankers/);
    expect(stderr).toMatch(/content\/passages\/bom\.mdx:2: de frontmatter verwijst te vaak naar ankers/);
    expect(stderr).toMatch(/content\/vraagen\/verdwaald\.md: de map "vraagen" is geen collectie/);
    expect(stderr).toMatch(/Bouwen afgebroken/);
    expect(output).not.toMatch(/ReferenceError|Excessive alias|heap out of memory/);
    rmSync(dir, { recursive: true });
    rmSync(work, { recursive: true, force: true });
  });
});
