/**
 * remark plugin that refuses personal data in texts of the public edition.
 *
 * Personal e-mail addresses, Dutch (and international) phone numbers and
 * BSN-like numbers (9 digits passing the elfproef) are reported with line and
 * column, unless allow-listed. Redaction codes (`(10)(2e)@minvws.nl`,
 * `[redacted]@minvws.nl`, `5.1.2e@iederin.nl`) are not personal data.
 *
 * The tree is not changed; the plugin only reports (and, by default, fails).
 */

import type { Root } from 'mdast';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { findRedactions } from '../../../domain/redactions.ts';
import { failOnErrors, isClaimed, setSeverity, type AnyNode, type VFileMessage } from '../../shared/index.ts';
import { createLocator } from '../../shared/locate.ts';

/** An allow-list entry; see `Options.allow`. */
export type AllowEntry = string | RegExp;

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

/** Options of the pure `findPersonalData`. */
export interface FindOptions {
  /** Allow list, as `Options.allow`. @default defaultAllow */
  allow?: readonly AllowEntry[] | null | undefined;
}

/** What kind of personal data was found. */
export type PersonalDataKind = 'e-mailadres' | 'telefoonnummer' | 'bsn';

/** One finding. */
export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** Offset of the first character in the searched text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** As written. */
  raw: string;
  /** Normal form: lower-cased address, or digits (`+31` as `0`). */
  normalised: string;
  /** Rule id used for messages. */
  ruleId: string;
  /** Dutch message for authors: what was found and how to fix it. */
  message: string;
}

/**
 * Local parts of organisation-generic mailboxes (allowed on any domain, also
 * with a suffix: `secretariaat.dmo@…`).
 */
export const genericMailboxes: readonly string[] = [
  'info',
  'contact',
  'pers',
  'persvoorlichting',
  'voorlichting',
  'communicatie',
  'secretariaat',
  'woo',
  'wob',
  'woo-verzoeken',
  'helpdesk',
  'servicedesk',
  'service',
  'klantenservice',
  'klantcontact',
  'support',
  'postbus',
  'post',
  'algemeen',
  'receptie',
  'redactie',
  'nieuws',
  'webmaster',
  'privacy',
  'klachten',
  'vragen',
  'noreply',
  'no-reply',
];

/** Public switchboard and fax of the Ministry of VWS, as printed in its letterhead. */
export const vwsNumbers: readonly string[] = ['070 340 79 11', '070 340 78 34'];

/** Default allow list: generic mailboxes and the VWS switchboard. */
export const defaultAllow: readonly AllowEntry[] = [...genericMailboxes.map((local) => `${local}@`), ...vwsNumbers];

const source = 'remark-privacy-guard';

// E-mail address; the local part must start right after a non-address
// character, so `(10)(2e)@minvws.nl` and `[redacted]@minvws.nl` never match.
const email = String.raw`(?<![\p{L}\p{N}._%+\-])(?<local>[\p{L}\p{N}._%+\-]+)@(?<domain>[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,})(?![\p{L}\p{N}\-]|\.[\p{L}\p{N}])`;
// Phone numbers. Separators: space or hyphen (a dot is too often a time or
// decimal: `09.30-10.30`). Order: service numbers before national ones.
const service = String.raw`0[89]0[069][ \-]?\d(?:[ \-]?\d){3}(?:(?:[ \-]?\d){3})?`;
const international31 = String.raw`(?:\+|00)31 ?(?:\(0\) ?)?[1-9](?:[ \-]?\d){8}`;
const areaInParentheses = String.raw`\(0[1-9]\d{0,2}\) ?\d(?:[ \-]?\d){5,7}`;
const national = String.raw`0[1-9](?:[ \-]?\d){8}`;
const international = String.raw`\+(?!31)[1-9]\d{0,2}(?:[ \-]?\d){6,12}`;
const phone = String.raw`(?<![\p{L}\p{N}_+/,=#@\-]|\d\.)(?<phone>${service}|${international31}|${areaInParentheses}|${national}|${international})(?![\p{N}@]|[\-.]\p{N})`;
// BSN: 9 digits, or dotted `123.456.782` / `1234.56.782`.
const bsn = String.raw`(?<![\p{L}\p{N}_+/.,=#@\-])(?<bsn>\d{9}|\d{3}\.\d{3}\.\d{3}|\d{4}\.\d{2}\.\d{3})(?![\p{N}@]|[.,\-]\p{N})`;

