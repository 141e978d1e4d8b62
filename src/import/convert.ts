/**
 * From a file to one mdast tree: .docx through mammoth (docx → HTML, the well-kept converter;
 * its style map keeps Word's and LibreOffice's emphasis styles), officielebekendmakingen.nl XML
 * mapped to the same HTML, and HTML through hast-util-to-mdast. Footnotes of all three become GFM
 * footnote nodes (`[^1]` … `[^1]: …`), so they survive as footnotes in Markdown.
 */
import mammoth from 'mammoth';
import { fromHtml } from 'hast-util-from-html';
import { toMdast, type Handle } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import { visit, SKIP } from 'unist-util-visit';
import { XMLParser } from 'fast-xml-parser';
import { toString } from 'mdast-util-to-string';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { BlockContent, FootnoteDefinition, Root, RootContent } from 'mdast';
import type { FileFormat } from './detect.ts';

export interface ConvertedDocument {
  /** Body blocks followed by the footnote definitions. */
  tree: Root;
  /** `<meta name content>` of an HTML page, and the kamerstuk head of an XML document. */
  meta: Record<string, string>;
  /** Things left out of the text, for the report. */
  skipped: string[];
}

/** mammoth's style map: LibreOffice's and Word's character styles for emphasis, table paragraphs as plain paragraphs. */
const STYLE_MAP = [
  "r[style-name='Emphasis'] => em",
  "r[style-name='Strong Emphasis'] => strong",
  "r[style-name='Strong'] => strong",
  "r[style-name='Footnote Characters'] => ",
  "r[style-name='Footnote Anchor'] => ",
  "p[style-name='Table Heading'] => p:fresh",
  "p[style-name='Table Contents'] => p:fresh",
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
];

export async function convert(bytes: Uint8Array, format: FileFormat): Promise<ConvertedDocument> {
  const skipped: string[] = [];
  if (format === 'docx') {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // Never follow links to files outside the document.
        externalFileAccess: false,
        // Images are not imported (they have no place in an entry yet): an <img> without the
        // picture (mammoth adds the alt text), which htmlToMdast removes and names in the report.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    for (const message of result.messages) if (message.type === 'error') skipped.push(`Word: ${message.message}`);
    return { ...htmlToMdast(result.value, skipped), skipped };
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (format === 'xml') {
    const { html, meta } = officialXmlToHtml(text);
    const converted = htmlToMdast(html, skipped);
    return { tree: converted.tree, meta: { ...converted.meta, ...meta }, skipped };
  }
  return { ...htmlToMdast(text, skipped), skipped };
}

const isElement = (node: unknown, ...names: string[]): node is Element =>
  typeof node === 'object' && node !== null && (node as Element).type === 'element' && (names.length === 0 || names.includes((node as Element).tagName));
/** Like isElement, without narrowing (for values already typed as elements). */
const hasTag = (node: unknown, ...names: string[]): boolean => isElement(node, ...names);

/** The footnote number an anchor shows: `1`, `[1]`, `1)`. */
function noteNumber(element: Element): string | undefined {
  const text = toText(element).trim();
  const match = /^\[?(\d{1,3})[\])]?$/.exec(text);
  return match?.[1];
}

/**
 * HTML → mdast. Footnote references are anchors to an in-page id showing a number (mammoth:
 * `<sup><a href="#footnote-2">[1]</a></sup>`; officielebekendmakingen: `<sup><a class="nootnum"
 * href="#ID">1</a></sup>`); the element with that id (an `li`, `div`, `dd` or the `dt` before a
 * `dd`) is the note.
 */
