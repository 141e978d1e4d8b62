/**
 * "Kopieer tekst" for approved passages: the passage exactly as approved, as text/plain and as
 * text/html, without any UI text, so that it pastes faithfully into a word processor.
 *
 * The rendered passage (#passage-tekst) is first read into a small document model (blocks and
 * inlines, footnotes apart), which is then written out twice:
 *
 * - text/html: paragraphs, headings, lists (nested too), emphasis, tables as real tables,
 *   footnote markers as <sup> and the notes at the end as a numbered list, links only to public
 *   sources (http/https on another host, such as the Kamerstuk citations).
 * - text/plain: blocks separated by a blank line, list items on their own line (nested ones
 *   indented), a table one row a line with cells separated by tabs, footnote markers as `[1]`
 *   and the notes after the text as `[1] …`.
 *
 * In both, a Woo redaction mark is its code in brackets (`[5.1.2e]`), never the ground's full
 * text or the legend; a link into Wegwijs itself (entry links, footnote anchors and back-links)
 * leaves as plain text.
 */

type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'mark'; tag: 'em' | 'strong' | 'sup' | 'sub' | 'u' | 's'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'noteref'; label: string };

interface Cell { header: boolean; align: string | undefined; content: Inline[] }

type Block =
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'heading'; level: number; content: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'table'; head: Cell[][]; body: Cell[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'pre'; text: string }
  | { kind: 'rule' };

export interface PassageDocument {
  blocks: Block[];
  /** The footnotes in their order on the page (GFM numbers them 1, 2, … in that order). */
  notes: Block[][];
}

/** Elements whose text is never part of the passage: UI, screen-reader text, the Woo legend. */
const SKIP = '.sr-only, .woo-legenda, [data-footnote-backref], .data-footnote-backref, script, style, template, button, input, select, textarea, noscript, [hidden]';
const FOOTNOTES = 'section[data-footnotes], section.footnotes';
const MARKS: Record<string, 'em' | 'strong' | 'sup' | 'sub' | 'u' | 's'> = { EM: 'em', I: 'em', STRONG: 'strong', B: 'strong', SUP: 'sup', SUB: 'sub', U: 'u', S: 's', DEL: 's' };
const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'TABLE', 'BLOCKQUOTE', 'PRE', 'HR', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'DETAILS', 'SUMMARY', 'HEADER', 'FOOTER', 'NAV', 'MAIN']);

/**
 * Reads the rendered passage. `ownHosts`: hosts of Wegwijs itself (the page's host and the public
 * edition's); links there, and every link that is not http(s), become plain text.
 */
