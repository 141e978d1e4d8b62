/**
 * Character references are decoded as a browser decodes them (the `entities` package) wherever the
 * verifiers read HTML: the leak scan's normalisation, so no escaping hides a leaked sentence, and
 * the public file check, so an escaped URL still names its file.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/verify/leaks.ts';
import { candidateUrls } from '../../src/verify/files.ts';

describe('character references in the verifiers', () => {
  it('the leak scan reads every named and numeric reference', () => {
    expect(normalise('Caf&eacute;&nbsp;&ldquo;Het&#32;Besluit&rdquo; &hellip; &#x27;x&apos;')).toBe('café "het besluit" … \'x\'');
    expect(normalise('Gemeenten &amp; zorgaanbieders')).toBe(normalise('Gemeenten & zorgaanbieders'));
  });

  it('the public file check decodes references in attribute values, style and text tokens', () => {
    expect(candidateUrls('<img src="/_astro/foto&period;abc.webp" srcset="/_astro/a&#46;webp 1x">', '.html')).toEqual(['/_astro/foto.abc.webp', '/_astro/a.webp']);
    expect(candidateUrls('<div style="background:url(&quot;/_astro/b.png&quot;)"></div>', '.html')).toEqual(['/_astro/b.png']);
    // In an attribute a legacy reference before `=` stays as written, as in a browser.
    expect(candidateUrls('<a href="/bijlage.pdf?a=1&copy=2">x</a>', '.html')).toEqual(['/bijlage.pdf?a=1&copy=2']);
  });
});