export function htmlToMdast(html: string, skipped: string[] = []): { tree: Root; meta: Record<string, string> } {
  const hast = fromHtml(html);
  const meta: Record<string, string> = {};
  const byId = new Map<string, { element: Element; parent: Element | HastRoot; index: number }>();
  let title: string | undefined;
  visit(hast, 'element', (node, index, parent) => {
    if (node.tagName === 'meta' && typeof node.properties['name'] === 'string' && typeof node.properties['content'] === 'string') {
      meta[node.properties['name']] = node.properties['content'];
    }
    if (node.tagName === 'title') title = toText(node).trim();
    const id = node.properties['id'] ?? node.properties['name'];
    if (typeof id === 'string' && parent && index !== undefined) byId.set(id, { element: node, parent: parent as Element, index });
  });
  if (title && !meta['title']) meta['title'] = title;

  // Find references and their notes.
  const notes = new Map<string, { label: string; content: ElementContent[] }>();
  const noteElements = new Set<Element>();
  let counter = 0;
  visit(hast, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const anchor = hasTag(node, 'sup') ? node.children.find((c): c is Element => isElement(c, 'a')) : hasTag(node, 'a') && /noot|footnote|note/i.test(String(node.properties['className'] ?? '')) ? node : undefined;
    if (!anchor) return;
    const href = anchor.properties['href'];
    if (typeof href !== 'string' || !href.startsWith('#')) return;
    const label = noteNumber(anchor);
    const target = byId.get(decodeURIComponent(href.slice(1)));
    // Only a note-like element is a note: an anchor to a heading or a table is an ordinary link.
    if (!label || !target || !['li', 'dd', 'dt', 'div', 'p', 'aside', 'section', 'span', 'a'].includes(target.element.tagName)) return;
    // Back-links inside the note point the other way; skip those.
    if (noteElements.has(target.element)) return;
    let content: ElementContent[];
    const owner = target.element;
    if (hasTag(owner, 'dt')) {
      const siblings = 'children' in target.parent ? target.parent.children : [];
      const dd = siblings.slice(target.index + 1).find((c): c is Element => isElement(c));
      content = dd && isElement(dd, 'dd') ? dd.children : [];
      if (dd) noteElements.add(dd);
      noteElements.add(owner);
    } else if (hasTag(owner, 'a')) {
      // `<p><a id="fn1">1</a> text</p>`: the note is the anchor's parent.
      const p = target.parent as Element;
      content = [{ ...p, children: p.children.filter((c) => c !== owner) }];
      noteElements.add(p);
    } else {
      content = owner.children;
      noteElements.add(owner);
    }
    const identifier = notes.has(label) ? `${label}-${++counter}` : label;
    notes.set(identifier, { label: identifier, content });
    parent.children[index] = { type: 'element', tagName: 'x-footnote-ref', properties: { identifier }, children: [] };
    return SKIP;
  });

  // Remove the notes (and lists/containers left empty) from the body; drop images and back-links.
  // An image has no place in a draft yet: each one is named in the report (its description and
  // the heading it stands under), for the author to place by hand, never dropped unsaid.
  let heading = '';
  const removeNotes = (node: Element | HastRoot) => {
    node.children = node.children.filter((child) => {
      if (isElement(child) && noteElements.has(child)) return false;
      if (isElement(child) && /^h[1-6]$/.test(child.tagName)) heading = toText(child).replace(/\s+/g, ' ').trim();
      if (hasTag(child, 'img')) {
        const alt = String((child as Element).properties['alt'] ?? '').replace(/\s+/g, ' ').trim();
        skipped.push(`afbeelding${alt ? ` "${alt}"` : ' (zonder beschrijving)'}${heading ? ` onder "${heading}"` : ' vóór de eerste kop'}: afbeeldingen worden niet geïmporteerd; zet hem zo nodig zelf in het concept`);
        return false;
      }
      if (isElement(child)) {
        removeNotes(child);
        if (['ol', 'ul', 'dl', 'div', 'section', 'aside'].includes(child.tagName) && child.children.every((c) => c.type === 'text' && !c.value.trim())) return false;
      }
      return true;
    });
  };
  removeNotes(hast);
  for (const note of notes.values()) {
    const stripBack = (children: ElementContent[]): ElementContent[] =>
      children
        .filter((c) => !(isElement(c, 'a') && typeof c.properties['href'] === 'string' && String(c.properties['href']).startsWith('#') && /^(?:↑|\^|\d{1,3}|\[\d{1,3}\])$/.test(toText(c).trim())))
        .filter((c) => !(isElement(c) && /nootnum/.test(String(c.properties['className'] ?? ''))))
        .map((c) => (isElement(c) ? { ...c, children: stripBack(c.children) } : c));
    note.content = stripBack(note.content);
  }

  const handlers: Record<string, Handle> = {
    'x-footnote-ref': (_state, node: Element) => ({ type: 'footnoteReference', identifier: String(node.properties['identifier']), label: String(node.properties['identifier']) }),
    // officielebekendmakingen writes intermediate headings as <p class="tussenkop">.
    p: (state, node: Element) => {
      const classes = String(node.properties['className'] ?? '');
      if (/tussenkop|kop/.test(classes)) return { type: 'heading', depth: 2, children: state.all(node) as never };
      const children = state.all(node);
      return children.length > 0 ? ({ type: 'paragraph', children } as never) : undefined;
    },
  };
  const body = (hast.children.find((c) => isElement(c, 'html')) as Element | undefined)?.children.find((c) => isElement(c, 'body')) ?? hast;
  const tree = toMdast(body as HastRoot, { handlers }) as Root;
  const definitions: FootnoteDefinition[] = [];
  for (const [identifier, note] of notes) {
    const converted = toMdast({ type: 'root', children: note.content as HastContent[] }, { handlers }) as Root;
    let children = converted.children.filter((c) => c.type !== 'footnoteDefinition') as BlockContent[];
    if (children.length > 0 && !children.every((c) => c.type === 'paragraph' || c.type === 'list' || c.type === 'table' || c.type === 'blockquote')) {
      children = [{ type: 'paragraph', children: children.flatMap((c) => ('children' in c ? (c.children as never[]) : [])) }];
    }
    if (children.length === 0) children = [{ type: 'paragraph', children: [] }];
    definitions.push({ type: 'footnoteDefinition', identifier, label: identifier, children });
  }
  tree.children = [...(tree.children as RootContent[]), ...definitions];
  tidy(tree);
  return { tree, meta };
}

