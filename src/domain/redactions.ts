/**
 * Woo/Wob redactions: which grounds ("weigeringsgronden") exist and how a redaction code is
 * recognised in text. Pure domain knowledge, used by the remark plugin that renders redactions
 * (the remark-woo-redactions plugin), by the privacy guard (a redacted address is not an
 * address) and by the checker (unknown grounds).
 *
 * Labels follow the law texts (Wet open overheid, art. 5.1 and 5.2; Wet
 * openbaarheid van bestuur, art. 10 and 11), shortened the way the VWS Woo
 * publication platform (open.minvws.nl) shows them next to the code.
 *
 * Codes are canonical:
 * - Woo: `5.1.<lid><onderdeel>` (`5.1.2e`), `5.1.5`, `5.2`;
 * - Wob: `10.<lid>.<onderdeel>` (`10.2.e`), `11.1`;
 * - `weggelakt`: a redaction without a stated ground (`[redacted]`).
 */

/** The law a ground comes from; `null` for a redaction without a ground. */
export type Law = 'Woo' | 'Wob';

export interface Ground {
  /** Canonical code, e.g. `5.1.2e`, `10.2.e`, `5.2`, or `weggelakt`. */
  readonly code: string;
  /** Law of the ground, or `null` for `weggelakt`. */
  readonly law: Law | null;
  /** Citation of the provision in Dutch, e.g. `artikel 5.1, tweede lid, onderdeel e, Woo`. */
  readonly article: string | null;
  /** Dutch label of the ground (sentence case). */
  readonly label: string;
}

/** Pseudo-code for a redaction whose ground is not stated. */
export const UNGROUNDED = 'weggelakt';

const lidWords = ['', 'eerste', 'tweede', 'derde', 'vierde', 'vijfde'] as const;

function woo(lid: 1 | 2, letter: string, label: string): Ground {
  return {
    code: `5.1.${lid}${letter}`,
    law: 'Woo',
    article: `artikel 5.1, ${lidWords[lid]} lid, onderdeel ${letter}, Woo`,
    label,
  };
}

function wob(lid: 1 | 2, letter: string, label: string): Ground {
  return {
    code: `10.${lid}.${letter}`,
    law: 'Wob',
    article: `artikel 10, ${lidWords[lid]} lid, onderdeel ${letter}, Wob`,
    label,
  };
}

