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
import { YAML_PARSE_OPTIONS, yamlMessage } from '../load/yaml-options.ts';

/** The key in Decap's entry data that carries the frontmatter as read; dropped before checking and from the file. */
export const FRONTMATTER_SOURCE = '__frontmatter';

/**
 * The key that marks an entry whose file the CMS cannot read (its YAML is broken), with why. Such
 * an entry is listed, with the problem as its title, instead of vanishing from the list (Decap
 * drops an entry whose format throws, saying so only in the browser console); saving it is refused
 * (src/cms/admin.ts), so the form never overwrites a file it could not read.
 */
export const UNREADABLE = '__onleesbaar';

/** Why the CMS cannot read this file: the frontmatter's first YAML problem, in Dutch with its line; undefined when readable. */
export function unreadableReason(yaml: string): string | undefined {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(yaml, { ...YAML_PARSE_OPTIONS, lineCounter });
  } catch (error) {
    return `ongeldige YAML in de frontmatter: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    // Line 1 of the file is the opening ---.
    return `regel ${line + 1}: ongeldige YAML in de frontmatter: ${yamlMessage(error.code, error.message, yaml.split('\n')[line - 1] ?? '')}`;
  }
  const data: unknown = doc.contents === null ? {} : doc.toJS();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'de frontmatter moet uit velden bestaan (sleutel: waarde)';
  return undefined;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function fromFile(text: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    const why = text.startsWith('---') ? 'de frontmatter wordt niet afgesloten met een regel ---' : 'frontmatter ontbreekt: het bestand begint niet met een regel ---';
    return { titel: `Kan niet worden gelezen: ${why}`, [UNREADABLE]: why, body: text };
  }
  const yaml = match[1] ?? '';
  const unreadable = unreadableReason(yaml);
  if (unreadable !== undefined) {
    // Listed with the problem as its title; the file's text stays as it is.
    return { titel: `Kan niet worden gelezen: ${unreadable}`, [UNREADABLE]: unreadable, [FRONTMATTER_SOURCE]: yaml, body: text.slice(match[0].length) };
  }
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
  const { body, [FRONTMATTER_SOURCE]: source, [UNREADABLE]: _unreadable, ...fields } = data;
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
