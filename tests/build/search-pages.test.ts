/**
 * Pagefind reads only the pages matched by SEARCH_PAGES_GLOB (src/pipeline/search-index.ts): every
 * page that asks to be indexed (`data-pagefind-body`) must match it, or it would silently be
 * missing from search. Checked on the built example, both editions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SEARCH_PAGES_GLOB } from '../../src/pipeline/search-index.ts';

const matchesGlob = (rel: string) => {
  const [, list, rest] = /^\{([^}]+)\}\/(.*)$/.exec(SEARCH_PAGES_GLOB)!;
  const parts = rel.split('/');
  return rest === '*/index.html' && parts.length === 3 && list!.split(',').includes(parts[0]!) && parts[2] === 'index.html';
};

describe.each(['intern', 'publiek'])('search pages of the %s edition', (edition) => {
  it('are exactly the pages marked data-pagefind-body', () => {
    const root = path.join(inject('exampleDist'), edition);
    const html = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.html'))
      .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
    const marked = html.filter((rel) => readFileSync(path.join(root, rel), 'utf8').includes('data-pagefind-body'));
    expect(marked.length).toBeGreaterThan(10);
    expect(marked.filter((rel) => !matchesGlob(rel))).toEqual([]);
    // And the pattern is not wider than it needs to be: what it matches is marked.
    expect(html.filter(matchesGlob).filter((rel) => !marked.includes(rel))).toEqual([]);
  });
});
