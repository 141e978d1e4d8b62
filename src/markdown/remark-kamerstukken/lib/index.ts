/**
 * remark plugin that links citations of parliamentary papers (Kamerstukken)
 * to their official publication on zoek.officielebekendmakingen.nl.
 *
 * `TK 2015-2016, 34 104, nr. 105` becomes a link to
 * `https://zoek.officielebekendmakingen.nl/kst-34104-105.html` with the
 * citation as written as link text. Only normal mdast `link` nodes are
 * emitted, so the plugin works in Markdown and MDX pipelines alike.
 */

import type { Link, Root } from 'mdast';
import { transformText, type AnyNode } from '../../shared/index.ts';
import type { VFile } from 'vfile';
import { createLocator } from '../../shared/locate.ts';
import { defaultBaseUrl, kamerstukUrl, type KamerstukReference } from '../../../domain/kamerstuk.ts';

/** Configuration of `remarkKamerstukken`. */
export interface Options {
  /**
   * Base address; the document name `kst-{dossier}[-{suffix}]-{nummer}.html`
   * is appended.
   * @default 'https://zoek.officielebekendmakingen.nl/'
   */
  baseUrl?: string | null | undefined;
}

/** One citation found in a text. */
export interface KamerstukCitation extends KamerstukReference {
  /** Offset of the first character in the searched text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The citation as written. */
  raw: string;
  /** Dossier without spaces, e.g. `34104`. */
  dossier: string;
  /** Suffix, or `undefined`. */
  suffix: string | undefined;
  /** Paper number. */
  nummer: string;
  /** Chamber, when the citation says so. */
  kamer: 'Tweede Kamer' | 'Eerste Kamer' | undefined;
  /** Session year as written (`2015-2016`, `2019/20`), when given. */
  vergaderjaar: string | undefined;
}

// Dossier: five digits, optionally written `34 104`; optional suffix: a Roman
// numeral or capital letter (budget chapters: `34 000 XVI`, `36 200 A`), or a
// sub-dossier number (`21 501-31`).
const dossier = String.raw`(?<dossier>\d{2} ?\d{3})(?:(?: +| *[-–] *)(?<roman>[IVXLC]{1,6}|[A-Z])(?![\p{L}\p{N}])|-(?<sub>\d{1,3})(?![\d]))?`;
const session = String.raw`(?<jaar>(?:19|20)\d{2} ?[-–/] ?(?:(?:19|20)\d{2}|\d{2}))`;
const marker = String.raw`(?<marker>Kamerstukken|Kamerstuk|Kst\.?|TK|EK|Tweede Kamer|Eerste Kamer)(?: (?<chamber>II|I)(?![\p{L}\p{N}]))?`;
const numbered = String.raw`,? *(?:nr\.|nummer|no\.) *(?<nummer>\d{1,4})(?![\d\p{L}])`;
const lettered = String.raw`, *(?:nr\. *)?(?<letter>[A-Z]{1,3})(?![\p{L}\p{N}])`;

// With a marker: `TK 2015-2016, 34 104, nr. 105`, `Kamerstuk 25 295, nr. 315`,
// `Kamerstukken I 2019/20, 35 300, A` (letters number Eerste Kamer papers, so
// they are refused after `TK`/`Tweede Kamer`/`Kamerstukken II`).
const withMarker = String.raw`(?<![\p{L}\p{N}])${marker}(?:,? *(?:vergaderjaar )?${session})?,? +${dossier}(?:${numbered}|${lettered})`;
// Without a marker only the classic spelling `34 104, nr. 105` (space in the
// dossier and `nr.`): a bare `34104, nr. 5` is too ambiguous.
const withoutMarker = String.raw`(?<![\p{L}\p{N}.,€$/-])(?<plain>\d{2} \d{3})(?:(?: +| *[-–] *)(?<plainRoman>[IVXLC]{1,6}|[A-Z])(?![\p{L}\p{N}])|-(?<plainSub>\d{1,3})(?![\d]))?,? *nr\. *(?<plainNummer>\d{1,4})(?![\d\p{L}])`;

