/**
 * rehype plugin that sanitises entry bodies (see ../index.ts).
 *
 * Markdown (`.md`): Astro's processor turns raw HTML into `raw` nodes and parses them only at the
 * very end (rehype-raw), after every user plugin. This plugin parses them first (hast-util-raw),
 * so harmless HTML such as `<sub>` survives element by element, and then sanitises the whole
 * tree with `entrySchema`: disallowed elements unwrapped or (script, iframe, …) removed, `on*`
 * and other unknown attributes dropped, URLs other than http/https/mailto/tel/relative removed,
 * `id`/`name` prefixed with `user-content-` against DOM clobbering.
 *
 * Syntax-highlighted code (`pre.astro-code` from Shiki, which runs before user plugins) is
 * produced by Astro from a code block, not written by the author: it is kept as is.
 *
 * MDX (`.mdx`): raw HTML is JSX there and the tree holds `mdxJsx*` nodes, which
 * hast-util-sanitize would drop (removing every component). Instead, elements and JSX elements
 * named in `REMOVED_ELEMENTS` are removed, `on*` attributes dropped and URL attributes with an
 * unsafe scheme removed. The checker (`npm run check`) refuses all of these in `.mdx` files
 * before a build, so this is the second line.
 */
import type { Element, Nodes, Parents, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { randomUUID } from 'node:crypto';
import type { VFile } from 'vfile';
import { isSafeUrl } from '../../../domain/body.ts';
import { entrySchema, REMOVED_ELEMENTS } from './schema.ts';

const PREFIX = entrySchema.clobberPrefix ?? 'user-content-';
const removed = new Set<string>(REMOVED_ELEMENTS);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'srcSet', 'action', 'formAction', 'formaction', 'poster', 'cite', 'data', 'background', 'xlinkHref', 'xlink:href', 'ping', 'longDesc', 'codebase']);

/** Sanitise the HTML of an entry body. */
export function rehypeSanitizeEntry() {
  return function transform(tree: Root, file: VFile): Root {
    if (isMdx(tree, file)) {
      filterMdx(tree);
      return tree;
    }
    // Keep highlighted code blocks (made by Astro from fenced code) out of the sanitiser.
    const token = `wegwijs-highlighted-${randomUUID()}-`;
    const kept: Element[] = [];
    replaceHighlighted(tree, token, kept);
    // remark-rehype already prefixed footnote ids; the sanitiser prefixes every id again.
    unprefixIds(tree);
    const parsed = raw(tree, { file }) as Root;
    const clean = sanitize(parsed, entrySchema) as Root;
    if (kept.length > 0) restoreHighlighted(clean, token, kept);
    return clean;
  };
}

function isMdx(tree: Root, file: VFile): boolean {
  if (file.extname === '.mdx') return true;
  return tree.children.some((child) => (child.type as string).startsWith('mdx'));
}

function replaceHighlighted(node: Parents, token: string, kept: Element[]): void {
  node.children.forEach((child, index) => {
    if (child.type !== 'element') return;
    // Shiki writes `class` as a string, hast `className` is a list: accept both.
    const classes = child.properties['className'] ?? child.properties['class'];
    const list = Array.isArray(classes) ? classes.map(String) : typeof classes === 'string' ? classes.split(/\s+/) : [];
    if (child.tagName === 'pre' && list.includes('astro-code')) {
      node.children[index] = { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: `${token}${kept.length}` }] };
      kept.push(child);
      return;
    }
    replaceHighlighted(child, token, kept);
  });
}

/** Put the highlighted blocks back where the sanitiser left their (unforgeable) placeholders. */
function restoreHighlighted(node: Parents, token: string, kept: readonly Element[]): void {
  node.children.forEach((child, index) => {
    if (child.type !== 'element') return;
    const only = child.children.length === 1 ? child.children[0] : undefined;
    if (child.tagName === 'pre' && only?.type === 'text' && only.value.startsWith(token)) {
      const original = kept[Number(only.value.slice(token.length))];
      if (original) node.children[index] = original;
      return;
    }
    restoreHighlighted(child, token, kept);
  });
}

function unprefixIds(node: Nodes): void {
  if (node.type === 'element') {
    const id = node.properties['id'];
    if (typeof id === 'string' && id.startsWith(PREFIX)) node.properties['id'] = id.slice(PREFIX.length);
    const describedBy = node.properties['ariaDescribedBy'];
    if (Array.isArray(describedBy)) node.properties['ariaDescribedBy'] = describedBy.map((v) => (typeof v === 'string' && v.startsWith(PREFIX) ? v.slice(PREFIX.length) : v));
  }
  if ('children' in node) for (const child of node.children) unprefixIds(child);
}

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** MDX: remove dangerous elements, event handlers and unsafe URLs from elements and JSX. */
function filterMdx(node: Parents): void {
  node.children = (node.children as RootContent[]).filter((child) => {
    const type = child.type as string;
    if (type === 'element') {
      const element = child as Element;
      if (removed.has(element.tagName.toLowerCase())) return false;
      for (const [key, value] of Object.entries(element.properties)) {
        if (/^on/i.test(key)) delete element.properties[key];
        else if (URL_ATTRIBUTES.has(key) && !safeValue(value)) delete element.properties[key];
      }
    } else if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      const jsx = child as unknown as { name?: string | null; attributes: MdxAttribute[] };
      // `<script>` is the HTML element; `<Script>` or `<Link>` would be a component.
      if (jsx.name && removed.has(jsx.name)) return false;
      jsx.attributes = jsx.attributes.filter((attribute) => {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) return true;
        if (/^on/i.test(attribute.name)) return false;
        if (URL_ATTRIBUTES.has(attribute.name) || URL_ATTRIBUTES.has(attribute.name.toLowerCase())) {
          // Only literal, safe URLs: an expression could compute anything.
          return typeof attribute.value === 'string' && isSafeUrl(attribute.value);
        }
        return true;
      });
    }
    if ('children' in child && Array.isArray((child as { children?: unknown }).children)) filterMdx(child as Parents);
    return true;
  });
}

function safeValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((v) => safeValue(v));
  return typeof value !== 'string' || isSafeUrl(value);
}