const personalDataExpression = new RegExp(`${email}|${phone}|${bsn}`, 'gu');
const ibanExpression = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2} ?[A-Z]{4}(?: ?\d){10}(?!\p{N})/gu;
const dateStart = /^\d{1,2}[\-./]\d{1,2}[\-./]\d{2,4}/u;
const currencyBefore = /(?:€|EUR|euro|ƒ)\s*$/iu;
const amountAfter = /^(?:\s*(?:euro|mln|miljoen|miljard|,-)|,\d)/iu;
const kenmerkBefore = /(?:kenmerk|referentie|zaaknummer|dossiernummer|factuurnummer)\s*:?\s*$/iu;

/**
 * Find personal data in `text` (a text node value or a raw Markdown body)
 * that is not allow-listed. Pure; one precompiled regular expression.
 */
export function findPersonalData(text: string, options?: FindOptions | null): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  if (!/[@\d]/.test(text)) return found;
  const allow = compileAllow(options?.allow ?? defaultAllow);
  const ibans = ibanSpans(text);
  personalDataExpression.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = personalDataExpression.exec(text))) {
    const groups = match.groups ?? {};
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    if (ibans.some(([from, to]) => start < to && end > from)) continue;
    let finding: PersonalDataMatch | undefined;
    if (groups['local'] !== undefined) {
      finding = checkEmail(raw, groups['local'], start, end);
    } else if (groups['phone'] !== undefined) {
      finding = checkPhone(raw, start, end);
    } else if (groups['bsn'] !== undefined) {
      finding = checkBsn(text, raw, start, end);
    }
    if (finding && !allow(finding)) found.push(finding);
  }
  return found;
}

function checkEmail(raw: string, local: string, start: number, end: number): PersonalDataMatch | undefined {
  // A redaction code as local part (`5.1.2e@iederin.nl`) is no address.
  const redactions = findRedactions(local);
  if (redactions.length === 1 && redactions[0]?.start === 0 && redactions[0].end === local.length) return undefined;
  return {
    kind: 'e-mailadres',
    start,
    end,
    raw,
    normalised: raw.toLowerCase(),
    ruleId: 'persoonlijk-e-mailadres',
    message: `Persoonlijk e-mailadres "${raw}" in een publieke tekst: vervang het door een algemeen adres of een lakking, of zet het op de toestaanlijst`,
  };
}

function checkPhone(raw: string, start: number, end: number): PersonalDataMatch | undefined {
  if (dateStart.test(raw)) return undefined;
  const normalised = normalisePhone(raw);
  const digits = normalised.replace(/^\+/, '');
  if (normalised.startsWith('0')) {
    const isService = /^0[89]0[069]/.test(normalised);
    if (isService ? digits.length !== 8 && digits.length !== 11 : digits.length !== 10) return undefined;
    // With separators, the first group is the area code: 2 to 4 digits
    // (`06`, `070`, `0111`); `0123456-789` is a reference, not a number.
    const firstGroup = /^\(?(\d+)/.exec(raw.replace(/^(?:\+|00)31 ?(?:\(0\) ?)?/, '0'))?.[1] ?? '';
    if (/[ \-)]/.test(raw) && (firstGroup.length < 2 || firstGroup.length > 4)) return undefined;
  }
  return {
    kind: 'telefoonnummer',
    start,
    end,
    raw,
    normalised,
    ruleId: 'telefoonnummer',
    message: `Telefoonnummer "${raw}" in een publieke tekst: vervang het door een algemeen nummer of een lakking, of zet het op de toestaanlijst`,
  };
}