const citationExpression = new RegExp(`${withMarker}|${withoutMarker}`, 'gu');
const currencyBefore = /(?:€|EUR|euro|\$)\s*$/iu;

/**
 * Find every Kamerstuk citation in `text` (a text node value or a raw
 * Markdown body). Pure; one precompiled regular expression.
 */
export function findKamerstukCitations(text: string): KamerstukCitation[] {
  const found: KamerstukCitation[] = [];
  if (!/\d{2} ?\d{3}/.test(text)) return found;
  // matchAll works on a copy of the expression: no shared lastIndex to reset.
  for (const { index: start, 0: raw, groups = {} } of text.matchAll(citationExpression)) {
    let kamer: KamerstukCitation['kamer'];
    let nummer: string | undefined;
    let dossierNumber: string | undefined;
    let suffix: string | undefined;
    if (groups['marker'] !== undefined) {
      const markerText = groups['marker'];
      const chamber = groups['chamber'];
      kamer =
        markerText === 'EK' || markerText === 'Eerste Kamer' || chamber === 'I'
          ? 'Eerste Kamer'
          : markerText === 'TK' || markerText === 'Tweede Kamer' || chamber === 'II'
            ? 'Tweede Kamer'
            : undefined;
      dossierNumber = groups['dossier'];
      suffix = groups['roman'] ?? groups['sub'];
      nummer = groups['nummer'];
      if (nummer === undefined) {
        // Letters number the papers of the Eerste Kamer only: never after `TK`.
        if (kamer === 'Tweede Kamer') continue;
        nummer = groups['letter'];
        kamer = 'Eerste Kamer';
      }
    } else {
      if (currencyBefore.test(text.slice(Math.max(0, start - 6), start))) continue;
      dossierNumber = groups['plain'];
      suffix = groups['plainRoman'] ?? groups['plainSub'];
      nummer = groups['plainNummer'];
    }
    if (dossierNumber === undefined || nummer === undefined) continue;
    found.push({
      start,
      end: start + raw.length,
      raw,
      dossier: dossierNumber.replace(/ /g, ''),
      suffix,
      nummer,
      kamer,
      vergaderjaar: groups['jaar'],
    });
  }
  return found;
}

/** Link Kamerstuk citations in text to their official publication. */
export function remarkKamerstukken(options?: Options | null) {
  const baseUrl = options?.baseUrl ?? defaultBaseUrl;

  return function transform(tree: Root, file: VFile): void {
    transformText(
      tree as AnyNode,
      (node, ancestors) => {
        const value = node.value as string;
        const citations = findKamerstukCitations(value);
        if (citations.length === 0 || ancestors.some(isLinkLike)) return undefined;
        const locator = createLocator(node, file);
        const result: AnyNode[] = [];
        let last = 0;
        for (const citation of citations) {
          if (citation.start > last) result.push(textNode(value.slice(last, citation.start), locator.position(last, citation.start)));
          const position = locator.position(citation.start, citation.end);
          const link: Link = {
            type: 'link',
            url: kamerstukUrl(citation, baseUrl),
            children: [position ? { type: 'text', value: citation.raw, position } : { type: 'text', value: citation.raw }],
          };
          if (position) link.position = position;
          result.push(link as AnyNode);
          last = citation.end;
        }
        if (last < value.length) result.push(textNode(value.slice(last), locator.position(last, value.length)));
        return result;
      },
      (node) => (isLinkLike(node) ? 'skip' : undefined),
    );
  };
}

/** Links, link references and JSX `<a>` elements: never nest a link in them. */
function isLinkLike(node: AnyNode): boolean {
  if (node.type === 'link' || node.type === 'linkReference') return true;
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    const name = (node as { name?: unknown }).name;
    return name === 'a' || name === 'A' || name === 'Link';
  }
  return false;
}

function textNode(value: string, position: AnyNode['position']): AnyNode {
  return position ? { type: 'text', value, position } : { type: 'text', value };
}
