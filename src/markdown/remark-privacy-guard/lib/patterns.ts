/**
 * The patterns of personal data in Dutch texts: e-mail addresses, phone numbers (Dutch service,
 * national, with area code in parentheses, +31 and other international forms), BSN-like
 * numbers, and what is not personal data although it looks like it (IBANs, dates, amounts,
 * kenmerken). Precompiled once; `find.ts` applies them.
 */

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

export const personalDataExpression = new RegExp(`${email}|${phone}|${bsn}`, 'gu');
const ibanExpression = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2} ?[A-Z]{4}(?: ?\d){10}(?!\p{N})/gu;
export const dateStart = /^\d{1,2}[\-./]\d{1,2}[\-./]\d{2,4}/u;
export const currencyBefore = /(?:€|EUR|euro|ƒ)\s*$/iu;
export const amountAfter = /^(?:\s*(?:euro|mln|miljoen|miljard|,-)|,\d)/iu;
export const kenmerkBefore = /(?:kenmerk|referentie|zaaknummer|dossiernummer|factuurnummer)\s*:?\s*$/iu;

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

/** Spans of IBANs in `text`: digits inside them are no phone number or BSN. */
export function ibanSpans(text: string): Array<[number, number]> {
  if (!/[A-Z]{2}\d{2} ?[A-Z]{4}/.test(text)) return [];
  const spans: Array<[number, number]> = [];
  ibanExpression.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ibanExpression.exec(text))) spans.push([match.index, match.index + match[0].length]);
  return spans;
}