export function readPassage(root: Element, ownHosts: readonly string[] = [location.host]): PassageDocument {
  const notes: Block[][] = [];

  const isSkipped = (el: Element) => el.matches(SKIP) || (el.getAttribute('aria-hidden') === 'true' && !el.closest('.woo-lakking'));

  const publicHref = (a: HTMLAnchorElement): string | undefined => {
    const raw = a.getAttribute('href');
    if (!raw) return undefined;
    let url: URL;
    try {
      url = new URL(raw, document.baseURI);
    } catch {
      return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (ownHosts.includes(url.host)) return undefined;
    return url.href;
  };

  const isNoteRef = (el: Element): el is HTMLAnchorElement =>
    el.tagName === 'A' && (el.hasAttribute('data-footnote-ref') || /^#(?:user-content-)?fn-/.test(el.getAttribute('href') ?? ''));

  const inlines = (nodes: Iterable<Node>): Inline[] => {
    const out: Inline[] = [];
    for (const node of nodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        out.push({ kind: 'text', text: node.textContent ?? '' });
        continue;
      }
      if (!(node instanceof Element) || isSkipped(node)) continue;
      if (node.matches('.woo-lakking')) {
        const code = node.getAttribute('data-woo-grond');
        const shown = node.querySelector('[aria-hidden="true"]')?.textContent ?? node.textContent ?? '';
        out.push({ kind: 'text', text: code ? `[${code}]` : shown });
        continue;
      }
      // A footnote marker: <sup><a data-footnote-ref href="#user-content-fn-1">1</a></sup>.
      const ref = isNoteRef(node) ? node : node.tagName === 'SUP' && node.children.length === 1 && isNoteRef(node.children[0]!) ? (node.children[0] as HTMLAnchorElement) : undefined;
      if (ref) {
        out.push({ kind: 'noteref', label: (ref.textContent ?? '').trim() });
        continue;
      }
      if (node.tagName === 'BR') {
        out.push({ kind: 'break' });
        continue;
      }
      const children = inlines(node.childNodes);
      const mark = MARKS[node.tagName];
      if (mark) out.push({ kind: 'mark', tag: mark, children });
      else if (node instanceof HTMLAnchorElement) {
        const href = publicHref(node);
        out.push(...(href ? [{ kind: 'link' as const, href, children }] : children));
      } else out.push(...children);
    }
    return out;
  };

  const cells = (row: HTMLTableRowElement): Cell[] =>
    [...row.cells].map((cell) => ({
      header: cell.tagName === 'TH',
      align: cell.getAttribute('align') ?? (cell.style.textAlign || undefined),
      content: inlines(cell.childNodes),
    }));

  const table = (el: HTMLTableElement): Block => {
    const head: Cell[][] = [];
    const body: Cell[][] = [];
    for (const row of el.rows) (row.parentElement?.tagName === 'THEAD' ? head : body).push(cells(row));
    return { kind: 'table', head, body };
  };

  /** Block content of a container; inline runs between blocks become paragraphs. */
  const blocks = (container: Element): Block[] => {
    const out: Block[] = [];
    let run: Node[] = [];
    const flush = () => {
      const content = inlines(run);
      run = [];
      if (content.some((i) => i.kind !== 'text' || i.text.trim() !== '')) out.push({ kind: 'paragraph', content });
    };
    for (const node of container.childNodes) {
      if (!(node instanceof Element) || !BLOCK_TAGS.has(node.tagName)) {
        run.push(node);
        continue;
      }
      flush();
      if (isSkipped(node)) continue;
      if (node.matches(FOOTNOTES)) {
        for (const li of node.querySelectorAll(':scope > ol > li')) notes.push(blocks(li));
        continue;
      }
      switch (node.tagName) {
        case 'P':
        case 'DT':
        case 'SUMMARY':
        case 'FIGCAPTION':
          out.push({ kind: 'paragraph', content: inlines(node.childNodes) });
          break;
        case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6':
          out.push({ kind: 'heading', level: Number(node.tagName[1]), content: inlines(node.childNodes) });
          break;
        case 'UL':
        case 'OL':
          out.push({
            kind: 'list',
            ordered: node.tagName === 'OL',
            start: node.tagName === 'OL' ? (node as HTMLOListElement).start || 1 : 1,
            items: [...node.children].filter((li) => li.tagName === 'LI' && !isSkipped(li)).map((li) => blocks(li)),
          });
          break;
        case 'TABLE':
          out.push(table(node as HTMLTableElement));
          break;
        case 'BLOCKQUOTE':
          out.push({ kind: 'quote', blocks: blocks(node) });
          break;
        case 'PRE':
          out.push({ kind: 'pre', text: (node.textContent ?? '').replace(/\n$/, '') });
          break;
        case 'HR':
          out.push({ kind: 'rule' });
          break;
        default:
          out.push(...blocks(node));
      }
    }
    flush();
    return out;
  };

  return { blocks: blocks(root), notes };
}

// ─── text/html ────────────────────────────────────────────────────────────────────────────────

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inlineHtml(content: Inline[]): string {
  return content.map((i) => {
    switch (i.kind) {
      case 'text': return escapeHtml(i.text.replace(/\s+/g, ' '));
      case 'break': return '<br>';
      case 'mark': return `<${i.tag}>${inlineHtml(i.children)}</${i.tag}>`;
      case 'link': return `<a href="${escapeHtml(i.href)}">${inlineHtml(i.children)}</a>`;
      case 'noteref': return `<sup>${escapeHtml(i.label)}</sup>`;
    }
  }).join('');
}

/** A block's inline content; its leading and trailing spaces are markup layout, not text. */
const blockHtml = (content: Inline[]) => inlineHtml(content).replace(/ {2,}/g, ' ').replace(/^ +| +$/g, '').replace(/ *<br> */g, '<br>');

function cellHtml(cell: Cell): string {
  const tag = cell.header ? 'th' : 'td';
  const align = cell.align && /^(left|right|center)$/.test(cell.align) ? ` align="${cell.align}"` : '';
  return `<${tag}${align}>${blockHtml(cell.content)}</${tag}>`;
}

function blocksHtml(blocks: Block[]): string {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'paragraph': return `<p>${blockHtml(b.content)}</p>`;
      case 'heading': return `<h${b.level}>${blockHtml(b.content)}</h${b.level}>`;
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : '';
        return `<${tag}${start}>${b.items.map((item) => `<li>${itemHtml(item)}</li>`).join('')}</${tag}>`;
      }
      case 'table': {
        const rows = (rows: Cell[][]) => rows.map((r) => `<tr>${r.map(cellHtml).join('')}</tr>`).join('');
        // border: word processors show the grid, as on the page.
        return `<table border="1" cellspacing="0" cellpadding="4">${b.head.length ? `<thead>${rows(b.head)}</thead>` : ''}<tbody>${rows(b.body)}</tbody></table>`;
      }
      case 'quote': return `<blockquote>${blocksHtml(b.blocks)}</blockquote>`;
      case 'pre': return `<pre>${escapeHtml(b.text)}</pre>`;
      case 'rule': return '<hr>';
    }
  }).join('');
}

/** A list item: its first paragraph inline (no <p> inside <li>, which word processors space out). */
function itemHtml(item: Block[]): string {
  const [first, ...rest] = item;
  return first?.kind === 'paragraph' ? blockHtml(first.content) + blocksHtml(rest) : blocksHtml(item);
}

