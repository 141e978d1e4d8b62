/**
 * Reads content files straight from disk for `npm run check` and the build's first stage, with
 * the same discovery (src/load/discovery.ts) and the same parser (src/load/source.ts) as Astro's
 * content loader: every file in content/ is either an entry, ignored on purpose (`_*`, dotfiles)
 * or reported. No Astro here.
 */
import type { Problem } from '../domain/types.ts';
import { discoverContent } from '../load/discovery.ts';
import { readSource, type SourceFile } from '../load/source.ts';

export { CONTENT_EXTENSIONS } from '../load/discovery.ts';
export type { SourceFile } from '../load/source.ts';

export interface LoadResult {
  files: SourceFile[];
  problems: Problem[];
}

/** Files read at once: enough to overlap disk reads, few enough to keep memory flat at 10,000 entries. */
const CONCURRENCY = 16;

export async function loadContent(contentDir: string): Promise<LoadResult> {
  const discovered = await discoverContent(contentDir);
  const problems: Problem[] = [...discovered.problems];
  const results = new Array<Awaited<ReturnType<typeof readSource>>>(discovered.files.length);
  let next = 0;
  const worker = async () => {
    while (next < discovered.files.length) {
      const i = next++;
      results[i] = await readSource(discovered.files[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, discovered.files.length) }, worker));
  const files: SourceFile[] = [];
  for (const result of results) {
    if (result.source) files.push(result.source);
    else problems.push(...result.problems);
  }
  return { files, problems };
}

/** Line in the file of a frontmatter path such as ['fasen', 1, 'titel']; the nearest existing parent otherwise. */
export function lineOf(source: SourceFile, fieldPath: readonly (string | number)[]): number {
  for (let n = fieldPath.length; n > 0; n--) {
    const sub = fieldPath.slice(0, n);
    const parent = source.frontmatter.getIn(sub.slice(0, -1), true) as { items?: unknown[] } | undefined;
    // For map keys, point at the key (the pair), not at the value.
    const node = source.frontmatter.getIn(sub, true) as { range?: [number, number, number] } | undefined;
    const pair = findPair(parent, sub[sub.length - 1]);
    const offset = pair?.key?.range?.[0] ?? node?.range?.[0];
    if (offset !== undefined) return source.yamlStartLine + source.lineCounter.linePos(offset).line - 1;
  }
  return 1;
}

function findPair(parent: { items?: unknown[] } | undefined, key: string | number | undefined): { key?: { range?: [number, number, number] } } | undefined {
  if (!parent?.items || typeof key !== 'string') return undefined;
  return (parent.items as { key?: { value?: unknown; range?: [number, number, number] } }[]).find((item) => item?.key?.value === key);
}
