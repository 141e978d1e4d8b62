/**
 * Reads content files straight from disk for `npm run check` and the build's first stage:
 * decodes UTF-8 strictly, splits frontmatter from body and parses the YAML with positions, so
 * that every later problem can name its file and line. No Astro here.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { Problem } from '../domain/types.ts';

export const CONTENT_EXTENSIONS = ['.md', '.mdx'] as const;

export interface SourceFile {
  collection: CollectionName;
  id: string;
  /** Path relative to the working directory, as shown in messages. */
  file: string;
  ext: string;
  frontmatter: Document.Parsed;
  lineCounter: LineCounter;
  /** Line (1-based) in the file where the YAML starts, i.e. the line after `---`. */
  yamlStartLine: number;
  body: string;
  /** Line (1-based) in the file where the body starts. */
  bodyStartLine: number;
}

export interface LoadResult {
  files: SourceFile[];
  problems: Problem[];
}

async function listFiles(dir: string): Promise<string[]> {
  let dirents;
  try {
    dirents = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return dirents
    .filter((d) => d.isFile() && CONTENT_EXTENSIONS.some((ext) => d.name.endsWith(ext)) && !d.name.startsWith('_'))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export async function loadContent(contentDir: string): Promise<LoadResult> {
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });

  for (const collection of COLLECTIONS) {
    const dir = path.join(contentDir, collection);
    for (const absolute of await listFiles(dir)) {
      const file = path.relative(process.cwd(), absolute) || absolute;
      const bytes = await readFile(absolute);
      let text: string;
      try {
        text = decoder.decode(bytes);
      } catch {
        const lossy = new TextDecoder('utf-8').decode(bytes);
        const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
        problems.push({ file, line, message: 'het bestand is geen geldige UTF-8; sla het op als UTF-8 (zonder andere tekenset)' });
        continue;
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const ext = path.extname(absolute);
      const stem = path.basename(absolute, ext);
      // The id is the file name; sub-folders are for the authors' own order only.
      const id = stem;

      const match = FRONTMATTER.exec(text);
      if (!match) {
        problems.push({
          file,
          line: 1,
          message: text.startsWith('---')
            ? 'de frontmatter wordt niet afgesloten: zet een regel met alleen --- na de laatste sleutel'
            : 'frontmatter ontbreekt: begin het bestand met een regel ---, dan de velden, dan weer ---',
        });
        continue;
      }
      const lineCounter = new LineCounter();
      const frontmatter = parseDocument(match[1]!, { lineCounter, prettyErrors: false, uniqueKeys: true });
      const yamlStartLine = 2;
      if (frontmatter.errors.length > 0) {
        for (const error of frontmatter.errors) {
          const pos = lineCounter.linePos(error.pos[0]);
          problems.push({ file, line: yamlStartLine + pos.line - 1, message: `ongeldige YAML in de frontmatter: ${yamlMessage(error.code, error.message)}` });
        }
        continue;
      }
      const bodyStartLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
      files.push({ collection, id, file, ext, frontmatter, lineCounter, yamlStartLine, body: text.slice(match[0].length), bodyStartLine });
    }
  }
  return { files, problems };
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'een sleutel staat er twee keer in';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return `${first} (controleer inspringing en dubbele punten)`;
    default:
      return first;
  }
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

/** `fasen[1].acties[0].eigenaar` → ['fasen', 1, 'acties', 0, 'eigenaar'] */
export function parseFieldPath(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of field.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

export function formatFieldPath(fieldPath: readonly PropertyKey[]): string {
  return fieldPath.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
}
