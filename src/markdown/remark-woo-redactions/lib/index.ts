/**
 * remark plugin that renders Woo/Wob redaction codes as accessible marks.
 *
 * Released documents replace names and details with a ground code such as
 * `(10)(2e)`, `5.1.2e`, `[5.1.2e]` or just `[redacted]`. This plugin turns each
 * occurrence into one `<span class="woo-lakking">` that shows the code as
 * written and tells screen readers what it means, and appends a legend of the
 * grounds used. Unknown codes in an unambiguous form are author errors.
 *
 * Only mdast nodes with `data.hName`/`hProperties`/`hChildren` are emitted (no
 * raw `html`), so the plugin works in Markdown and MDX pipelines alike.
 */

import type { ElementContent } from 'hast';
import type { Paragraph, Root, Text } from 'mdast';
// Loads the `data.hName`/`hProperties`/`hChildren` fields on mdast `Data`.
import type {} from 'remark-rehype';
import type { VFile } from 'vfile';
import { failOnErrors, setSeverity, transformText, type AnyNode, type VFileMessage } from '../../shared/index.ts';
import { createLocator } from '../../shared/locate.ts';
import { describeGround, findRedactions, type Ground, type RedactionMatch } from '../../../domain/redactions.ts';

declare module 'vfile' {
  interface DataMap {
    /**
     * Distinct ground codes used in the document, in order of first use
     * (canonical codes such as `5.1.2e`, `10.2.e`; `weggelakt` for
     * redactions without a ground). Set by `remarkWooRedactions`.
     */
    wooGronden: string[];
  }
}

/** Configuration of `remarkWooRedactions`. */
export interface Options {
  /**
   * Append a legend (`<aside class="woo-legenda">` with a `<dl>` of code →
   * label) of the grounds used, at the end of the document.
   * @default true
   */
  legend?: boolean | null | undefined;
  /**
   * Accessible name and visible title of the legend. Make it unique when
   * several documents with a legend end up on one page (axe: landmark-unique).
   * @default 'Gebruikte Woo-gronden'
   */
  legendLabel?: string | null | undefined;
  /**
   * What to do with an unknown ground in an unambiguous redaction form
   * (`(10)(2z)`, `5.1.2k`, `[5.1.9]`): `'error'` fails the file (after
   * reporting every unknown code with line and column); `'warn'` adds a
   * warning and leaves the text as is.
   * @default 'error'
   */
  onUnknown?: 'error' | 'warn' | null | undefined;
  /**
   * Visible text of a mark: `'original'` shows the code as the author wrote it
   * (`(10)(2e)`), `'code'` shows the canonical code (`10.2.e`). The original
   * is always kept in `data-woo-origineel`.
   * @default 'original'
   */
  display?: 'original' | 'code' | null | undefined;
  /**
   * Class of each mark.
   * @default 'woo-lakking'
   */
  className?: string | null | undefined;
  /**
   * Class that hides text visually but not from assistive technology; the
   * site's CSS must define it.
   * @default 'sr-only'
   */
  srOnlyClassName?: string | null | undefined;
}

const ruleId = 'onbekende-grond';
const source = 'remark-woo-redactions';

/**
 * Render Woo/Wob redaction codes as accessible marks and add a legend of the
 * grounds used.
 */
export function remarkWooRedactions(options?: Options | null) {
  const settings = {
    legend: options?.legend ?? true,
    legendLabel: options?.legendLabel ?? 'Gebruikte Woo-gronden',
    onUnknown: options?.onUnknown ?? 'error',
    display: options?.display ?? 'original',
    className: options?.className ?? 'woo-lakking',
    srOnlyClassName: options?.srOnlyClassName ?? 'sr-only',
  } as const;

  return function transform(tree: Root, file: VFile): void {
    const used = new Map<string, Ground>();
    const errors: VFileMessage[] = [];

    transformText(
      tree as AnyNode,
      (node) => {
        const value = node.value as string;
        const matches = findRedactions(value);
        if (matches.length === 0) return undefined;
        const locator = createLocator(node, file);
        const result: AnyNode[] = [];
        let last = 0;
        for (const match of matches) {
          if (!match.ground) {
            const message = file.message(
              `Onbekende Woo-grond "${match.raw}": gebruik een grond uit artikel 5.1 of 5.2 Woo, of artikel 10 of 11 Wob`,
              { place: locator.point(match.start, match.raw), ruleId, source },
            );
            setSeverity(message, settings.onUnknown);
            if (message.fatal) errors.push(message);
            continue;
          }
          if (match.start > last) {
            result.push(textNode(value.slice(last, match.start), locator.position(last, match.start)));
          }
          if (!used.has(match.ground.code)) used.set(match.ground.code, match.ground);
          result.push(markNode(match, match.ground, settings, locator.position(match.start, match.end)) as AnyNode);
          last = match.end;
        }
        if (last === 0) return undefined;
        if (last < value.length) result.push(textNode(value.slice(last), locator.position(last, value.length)));
        return result;
      },
      (node) => unwrapRedactedAutolink(node, file),
    );

    file.data.wooGronden = [...used.keys()];

    if (settings.legend && used.size > 0) {
      tree.children.push(legendNode([...used.values()], settings.legendLabel));
    }

    failOnErrors(file, errors, source, ruleId, `${errors.length} onbekende Woo-gronden:`);
  };
}