export function documentHtml(doc: PassageDocument): string {
  const notes = doc.notes.length ? `<ol>${doc.notes.map((n) => `<li>${itemHtml(n)}</li>`).join('')}</ol>` : '';
  return blocksHtml(doc.blocks) + notes;
}

// ─── text/plain ───────────────────────────────────────────────────────────────────────────────

function rawText(content: Inline[]): string {
  return content.map((i): string => {
    switch (i.kind) {
      case 'text': return i.text.replace(/\s+/g, ' ');
      case 'break': return '\n';
      case 'mark':
      case 'link': return rawText(i.children);
      case 'noteref': return `[${i.label}]`;
    }
  }).join('');
}

/** A block's inline content as lines: spaces collapsed, each line trimmed. */
const inlineText = (content: Inline[]) => rawText(content).split('\n').map((line) => line.replace(/ +/g, ' ').trim()).join('\n').trim();

/** Indents every line after the first by `indent`. */
const hang = (text: string, indent: string) => text.replace(/\n(?=.)/g, `\n${indent}`);

function blocksText(blocks: Block[]): string {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'paragraph':
      case 'heading': return inlineText(b.content);
      case 'list': return b.items.map((item, i) => {
        const marker = b.ordered ? `${b.start + i}.` : '-';
        return `${marker} ${hang(itemText(item), ' '.repeat(marker.length + 1))}`;
      }).join('\n');
      case 'table': return [...b.head, ...b.body].map((row) => row.map((c) => inlineText(c.content).replace(/[\t\n]+/g, ' ')).join('\t')).join('\n');
      case 'quote': return blocksText(b.blocks);
      case 'pre': return b.text;
      case 'rule': return '';
    }
  }).filter((t) => t !== '').join('\n\n');
}

/** A list item or note: a nested list follows its line directly, other blocks after a newline. */
function itemText(item: Block[]): string {
  return item.map((b) => blocksText([b])).filter((t) => t !== '').join('\n');
}

export function documentText(doc: PassageDocument): string {
  const text = blocksText(doc.blocks);
  if (!doc.notes.length) return text;
  const notes = doc.notes.map((n, i) => {
    const marker = `[${i + 1}]`;
    return `${marker} ${hang(itemText(n), ' '.repeat(marker.length + 1))}`;
  });
  return `${text}\n\n${notes.join('\n')}`;
}

/** The passage as text/html. */
export function passageHtml(root: Element, ownHosts?: readonly string[]): string {
  return documentHtml(readPassage(root, ownHosts));
}

/** The passage as text/plain. */
export function passageText(root: Element, ownHosts?: readonly string[]): string {
  return documentText(readPassage(root, ownHosts));
}

function init() {
  const tools = document.querySelector<HTMLElement>('[data-copy-tools]');
  const text = document.getElementById('passage-tekst');
  if (!tools || !text || !navigator.clipboard) return;
  const button = tools.querySelector<HTMLButtonElement>('[data-copy]')!;
  const withSource = tools.querySelector<HTMLInputElement>('[data-copy-source]')!;
  const status = tools.querySelector<HTMLElement>('[data-copy-status]')!;
  // Wegwijs itself: this edition's host and the public edition's (data-site, WEGWIJS_SITE).
  const ownHosts = [location.host];
  try {
    if (text.dataset.site) ownHosts.push(new URL(text.dataset.site).host);
  } catch {
    // No usable site address: only this host counts as Wegwijs.
  }
  tools.hidden = false;
  button.addEventListener('click', async () => {
    // Past its review date: the text may be outdated. Copying asks first (data-review-passed,
    // src/components/PassageCopy.astro); cancelling copies nothing and says so.
    const review = text.dataset.reviewPassed;
    if (review && !window.confirm(`De herziendatum van deze passage (${review}) is verstreken: controleer of de tekst nog klopt voordat u hem gebruikt. Toch kopiëren?`)) {
      status.textContent = 'Niet gekopieerd: de herziendatum is verstreken.';
      return;
    }
    const doc = readPassage(text, ownHosts);
    let plain = documentText(doc);
    let html = documentHtml(doc);
    const source = text.dataset.sourceLine;
    if (withSource.checked && source) {
      plain += `\n\n${source}`;
      html += `<p>${escapeHtml(source)}</p>`;
    }
    try {
      if (typeof ClipboardItem !== 'undefined') {
        await navigator.clipboard.write([
          new ClipboardItem({ 'text/plain': new Blob([plain], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
        ]);
      } else {
        await navigator.clipboard.writeText(plain);
      }
      status.textContent = withSource.checked ? 'Tekst met bronregel gekopieerd.' : 'Tekst gekopieerd.';
    } catch {
      status.textContent = 'Kopiëren is niet gelukt. Selecteer de tekst en kopieer hem met Ctrl+C.';
    }
  });
}

init();