/** All known grounds, in the order of the law texts. */
export const grounds: readonly Ground[] = [
  // Wet open overheid, artikel 5.1, eerste lid (absolute gronden).
  woo(1, 'a', 'Eenheid van de Kroon'),
  woo(1, 'b', 'Veiligheid van de Staat'),
  woo(1, 'c', 'Vertrouwelijk verstrekte bedrijfs- en fabricagegegevens'),
  woo(1, 'd', 'Bijzondere persoonsgegevens'),
  woo(1, 'e', 'Nationale identificatienummers'),
  // Wet open overheid, artikel 5.1, tweede lid (relatieve gronden).
  woo(2, 'a', 'Internationale betrekkingen'),
  woo(2, 'b', 'Economische of financiële belangen van de Staat, andere publiekrechtelijke lichamen of bestuursorganen'),
  woo(2, 'c', 'Opsporing en vervolging van strafbare feiten'),
  woo(2, 'd', 'Inspectie, controle en toezicht door bestuursorganen'),
  woo(2, 'e', 'Eerbiediging van de persoonlijke levenssfeer'),
  woo(2, 'f', 'Bescherming van concurrentiegevoelige bedrijfs- en fabricagegegevens'),
  woo(2, 'g', 'Bescherming van het milieu waarop deze informatie betrekking heeft'),
  woo(2, 'h', 'Beveiliging van personen en bedrijven en het voorkomen van sabotage'),
  woo(2, 'i', 'Het goed functioneren van de Staat, andere publiekrechtelijke lichamen of bestuursorganen'),
  {
    code: '5.1.5',
    law: 'Woo',
    article: 'artikel 5.1, vijfde lid, Woo',
    label: 'Het voorkomen van onevenredige benadeling',
  },
  {
    code: '5.2',
    law: 'Woo',
    article: 'artikel 5.2, eerste lid, Woo',
    label: 'Persoonlijke beleidsopvattingen',
  },
  // Wet openbaarheid van bestuur (tot 1 mei 2022), artikel 10, eerste lid.
  wob(1, 'a', 'Eenheid van de Kroon'),
  wob(1, 'b', 'Veiligheid van de Staat'),
  wob(1, 'c', 'Vertrouwelijk verstrekte bedrijfs- en fabricagegegevens'),
  wob(1, 'd', 'Bijzondere persoonsgegevens'),
  // Wob, artikel 10, tweede lid.
  wob(2, 'a', 'Internationale betrekkingen'),
  wob(2, 'b', 'Economische of financiële belangen van de Staat, andere publiekrechtelijke lichamen of bestuursorganen'),
  wob(2, 'c', 'Opsporing en vervolging van strafbare feiten'),
  wob(2, 'd', 'Inspectie, controle en toezicht door bestuursorganen'),
  wob(2, 'e', 'Eerbiediging van de persoonlijke levenssfeer'),
  wob(2, 'f', 'Het belang van de geadresseerde om als eerste kennis te nemen van de informatie'),
  wob(2, 'g', 'Het voorkomen van onevenredige bevoordeling of benadeling'),
  {
    code: '11.1',
    law: 'Wob',
    article: 'artikel 11, eerste lid, Wob',
    label: 'Persoonlijke beleidsopvattingen',
  },
  {
    code: UNGROUNDED,
    law: null,
    article: null,
    label: 'Weggelakt (grond niet vermeld)',
  },
];

/** Alternative spellings that mean the same canonical code. */
const aliases: ReadonlyMap<string, string> = new Map([['5.2.1', '5.2']]);

const byCode: ReadonlyMap<string, Ground> = new Map(grounds.map((ground) => [ground.code, ground]));

/**
 * Canonical form of a ground code as written, known or not:
 * `(10)(2e)`, `10.2e`, `[10.2.E]` → `10.2.e`; `5.1.2.e`, `[5.1.2e]` → `5.1.2e`;
 * `[5.2.1]` → `5.2`. Returns `undefined` for text that has no digits at all.
 */
export function normaliseGroundCode(raw: string): string | undefined {
  const parts = raw.toLowerCase().match(/\d+|[a-z]/g);
  if (!parts || !/\d/.test(parts[0] ?? '')) return undefined;
  let code: string;
  if (parts[0] === '5') {
    // 5 . <lid> [. <sublid>] [letter]
    const numbers = parts.filter((part) => /\d/.test(part));
    const letters = parts.filter((part) => !/\d/.test(part));
    code = numbers.join('.') + letters.join('');
  } else {
    // Wob: 10 . <lid> . <letter>, 11 . <lid>
    code = parts.join('.');
  }
  return aliases.get(code) ?? code;
}

/** Look up a ground by canonical code or by any spelling `normaliseGroundCode` accepts. */
export function lookupGround(code: string): Ground | undefined {
  const direct = byCode.get(code);
  if (direct) return direct;
  const normalised = normaliseGroundCode(code);
  return normalised === undefined ? undefined : byCode.get(normalised);
}

/** How a redaction was written. */
export type RedactionForm = 'word' | 'parentheses' | 'brackets' | 'bare';

/** One redaction found in a text. */
export interface RedactionMatch {
  /** Offset of the first character in the searched text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The redaction as written, e.g. `(10)(2e)` or `[REDACTED]`. */
  raw: string;
  /** Canonical code (`10.2.e`, `5.1.2e`, `weggelakt`); for unknown grounds the normalised spelling. */
  code: string;
  /** The ground, or `undefined` when the code is unknown (an author error). */
  ground: Ground | undefined;
  /** How it was written. */
  form: RedactionForm;
}