function textNode(value: string, position: AnyNode['position']): AnyNode {
  return position ? { type: 'text', value, position } : { type: 'text', value };
}

/**
 * `5.1.2e@iederin.nl` and `<5.1.2e@minvws.nl>` become `mailto:` links in
 * Markdown (GFM autolink literals, CommonMark autolinks). A redacted address is
 * not an address: turn the link back into text so the code can be marked and
 * the domain stays plain text.
 */
function unwrapRedactedAutolink(node: AnyNode, file: VFile): AnyNode[] | undefined {
  if (node.type !== 'link' || typeof node.url !== 'string' || !node.url.startsWith('mailto:')) return undefined;
  const child = node.children?.length === 1 ? node.children[0] : undefined;
  if (!child || child.type !== 'text' || typeof child.value !== 'string') return undefined;
  const address = child.value;
  if (node.url !== `mailto:${address}`) return undefined;
  const at = address.indexOf('@');
  const local = address.slice(0, at);
  const found = findRedactions(local);
  if (at < 1 || found.length !== 1 || found[0]?.start !== 0 || found[0].end !== local.length) return undefined;
  // Keep the angle brackets of a CommonMark autolink (`<…>`) as text.
  const start = node.position?.start.offset;
  const bracketed = typeof file.value === 'string' && start !== undefined && file.value.charAt(start) === '<';
  return [textNode(bracketed ? `<${address}>` : address, node.position)];
}

function markNode(
  match: RedactionMatch,
  ground: Ground,
  settings: { display: 'original' | 'code'; className: string; srOnlyClassName: string },
  position: AnyNode['position'],
): Text {
  const display = settings.display === 'code' && ground.law !== null ? ground.code : match.raw;
  const title = ground.law === null ? ground.label : `${ground.code} ${ground.law}: ${ground.label}`;
  const node: Text = {
    type: 'text',
    value: match.raw,
    data: {
      hName: 'span',
      hProperties: {
        className: [settings.className],
        dataWooGrond: ground.code,
        dataWooOrigineel: match.raw,
        title,
      },
      hChildren: [
        { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: display }] },
        {
          type: 'element',
          tagName: 'span',
          // Not indexed by Pagefind: every page would match "levenssfeer".
          properties: { className: [settings.srOnlyClassName], dataPagefindIgnore: '' },
          children: [{ type: 'text', value: describeGround(ground) }],
        },
      ],
    },
  };
  if (position) node.position = position;
  return node;
}

function legendNode(used: readonly Ground[], label: string): Paragraph {
  const items: ElementContent[] = [];
  for (const ground of used) {
    const term = ground.law === null ? `[${ground.code}]` : ground.code;
    const description = ground.article === null ? ground.label : `${ground.label} (${ground.article})`;
    items.push(
      { type: 'element', tagName: 'dt', properties: {}, children: [{ type: 'text', value: term }] },
      { type: 'element', tagName: 'dd', properties: {}, children: [{ type: 'text', value: description }] },
    );
  }
  // The mdast children are a plain-text fallback for tools that read text
  // (search indexes, excerpts); remark-rehype renders `hChildren` instead.
  const fallback = `${label}: ${used.map((ground) => `${ground.code} ${ground.label}`).join('; ')}`;
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: fallback }],
    data: {
      hName: 'aside',
      hProperties: { className: ['woo-legenda'], ariaLabel: label, dataPagefindIgnore: '' },
      hChildren: [
        { type: 'element', tagName: 'p', properties: { className: ['woo-legenda-titel'] }, children: [{ type: 'text', value: label }] },
        { type: 'element', tagName: 'dl', properties: {}, children: items },
      ],
    },
  };
}