/**
 * Trims the tabs and spaces Word leaves at the start and end of paragraphs and notes; a table
 * without header cells gets an empty header row from hast-util-to-mdast: its first row becomes
 * the header instead (as in the document).
 */
function tidy(tree: Root): void {
  // A "Noten" heading over the notes (officielebekendmakingen) is left alone at the end once the notes are footnotes.
  const lastText = tree.children.findLastIndex((c) => c.type !== 'footnoteDefinition');
  const last = tree.children[lastText];
  if (last?.type === 'heading' && /^(?:voet)?noten$/i.test(toString(last).trim())) tree.children.splice(lastText, 1);
  // Headings are bold by nature: "**Inleiding**" as a heading is "Inleiding".
  visit(tree, 'heading', (heading) => {
    if (heading.children.length === 1 && heading.children[0]!.type === 'strong') heading.children = heading.children[0]!.children;
    heading.children = heading.children.flatMap((c) => (c.type === 'strong' ? c.children : [c]));
  });
  visit(tree, 'table', (table) => {
    const first = table.children[0];
    if (table.children.length > 1 && first && first.children.every((cell) => cell.children.every((c) => c.type === 'text' && !c.value.trim()))) table.children.shift();
  });
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    const children = (node as { children: RootContent[] }).children;
    const first = children[0];
    const last = children[children.length - 1];
    if (first?.type === 'text') first.value = first.value.replace(/^[\s\t]+/, '');
    if (last?.type === 'text') last.value = last.value.replace(/[\s\t]+$/, '');
  });
}