// `[redacted]`, `[REDACTED]`, `[weggelakt]`, `[gelakt]`.
const wordForm = String.raw`\[(?<word>redacted|weggelakt|gelakt)\]`;
// Wob citation style `(10)(2e)`, `(10)(2)(e)`, `(11)(1)`.
const parenthesesForm = String.raw`(?<parens>\((?:10|11)\) ?\(\d{1,2} ?[a-z]?\)(?:\([a-z]\))?)`;
// Bracketed codes `[5.1.2e]`, `[5.1.2.e]`, `[5.1.5]`, `[5.2]`, `[10.2.e]`, `[11.1]`.
const bracketForm = String.raw`\[ ?(?<bracket>5\.1\.\d{1,2}(?:\.?[a-z])?|5\.2(?:\.\d)?|10\.\d{1,2}(?:\.?[a-z])?|11\.\d{1,2}) ?\]`;
// Bare codes that carry an onderdeel letter: `5.1.2e`, `5.1.2.e`, `10.2.e`;
// the compact Wob form `10.2e` only for letters that exist (else it may be a
// measurement such as `10.2m`).
const bareForm = String.raw`(?<![\p{L}\p{N}_.,/\-])(?<bare>5\.1\.\d{1,2}\.?[a-z]|10\.\d{1,2}\.[a-z]|10\.1[a-d]|10\.2[a-g])(?![\p{L}\p{N}_]|\.[\p{L}\p{N}])`;

const redactionExpression = new RegExp(`${wordForm}|${parenthesesForm}|${bracketForm}|${bareForm}`, 'giu');

// A bare code right after such a word is a reference, not a redaction:
// "artikel 5.1.2e", "paragraaf 10.2.e", "op grond van 5.1.2e".
const referenceBefore =
  /(?:^|[^\p{L}])(?:artikel(?:en)?|art\.|leden|lid|paragraaf|par\.|§|hoofdstuk|hfdst\.|versie|bijlage|figuur|fig\.|tabel|sectie|onderdeel|nummer|nr\.|punt|stap|grond(?:en)?|grond van)\s*$/iu;
// "5.1.2e Woo" cites the ground in prose.
const referenceAfter = /^\s*(?:Woo|Wob)(?![\p{L}\p{N}])/u;

/**
 * Find every redaction in `text` (a text node value or a raw Markdown body).
 *
 * Pure and cheap: one precompiled regular expression, one pass. Matches with
 * `ground: undefined` are unknown codes in an unambiguous form (author errors).
 */
export function findRedactions(text: string): RedactionMatch[] {
  const matches: RedactionMatch[] = [];
  // Quick reject: every form contains a bracket or a digit followed by `.`.
  if (!text.includes('[') && !text.includes('(') && !/\d\./.test(text)) return matches;
  redactionExpression.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = redactionExpression.exec(text))) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const groups = match.groups ?? {};
    let form: RedactionForm;
    let code: string | undefined;
    if (groups['word'] !== undefined) {
      form = 'word';
      code = UNGROUNDED;
    } else if (groups['parens'] !== undefined) {
      form = 'parentheses';
      code = normaliseGroundCode(raw);
    } else if (groups['bracket'] !== undefined) {
      form = 'brackets';
      code = normaliseGroundCode(groups['bracket']);
    } else {
      form = 'bare';
      code = normaliseGroundCode(raw);
      if (referenceBefore.test(text.slice(Math.max(0, start - 24), start)) || referenceAfter.test(text.slice(end, end + 8))) {
        continue;
      }
    }
    if (code === undefined) continue;
    matches.push({ start, end, raw, code, ground: lookupGround(code), form });
  }
  return matches;
}

/** The sentence screen readers hear for a mark (Dutch). */
export function describeGround(ground: Ground): string {
  if (ground.law === null) return ground.label;
  return `Weggelakt op grond van ${ground.code} ${ground.law}: ${lowerFirst(ground.label)}`;
}

function lowerFirst(value: string): string {
  // Keep "Staat", "Kroon" etc. capitalised; only the first word is lowered.
  return value.charAt(0).toLowerCase() + value.slice(1);
}
