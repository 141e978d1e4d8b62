/**
 * Reading an entry's body with the Markdown parser (micromark/mdast), not with regular
 * expressions: links, plain text and sentences as a reader sees them, so that a link inside
 * code is not a link and `**` is not text.
 *
 * Every function parses leniently and never throws. `.md` bodies are parsed as CommonMark + GFM
 * (which cannot fail). With `{ mdx: true }` a body is parsed as MDX first; when that fails
 * (a syntax error the checker reports separately), it is read as plain Markdown instead, where
 * JSX is raw HTML and expressions are text. One parse gives all of a body's facts (links, plain
 * text, elements, URLs: `bodyFacts`), memoised per body, so the checker, the graph, descriptions
 * and the leak scan parse each body once; a build can keep them between runs (`useBodyFactsStore`).
 */
import type { Definition, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
// Character references decoded as a browser decodes an attribute value (all named references,
// numeric ones, the legacy forms without `;`), so that `java&#115;cript&colon;` reads as a scheme.
import { decodeHTMLAttribute } from 'entities';

export interface BodyOptions {
  /** Parse as MDX (JSX, expressions, ESM); falls back to Markdown when the body is not valid MDX. */
  mdx?: boolean;
}

/** How an entry's body is read: the body of an `.mdx` file as MDX. */
export const entryBodyOptions = (entry: { file?: string | undefined }): BodyOptions => ({ mdx: entry.file?.endsWith('.mdx') ?? false });

export interface BodyLink {
  url: string;
  /** 1-based line within the body. */
  line: number;
}

/** A URL anywhere in the body, also in raw HTML and JSX attributes (for the checker). */
export interface BodyUrl extends BodyLink {
  kind: 'link' | 'image' | 'definition' | 'html' | 'jsx';
  /** For `html`/`jsx`: the attribute name (`href`, `src`, …). */
  attribute?: string;
}

/** A raw HTML tag or JSX element in the body (for the checker). */
export interface BodyElement {
  /** Element name: lower case for HTML (`script`, `a`); as written for JSX (`a`, `Kader`: a component). */
  name: string;
  /** Lower-case attribute names. */
  attributes: string[];
  line: number;
  kind: 'html' | 'jsx';
}

const CACHE_SIZE = 64;
const cache = new Map<string, Root>();

/** The mdast tree of a body; memoised (a few dozen bodies), never throws. */
export function parseBody(body: string, options: BodyOptions = {}): Root {
  const key = `${options.mdx ? 'x' : 'm'}${body}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const tree = parse(body, options.mdx === true);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, tree);
  return tree;
}

function parse(body: string, mdx: boolean): Root {
  if (mdx) {
    try {
      return fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
    } catch {
      /* not valid MDX: read it as Markdown below */
    }
  }
  try {
    return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  } catch {
    // CommonMark parsing does not fail; should it ever, the body is one paragraph of text.
    return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: body }] }] };
  }
}

/** Everything Wegwijs reads from a body, from one parse. */
export interface BodyFacts {
  links: BodyLink[];
  text: string;
  elements: BodyElement[];
  urls: BodyUrl[];
}

const FACTS_MEMO_SIZE = 50_000;
const factsMemo = new Map<string, BodyFacts>();
let factsStore: Map<string, BodyFacts> | undefined;
let factsUsed: Set<string> | undefined;

/** The key of a body's facts in a store that outlives the process: parser mode and a digest of the text. */
// node:crypto is fetched when a digest is needed (only the build's cache asks, in Node), so that
// this module also runs in the browser: the CMS checks bodies with it (src/check/entry-rules.ts).
const bodyDigest = (body: string, options: BodyOptions = {}) =>
  `${options.mdx ? 'x' : 'm'}${process.getBuiltinModule('node:crypto').createHash('sha1').update(body).digest('base64url')}`;

/**
 * Lets the caller keep body facts between builds (src/load/body-facts.ts): facts found in
 * `store` are not parsed again, new ones are added to it, and `used` collects the keys this
 * process asked for (so a saved store holds only current bodies).
 */
export function useBodyFactsStore(store: Map<string, BodyFacts> | undefined, used?: Set<string>): void {
  factsStore = store;
  factsUsed = used;
}

/** Links, plain text, raw HTML/JSX elements and URLs of a body, from one parse (memoised). */
export function bodyFacts(body: string, options: BodyOptions = {}): BodyFacts {
  const memoKey = `${options.mdx ? 'x' : 'm'}${body}`;
  let facts = factsMemo.get(memoKey);
  if (facts) return facts;
  const digest = factsStore || factsUsed ? bodyDigest(body, options) : undefined;
  facts = digest ? factsStore?.get(digest) : undefined;
  if (!facts) {
    const tree = parseBody(body, options);
    facts = { links: linksOf(tree), text: textOf(tree), elements: elementsOf(tree), urls: urlsOf(tree) };
    if (digest) factsStore?.set(digest, facts);
  }
  if (digest) factsUsed?.add(digest);
  if (factsMemo.size >= FACTS_MEMO_SIZE) factsMemo.delete(factsMemo.keys().next().value!);
  factsMemo.set(memoKey, facts);
  return facts;
}

function lineOf(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 1;
}

function definitionsOf(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    const id = normalizeIdentifier(node.identifier).toLowerCase();
    // CommonMark: the first definition of a label wins.
    if (!definitions.has(id)) definitions.set(id, node);
  });
  return definitions;
}

/**
 * The links in a body as a reader follows them: inline links and autolinks at their line,
 * reference-style links with their definition's URL at the line of the reference, and
 * definitions no reference uses at their own line. Nothing inside code, HTML or expressions.
 */
export function bodyLinks(body: string, options: BodyOptions = {}): BodyLink[] {
  // Without `[`, `<`, `@`, `http` or `www.` there is no link to find: skip the parse (most bodies).
  if (!MAY_HOLD_LINK.test(body)) return [];
  return bodyFacts(body, options).links;
}

function linksOf(tree: Root): BodyLink[] {
  const definitions = definitionsOf(tree);
  const used = new Set<Definition>();
  const links: BodyLink[] = [];
  visit(tree, (node) => {
    if (node.type === 'link') links.push({ url: node.url, line: lineOf(node) });
    else if (node.type === 'linkReference') {
      const definition = definitions.get(normalizeIdentifier(node.identifier).toLowerCase());
      if (definition) {
        used.add(definition);
        links.push({ url: definition.url, line: lineOf(node) });
      }
    }
  });
  for (const definition of definitions.values()) if (!used.has(definition)) links.push({ url: definition.url, line: lineOf(definition) });
  return links.sort((a, b) => a.line - b.line);
}

const MAY_HOLD_LINK = /[[<@]|https?:|www\./i;

const BLOCK_BREAK = '\n\n';

/**
 * Readable text of a body: the words of paragraphs, headings, list items, table cells and
 * footnotes, blocks separated by a blank line, without Markdown syntax, HTML, JSX tags,
 * expressions or code blocks (inline code keeps its text). Link text stays, URLs go.
 */
export function plainText(body: string, options: BodyOptions = {}): string {
  return bodyFacts(body, options).text;
}

function textOf(tree: Root): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/[ \t]+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        current += node.value;
        return;
      case 'break':
        current += '\n';
        return;
      case 'code':
      case 'html':
      case 'yaml':
      case 'definition':
      case 'image':
      case 'imageReference':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return;
      case 'tableCell':
        if (current) current += ' ';
        break;
      default:
        break;
    }
    if (!('children' in node)) return;
    const block = isBlock(node);
    if (block) flush();
    for (const child of node.children as Nodes[]) walk(child);
    if (block) flush();
  };
  walk(tree);
  flush();
  return blocks.join(BLOCK_BREAK);
}

function isBlock(node: Nodes): boolean {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'blockquote':
    case 'list':
    case 'listItem':
    case 'table':
    case 'tableRow':
    case 'footnoteDefinition':
    case 'mdxJsxFlowElement':
      return true;
    default:
      return false;
  }
}

/**
 * The sentences of a body's plain text: split after `.`, `!`, `?`, `;` or `:` followed by
 * whitespace, and between blocks (a soft line break inside a paragraph does not end a sentence);
 * whitespace folded, empty ones dropped.
 */
export function sentences(body: string, options: BodyOptions = {}): string[] {
  return plainText(body, options)
    .split(/(?<=[.!?;:])\s+|\n{2,}/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
}

const HTML_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const HTML_ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background', 'srcset', 'ping', 'codebase']);

/**
 * Raw HTML elements (opening tags in `html` nodes) and JSX elements of a body, with their
 * attribute names, at their line. Closing tags and comments are not elements.
 */
export function bodyElements(body: string, options: BodyOptions = {}): BodyElement[] {
  // Raw HTML and JSX both start with `<`.
  if (!body.includes('<')) return [];
  return bodyFacts(body, options).elements;
}

function elementsOf(tree: Root): BodyElement[] {
  const out: BodyElement[] = [];
  visit(tree, (node) => {
    if (node.type === 'html') {
      for (const tag of htmlTags(node.value)) out.push({ name: tag.name, attributes: tag.attributes.map((a) => a.name), line: lineOf(node) + tag.lineOffset, kind: 'html' });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const attributes = node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [a.name.toLowerCase()] : []));
      out.push({ name: node.name ?? '', attributes, line: lineOf(node), kind: 'jsx' });
    }
  });
  return out;
}

/**
 * Every URL a body would put in a page: links, images and definitions, and URL attributes
 * (`href`, `src`, …) of raw HTML and JSX elements (character references decoded).
 */
export function bodyUrls(body: string, options: BodyOptions = {}): BodyUrl[] {
  // Links, images and definitions need `[`, raw HTML and JSX `<`, autolink literals `@`, `http` or `www.`.
  if (!MAY_HOLD_LINK.test(body)) return [];
  return bodyFacts(body, options).urls;
}

function urlsOf(tree: Root): BodyUrl[] {
  const out: BodyUrl[] = [];
  visit(tree, (node) => {
    switch (node.type) {
      case 'link':
        out.push({ url: node.url, line: lineOf(node), kind: 'link' });
        break;
      case 'image':
        out.push({ url: node.url, line: lineOf(node), kind: 'image' });
        break;
      case 'definition':
        out.push({ url: node.url, line: lineOf(node), kind: 'definition' });
        break;
      case 'html':
        for (const tag of htmlTags(node.value))
          for (const a of tag.attributes)
            if (URL_ATTRIBUTES.has(a.name) && a.value !== undefined) out.push({ url: decodeHTMLAttribute(a.value), line: lineOf(node) + tag.lineOffset, kind: 'html', attribute: a.name });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const a of node.attributes)
          if (a.type === 'mdxJsxAttribute' && URL_ATTRIBUTES.has(a.name.toLowerCase()) && a.value != null) {
            // `href="…"`, or the string literals of `href={…}`.
            const urls = typeof a.value === 'string' ? [a.value] : [...a.value.value.matchAll(/(["'`])((?:(?!\1)[^\\]|\\.)*)\1/g)].map((m) => m[2]!);
            for (const url of urls) out.push({ url, line: lineOf(node), kind: 'jsx', attribute: a.name.toLowerCase() });
          }
        break;
      default:
        break;
    }
  });
  return out.sort((a, b) => a.line - b.line);
}

