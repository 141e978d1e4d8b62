/**
 * "Kopieer tekst" for approved passages: text/plain with clean paragraphs and text/html with
 * paragraphs, lists and emphasis (pastes well into Word), without any UI text.
 */
const BLOCKS = new Set(['UL', 'OL', 'BLOCKQUOTE', 'DIV']);
const ALLOWED = new Set(['P', 'UL', 'OL', 'LI', 'EM', 'STRONG', 'B', 'I', 'A', 'BR', 'BLOCKQUOTE', 'H2', 'H3', 'H4']);

export function passageHtml(root: Element): string {
  const clean = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ');
      // Whitespace between block elements is markup layout, not text.
      const parent = node.parentElement;
      if (!text.trim() && (!parent || parent === root || BLOCKS.has(parent.tagName))) return '';
      return escapeHtml(text);
    }
    if (!(node instanceof Element)) return '';
    if (node.matches('.woo-legenda, .sr-only, [aria-hidden="true"]:not(.woo-lakking *)')) return '';
    const inner = [...node.childNodes].map(clean).join('');
    if (!ALLOWED.has(node.tagName)) return inner;
    const tag = node.tagName.toLowerCase();
    const href = tag === 'a' ? ` href="${escapeHtml((node as HTMLAnchorElement).href)}"` : '';
    return tag === 'br' ? '<br>' : `<${tag}${href}>${inner}</${tag}>`;
  };
  return [...root.childNodes].map(clean).join('').trim();
}

export function passageText(root: Element): string {
  const blocks: string[] = [];
  const inline = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || node.matches('.sr-only, .woo-legenda')) return '';
    if (node.tagName === 'BR') return '\n';
    return [...node.childNodes].map(inline).join('');
  };
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (child.matches('.woo-legenda')) continue;
      if (child.tagName === 'UL' || child.tagName === 'OL') {
        [...child.children].forEach((li, i) => blocks.push(`${child.tagName === 'OL' ? `${i + 1}.` : '-'} ${squash(inline(li))}`));
      } else if (['P', 'H2', 'H3', 'H4', 'BLOCKQUOTE'].includes(child.tagName)) {
        blocks.push(squash(inline(child)));
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  // Consecutive list items stay together; other blocks are separated by a blank line.
  return blocks.reduce((acc, block, i) => (i === 0 ? block : acc + (/^(-|\d+\.) /.test(block) && /^(-|\d+\.) /.test(blocks[i - 1]!) ? '\n' : '\n\n') + block), '');
}

const squash = (s: string) => s.replace(/[ \t\r\n]+/g, ' ').trim();
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function init() {
  const tools = document.querySelector<HTMLElement>('[data-copy-tools]');
  const text = document.getElementById('passage-tekst');
  if (!tools || !text || !navigator.clipboard) return;
  const button = tools.querySelector<HTMLButtonElement>('[data-copy]')!;
  const withSource = tools.querySelector<HTMLInputElement>('[data-copy-source]')!;
  const status = tools.querySelector<HTMLElement>('[data-copy-status]')!;
  tools.hidden = false;
  button.addEventListener('click', async () => {
    let plain = passageText(text);
    let html = passageHtml(text);
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
