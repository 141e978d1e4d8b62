/**
 * The render pipeline's second line against code in `.mdx` (remark-mdx-guard, first of
 * `remarkPlugins`): Astro's own MDX compiler with our processor refuses an expression, import,
 * export, `{…}` attribute and unknown component before anything is turned into JavaScript, so a
 * file that somehow bypassed the check cannot run; a clean `.mdx` compiles.
 */
import { unified as astroUnified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypePlugins, remarkPlugins } from '../../src/markdown/pipeline.ts';

async function compile(body: string) {
  const processor = astroUnified({ remarkPlugins, rehypePlugins, smartypants: false });
  const renderer = await processor.createMdxRenderer!({}, { srcDir: new URL('../../src/', import.meta.url) } as never);
  return renderer.process(body, '/tmp/wegwijs-test/vraag.mdx', { zichtbaarheid: 'intern' });
}

describe('remark-mdx-guard in Astro\'s MDX compiler', () => {
  const cases: [string, string, RegExp][] = [
    ['an expression', 'Stand: {process.env.HOME}', /MDX-expressie \{process\.env\.HOME\} is niet toegestaan.*regel 1/],
    ['an import', "import fs from 'node:fs'\n\nTekst.", /import is niet toegestaan/],
    ['an export', 'Tekst.\n\nexport const x = 1', /export is niet toegestaan.*regel 3/],
    ['an attribute expression', '<a href={"/x/"}>x</a>', /attribuut href=\{"\/x\/"\} op <a>/],
    ['an unknown component', 'Tekst.\n\n<Waarschuwing>Let op.</Waarschuwing>', /onbekend component <Waarschuwing>/],
  ];
  for (const [what, body, message] of cases) {
    it(`refuses ${what}`, async () => {
      await expect(compile(body)).rejects.toThrowError(message);
    });
  }

  it('lists every finding at once', async () => {
    await expect(compile('{a}\n\n{b}')).rejects.toThrowError(/2 keer code in een MDX-tekst[\s\S]*regel 1[\s\S]*regel 3/);
  });

  it('compiles plain .mdx with lower-case HTML', async () => {
    const result = await compile('Tekst met <abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr>.');
    expect(result.code).toContain('Wmo');
    expect(result.code).not.toContain('process.env');
  });
});