interface HtmlTag {
  name: string;
  attributes: { name: string; value: string | undefined }[];
  lineOffset: number;
}

function htmlTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  for (const match of html.matchAll(HTML_TAG)) {
    const attributes: HtmlTag['attributes'] = [];
    for (const a of (match[2] ?? '').matchAll(HTML_ATTRIBUTE)) attributes.push({ name: a[1]!.toLowerCase(), value: a[2] ?? a[3] ?? a[4] });
    const before = html.slice(0, match.index);
    tags.push({ name: match[1]!.toLowerCase(), attributes, lineOffset: before.split('\n').length - 1 });
  }
  return tags;
}

/**
 * Whether a URL is one Wegwijs may emit: `http:`, `https:`, `mailto:`, `tel:`, or relative
 * (site-relative `/…`, fragment `#…`, or a relative path without a scheme). The scheme is read
 * as a browser does: control characters and whitespace removed, case ignored.
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = decodeHTMLAttribute(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const colon = cleaned.indexOf(':');
  if (colon === -1) return true;
  const slash = cleaned.search(/[/?#]/);
  if (slash !== -1 && slash < colon) return true; // the colon is in the path, query or fragment
  const scheme = cleaned.slice(0, colon).toLowerCase();
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto' || scheme === 'tel';
}