// ---------------------------------------------------------------------------------------------
// officielebekendmakingen.nl XML (the `kamerstuk` document type of the Staten-Generaal): mapped
// to the HTML the page shows, so that both share one converter.

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function officialXmlToHtml(xml: string): { html: string; meta: Record<string, string> } {
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, processEntities: true, htmlEntities: true });
  const doc = parser.parse(xml) as XmlNode[];
  const meta: Record<string, string> = {};
  const notes: string[] = [];
  const nameOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@') ?? '';
  const childrenOf = (node: XmlNode) => (node[nameOf(node)] as XmlNode[] | undefined) ?? [];
  const textOf = (nodes: XmlNode[]): string => nodes.map((n) => (nameOf(n) === '#text' ? String(n['#text']) : textOf(childrenOf(n)))).join('');
  const render = (nodes: XmlNode[]): string =>
    nodes
      .map((node) => {
        const name = nameOf(node);
        if (name === '#text') return escapeHtml(String(node['#text']));
        const kids = childrenOf(node);
        const attrs = node[':@'] ?? {};
        switch (name) {
          case '?xml':
          case 'metadata':
          case 'meta':
          case 'kamerstukkop':
          case 'dossier':
          case 'stuknr':
          case 'titel':
          case 'li.nr':
          case 'noot.nr':
            return '';
          case 'al':
            return `<p>${render(kids)}</p>`;
          case 'tussenkop':
          case 'kop':
            return `<h2>${render(kids)}</h2>`;
          case 'nadruk':
            return attrs['type'] === 'vet' ? `<strong>${render(kids)}</strong>` : attrs['type'] === 'sup' ? `<sup>${render(kids)}</sup>` : `<em>${render(kids)}</em>`;
          case 'lijst':
            return attrs['type'] === 'expliciet' || attrs['nummer-type'] ? `<ol>${render(kids)}</ol>` : `<ul>${render(kids)}</ul>`;
          case 'li':
            return `<li>${render(kids)}</li>`;
          case 'noot': {
            const number = textOf(kids.filter((k) => nameOf(k) === 'noot.nr')).trim() || String(notes.length + 1);
            const id = `noot-${notes.length + 1}`;
            notes.push(`<li id="${id}">${render(kids.filter((k) => nameOf(k) !== 'noot.nr'))}</li>`);
            return `<sup><a href="#${id}">${escapeHtml(number)}</a></sup>`;
          }
          case 'noot.al':
            return `<p>${render(kids)}</p>`;
          case 'tabel':
          case 'tgroup':
            return name === 'tabel' ? `<table>${render(kids)}</table>` : render(kids);
          case 'thead':
          case 'tbody':
            return `<${name}>${render(kids)}</${name}>`;
          case 'row':
            return `<tr>${render(kids)}</tr>`;
          case 'entry':
            return `<td>${render(kids)}</td>`;
          case 'colspec':
            return '';
          default:
            return render(kids);
        }
      })
      .join('');
  // The head: <meta name content> elements, the dossier and paper numbers, the session year, the paper's title.
  for (const m of xml.matchAll(/<meta\s+name="([^"]+)"\s+(?:scheme="[^"]*"\s+)?content="([^"]*)"/g)) meta[m[1]!] = m[2]!;
  const first = (pattern: RegExp) => pattern.exec(xml)?.[1]?.replace(/\s+/g, ' ').trim();
  const dossier = first(/<dossiernr>([^<]+)<\/dossiernr>/);
  const ondernummer = first(/<ondernummer>([^<]+)<\/ondernummer>/);
  const vergaderjaar = first(/<vergaderjaar>[^<\d]*(\d{4}\s*[-–]\s*\d{4})[^<]*<\/vergaderjaar>/)?.replace(/\s*[-–]\s*/, '-');
  const titel = first(/<stuk>[\s\S]*?<titel>([^<]+)<\/titel>/);
  if (dossier) meta['OVERHEIDop.dossiernummer'] ??= dossier;
  if (ondernummer) meta['OVERHEIDop.ondernummer'] ??= ondernummer;
  if (vergaderjaar) meta['OVERHEIDop.vergaderjaar'] ??= vergaderjaar;
  if (titel) meta['DC.title'] ??= titel;
  const body = render(doc);
  return { html: `<!doctype html><html><body>${body}${notes.length ? `<ol>${notes.join('')}</ol>` : ''}</body></html>`, meta };
}
