/**
 * The file format of the CMS (Decap's `registerCustomFormat`, registered by src/cms/admin.ts as
 * `wegwijs-frontmatter`): frontmatter and body as Decap's own `frontmatter` format, except that
 * saving keeps the YAML as the author wrote it. Decap rewrites the whole frontmatter on every
 * save (keys reordered, `[a, b]` lists reflowed into blocks, comments dropped): a 20-line diff for
 * a one-word edit. Here the file's YAML travels with the entry (in a key the form does not show,
 * FRONTMATTER_SOURCE) and is edited in place with the `yaml` Document API: unchanged fields keep
 * their text, order, comments and list style; changed ones are set where they are; removed ones go.
 */
import { Document, LineCounter, isCollection, isMap, parseDocument, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { YAML_PARSE_OPTIONS } from '../load/yaml-options.ts';

/** The key in Decap's entry data that carries the frontmatter as read; dropped before checking and from the file. */
export const FRONTMATTER_SOURCE = '__frontmatter';

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function fromFile(text: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(text);
  if (!match) return { body: text };
  const yaml = match[1] ?? '';
  const data = (parseDocument(yaml, YAML_PARSE_OPTIONS).toJS() ?? {}) as Record<string, unknown>;
  return { ...data, [FRONTMATTER_SOURCE]: yaml, body: text.slice(match[0].length) };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One `key: value` in YAML, in flow style when the original was (`[a, b]`). */
function pairText(doc: Document, key: string, value: unknown, flow: boolean): string[] {
  const node = doc.createNode({ [key]: value }) as YAMLMap;
  const inner = (node.items[0] as Pair).value;
  if (flow && isCollection(inner)) inner.flow = true;
  const out = new Document(node, { version: '1.2' });
  return out.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '').split('\n');
}

export function toFile(data: Record<string, unknown>): string {
  const { body, [FRONTMATTER_SOURCE]: source, ...fields } = data;
  const yaml = typeof source === 'string' ? source : '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { ...YAML_PARSE_OPTIONS, lineCounter });
  const original = (doc.toJS() ?? {}) as Record<string, unknown>;
  const lines = yaml === '' ? [] : yaml.replace(/\n$/, '').split('\n');
  // Each top-level field spans from its key's line to the line before the next key.
  const pairs = isMap(doc.contents) ? (doc.contents.items as Pair<Scalar, unknown>[]) : [];
  const starts = pairs.map((pair) => lineCounter.linePos(pair.key.range![0]).line - 1);
  const out: string[] = lines.slice(0, starts[0] ?? lines.length);
  pairs.forEach((pair, i) => {
    const key = String(pair.key.value);
    const span = lines.slice(starts[i], starts[i + 1] ?? lines.length);
    if (!(key in fields)) return; // removed in the form
    if (same(original[key], fields[key])) out.push(...span);
    else out.push(...pairText(doc, key, fields[key], isCollection(pair.value) && Boolean(pair.value.flow)));
  });
  for (const [key, value] of Object.entries(fields)) if (!(key in original)) out.push(...pairText(doc, key, value, false));
  const text = typeof body === 'string' ? body : '';
  return `---\n${out.map((line) => `${line}\n`).join('')}---\n${text}`;
}
