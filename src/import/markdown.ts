/**
 * mdast → Markdown the way authors write it here (GFM: tables, footnotes; `-` bullets, `*`
 * emphasis, `**` strong), and the plain text of a node for titles and action descriptions.
 */
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root, RootContent } from 'mdast';

export function markdownOf(nodes: readonly RootContent[]): string {
  const root: Root = { type: 'root', children: [...nodes] };
  const text = toMarkdown(root, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    listItemIndent: 'one',
    rule: '-',
    fences: true,
  });
  return unescapeHarmless(text).trimEnd() + '\n';
}

/**
 * mdast-util-to-markdown escapes every `[` that could start a link; a Woo redaction such as
 * `[5.1.2e]` or `[REDACTED]` must stay exactly as written (it parses back to the same text, as
 * it cannot form a link without a `(…)` or a definition after it).
 */
function unescapeHarmless(text: string): string {
  return text
    // `https\://` is escaped against GFM's autolink literal; a bare address is meant to be one.
    .replace(/\b(https?|mailto)\\:/g, '$1:')
    .replace(/\bwww\\\./g, 'www.')
    // `J&V`, `Q&A's`: an ampersand that cannot start a character reference needs no escape.
    .replace(/\\&(?![a-zA-Z][a-zA-Z0-9]{0,31};|#)/g, '&')
    .replace(/\\\[([^\]\n]{1,40})\\?\](?![(\[:])/g, (whole, inner: string) => (inner.includes('[') || inner.startsWith('^') ? whole : `[${inner}]`));
}

export function plainText(node: Nodes | readonly RootContent[]): string {
  const value = Array.isArray(node) ? (node as RootContent[]).map((n) => toString(n)).join(' ') : toString(node as Nodes);
  return value.replace(/\s+/g, ' ').trim();
}