function checkBsn(text: string, raw: string, start: number, end: number): PersonalDataMatch | undefined {
  const digits = raw.replace(/\D/g, '');
  if (!passesElfproef(digits)) return undefined;
  const before = text.slice(Math.max(0, start - 24), start);
  if (currencyBefore.test(before) || kenmerkBefore.test(before) || amountAfter.test(text.slice(end, end + 12))) return undefined;
  return {
    kind: 'bsn',
    start,
    end,
    raw,
    normalised: digits,
    ruleId: 'bsn',
    message: `Mogelijk burgerservicenummer (BSN) "${raw}" in een publieke tekst: verwijder het of vervang het door een lakking [5.1.1e]; is het geen BSN (bijvoorbeeld een kenmerk), zet het dan op de toestaanlijst`,
  };
}

/**
 * The elfproef (11-check) of a BSN: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a
 * multiple of 11. All zeros is not a BSN.
 */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += Number(digits[index]) * (9 - index);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** Digits of a phone number, with `+31`/`0031` (and `(0)`) written as `0`; other countries keep `+`. */
export function normalisePhone(raw: string): string {
  const compact = raw.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (compact.startsWith('+31')) return `0${compact.slice(3)}`;
  if (compact.startsWith('0031')) return `0${compact.slice(4)}`;
  if (compact.startsWith('00')) return `+${compact.slice(2)}`;
  return compact;
}

function ibanSpans(text: string): Array<[number, number]> {
  if (!/[A-Z]{2}\d{2} ?[A-Z]{4}/.test(text)) return [];
  const spans: Array<[number, number]> = [];
  ibanExpression.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ibanExpression.exec(text))) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

type AllowTest = (finding: PersonalDataMatch) => boolean;

const allowCache = new WeakMap<readonly AllowEntry[], AllowTest>();

/** Compile an allow list once into one test function. */
function compileAllow(entries: readonly AllowEntry[]): AllowTest {
  const cached = allowCache.get(entries);
  if (cached) return cached;
  const locals = new Set<string>();
  const domains = new Set<string>();
  const addresses = new Set<string>();
  const numbers = new Set<string>();
  const expressions: RegExp[] = [];
  for (const entry of entries) {
    if (entry instanceof RegExp) {
      expressions.push(new RegExp(entry.source, entry.flags.replace(/[gy]/g, '')));
    } else if (entry.includes('@')) {
      const lower = entry.trim().toLowerCase();
      if (lower.endsWith('@')) locals.add(lower.slice(0, -1));
      else if (lower.startsWith('@')) domains.add(lower.slice(1));
      else addresses.add(lower);
    } else {
      const phoneForm = normalisePhone(entry);
      numbers.add(phoneForm);
      numbers.add(entry.replace(/\D/g, ''));
    }
  }
  const test: AllowTest = (finding) => {
    if (expressions.some((expression) => expression.test(finding.raw) || expression.test(finding.normalised))) return true;
    if (finding.kind !== 'e-mailadres') return numbers.has(finding.normalised);
    const at = finding.normalised.lastIndexOf('@');
    const local = finding.normalised.slice(0, at);
    const domain = finding.normalised.slice(at + 1);
    if (addresses.has(finding.normalised) || domains.has(domain) || locals.has(local)) return true;
    // `secretariaat.dmo@`, `info-vws@`: a generic mailbox with a suffix.
    const head = /^[^._\-]+(?:-verzoeken)?/.exec(local)?.[0];
    return head !== undefined && head !== local && locals.has(head);
  };
  allowCache.set(entries, test);
  return test;
}

/**
 * Default `enabled`: true when the frontmatter (as Astro stores it on
 * `file.data.astro.frontmatter`) says `zichtbaarheid: publiek`.
 */
export function isPublicFile(file: VFile): boolean {
  const astro = file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  return astro?.frontmatter?.['zichtbaarheid'] === 'publiek';
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

    function walk(node: AnyNode): void {
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
          break;
        }
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const attributes = (node as { attributes?: Array<{ type?: string; value?: unknown }> }).attributes ?? [];
          for (const attribute of attributes) {
            if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') scanAttribute(node, attribute.value);
          }
          break;
        }
        default:
          break;
      }
      if (node.children) for (const child of node.children) walk(child);
    }

    walk(tree as AnyNode);

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
