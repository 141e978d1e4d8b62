/**
 * Hostile input: files made to crash or hang the checker or Astro, or to smuggle invisible
 * characters into the public edition. Each is refused with the file, the line and a Dutch message,
 * never with a stack trace, by `npm run check` and by the build.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/index.ts';
import { checkContent, runScript } from '../helpers.ts';
import { aliasBomb, corpus, vraag } from './hostile-fixtures.ts';

/** scripts/check.ts as a process: what an author sees, stack traces included if there were any. */
function cli(files: Record<string, string | Uint8Array>) {
  const dir = corpus(files);
  const result = runScript('check.ts', { WEGWIJS_CONTENT: `${dir}/content`, WEGWIJS_PEILDATUM: '2020-06-10' });
  rmSync(dir, { recursive: true });
  return result;
}

/** What the command writes out, in-process (a crash would reject here). */
async function check(files: Record<string, string | Uint8Array>) {
  const result = await checkContent(files);
  rmSync(result.dir, { recursive: true });
  return result;
}

describe('hostile input', () => {
  it('refuses a YAML alias bomb with the file and a Dutch message, without a stack trace', () => {
    const { code, stderr } = cli({ 'content/vragen/bom.md': vraag(aliasBomb) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/vragen\/bom\.md:2: de frontmatter verwijst te vaak naar ankers \(&naam en \*naam\)/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toMatch(/ReferenceError|Excessive alias/);
  });

  it('runs the checker in-process on an alias bomb without throwing', async () => {
    const dir = corpus({ 'content/vragen/bom.mdx': vraag(aliasBomb) });
    const result = await runCheck({ contentDir: path.join(dir, 'content'), peildatum: '2020-06-10' });
    expect(result.problems.map((p) => `${path.basename(p.file)}:${p.line}`)).toEqual(['bom.mdx:2']);
    expect(result.entries).toHaveLength(4);
    rmSync(dir, { recursive: true });
  });

  it('accepts a few ordinary aliases', async () => {
    const { code, output } = await check({ 'content/vragen/anker.md': vraag('trefwoorden: &t [bezoek, verpleeghuis]\nthemas: [dagbesteding]\n') });
    expect(output).toContain('Inhoud in orde: 5 items');
    expect(code).toBe(0);
  });

  it('refuses explicit YAML tags that would give other types than text, numbers and lists (dates stay text)', async () => {
    const { code, stderr } = await check({
      'content/vragen/tijd.md': vraag('').replace('laatstGecontroleerd: 2020-06-02', 'laatstGecontroleerd: !!timestamp 2020-06-02'),
      'content/vragen/binair.md': vraag('trefwoorden: !!binary aGFsbG8=\n'),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/vragen\/tijd\.md:4: ongeldige YAML in de frontmatter: YAML-labels zoals !!timestamp/);
    expect(stderr).toMatch(/vragen\/binair\.md:5: ongeldige YAML in de frontmatter: YAML-labels/);
  });

  it('refuses a NUL byte, with its line', async () => {
    const { code, stderr } = await check({ 'content/vragen/nul.md': vraag('', 'Eerste regel.\n\nTweede\u0000regel.') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/vragen\/nul\.md:8: onzichtbaar stuurteken U\+0000 \(NUL\)/);
  });

  it('refuses other control characters in frontmatter and body (escape, backspace, form feed), with each line', async () => {
    const { code, stderr } = await check({
      'content/vragen/stuur.md': vraag('', 'Regel.\n\u001b[31mrood\u001b[0m\nNog een.\fpagina\n'),
      'content/doelgroepen/titel.md': '---\ntitel: Ouderen\u0008 thuis\n---\n',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/vragen\/stuur\.md:7: onzichtbaar stuurteken U\+001B/);
    expect(stderr).toMatch(/vragen\/stuur\.md:8: onzichtbaar stuurteken U\+000C/);
    expect(stderr).toMatch(/doelgroepen\/titel\.md:2: onzichtbaar stuurteken U\+0008/);
  });

  it('accepts tabs and CRLF line ends', async () => {
    const { code, output } = await check({ 'content/vragen/crlf.md': vraag('', 'Kolom\tkolom.').replace(/\n/g, '\r\n') });
    expect(output).toContain('Inhoud in orde: 5 items');
    expect(code).toBe(0);
  });

  it('refuses keys that would touch an object prototype, and deep nesting, without crashing', async () => {
    const { code, stderr } = await check({
      'content/vragen/proto.md': vraag('__proto__: { zichtbaarheid: publiek }\n'),
      'content/vragen/diep.md': vraag(`trefwoorden: ${'['.repeat(5000)}${']'.repeat(5000)}\n`),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/vragen\/proto\.md:5: __proto__: onbekend veld "__proto__"/);
    expect(stderr).toMatch(/vragen\/diep\.md:5: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

});
