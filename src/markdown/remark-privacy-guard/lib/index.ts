/**
 * remark plugin that refuses personal data in texts of the public edition.
 *
 * Personal e-mail addresses, Dutch (and international) phone numbers and
 * BSN-like numbers (9 digits passing the elfproef) are reported with line and
 * column, unless allow-listed. Redaction codes (`(10)(2e)@minvws.nl`,
 * `[redacted]@minvws.nl`, `5.1.2e@iederin.nl`) are not personal data.
 *
 * The tree is not changed; the plugin only reports (and, by default, fails).
 * The parts: `patterns.ts` (what personal data looks like), `find.ts` (the pure
 * finder), `allow-list.ts` (generic mailboxes, VWS numbers, compiled allow
 * lists), `types.ts`; this file holds the plugin (options, the walk, messages).
 */

import type { Root } from 'mdast';
import type { Point, Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failOnErrors, isClaimed, setSeverity, type AnyNode, type VFileMessage } from '../../shared/index.ts';
import { createLocator } from '../../shared/locate.ts';
import { isMarkedPublic } from '../../../domain/editions.ts';
import { defaultAllow } from './allow-list.ts';
import { findPersonalData } from './find.ts';
import type { AllowEntry, FindOptions, PersonalDataMatch } from './types.ts';

export { defaultAllow, genericMailboxes, vwsNumbers } from './allow-list.ts';
export { findPersonalData } from './find.ts';
export { normalisePhone, passesElfproef } from './patterns.ts';
export type { AllowEntry, FindOptions, PersonalDataKind, PersonalDataMatch } from './types.ts';

const source = 'remark-privacy-guard';

/** Configuration of `remarkPrivacyGuard`. */
export interface Options {
  /**
   * Allowed addresses and numbers. Replaces the default list, so spread
   * `defaultAllow` to extend it: `allow: [...defaultAllow, '030 720 00 00']`.
   *
   * - `'info@'` (ends with `@`): generic mailbox by local part, on any domain;
   *   also matches `info.dmo@…`, `info-dmo@…`, `info_dmo@…`;
   * - `'@example.nl'` (starts with `@`): every address on that domain;
   * - `'j.jansen@minvws.nl'`: exactly that address (case-insensitive);
   * - any other string: a phone number or BSN, compared digit by digit
   *   (`'070 340 79 11'` also allows `070-3407911` and `+31 70 340 79 11`);
   * - a `RegExp`: tested against the text as written and its normal form
   *   (lower-cased address, or digits with `+31` written as `0`).
   *
   * @default defaultAllow
   */
  allow?: readonly AllowEntry[] | null | undefined;
  /**
   * Whether to check a file. By default only files whose frontmatter says
   * `zichtbaarheid: publiek` (Astro puts frontmatter on
   * `file.data.astro.frontmatter`).
   * @default isPublicFile
   */
  enabled?: ((file: VFile) => boolean) | null | undefined;
  /**
   * `'error'` reports every finding as a fatal message and then fails the
   * file with a list of all findings; `'warn'` only adds warnings.
   * @default 'error'
   */
  onFound?: 'error' | 'warn' | null | undefined;
}

/**
 * Default `enabled`: true when the frontmatter (as Astro stores it on
 * `file.data.astro.frontmatter`) says `zichtbaarheid: publiek`.
 */
export function isPublicFile(file: VFile): boolean {
  const astro = file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  return isMarkedPublic(astro?.frontmatter ?? {});
}

/** Refuse personal data in public texts. */
export function remarkPrivacyGuard(options?: Options | null) {
  const allow = options?.allow ?? defaultAllow;
  const enabled = options?.enabled ?? isPublicFile;
  const severity = options?.onFound ?? 'error';
  const findOptions: FindOptions = { allow };

  return function transform(tree: Root, file: VFile): void {
    if (!enabled(file)) return;
    const errors: VFileMessage[] = [];

    function report(finding: PersonalDataMatch, place: Point | Position | undefined): void {
      const message = file.message(finding.message, { place, ruleId: finding.ruleId, source });
      setSeverity(message, severity);
      if (message.fatal) errors.push(message);
    }

    function scanValue(node: AnyNode): void {
      const value = node.value as string;
      const findings = findPersonalData(value, findOptions);
      if (findings.length === 0) return;
      const locator = createLocator(node, file);
      for (const finding of findings) report(finding, locator.point(finding.start, finding.raw));
    }

    function scanAttribute(node: AnyNode, value: string): void {
      for (const finding of findPersonalData(value, findOptions)) report(finding, node.position);
    }

    visit(tree as AnyNode, (node: AnyNode) => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
        case 'code':
        case 'html': {
          if (typeof node.value === 'string' && !isClaimed(node)) scanValue(node);
          return;
        }
        case 'link':
        case 'definition':
        case 'image': {
          const url = typeof node.url === 'string' ? node.url : '';
          const target = /^(?:mailto|tel):/i.test(url) ? decodeTarget(url) : '';
          // An autolink shows its address as text: that text is checked already.
          if (target && !(node.children && textOf(node).includes(target))) scanAttribute(node, target);
          const extra = node as { title?: unknown; alt?: unknown };
          if (typeof extra.title === 'string') scanAttribute(node, extra.title);
          if (typeof extra.alt === 'string') scanAttribute(node, extra.alt);
          return;
        }
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const attributes = (node as { attributes?: Array<{ type?: string; value?: unknown }> }).attributes ?? [];
          for (const attribute of attributes) {
            if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') scanAttribute(node, attribute.value);
          }
          return;
        }
        default:
          return;
      }
    });

    failOnErrors(file, errors, source, 'persoonsgegevens', `${errors.length} persoonsgegevens gevonden in een publieke tekst:`);
  };
}

function decodeTarget(url: string): string {
  const target = url.replace(/^(?:mailto|tel):/i, '').split('?')[0] ?? '';
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

function textOf(node: AnyNode): string {
  if (typeof node.value === 'string') return node.value;
  return node.children ? node.children.map(textOf).join('') : '';
}
