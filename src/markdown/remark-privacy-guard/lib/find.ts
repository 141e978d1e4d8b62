/** The pure finder: personal data in a text, allow list applied. */
import { findRedactions } from '../../../domain/redactions.ts';
import { compileAllow, defaultAllow } from './allow-list.ts';
import { amountAfter, currencyBefore, dateStart, ibanSpans, kenmerkBefore, normalisePhone, passesElfproef, personalDataExpression } from './patterns.ts';
import type { FindOptions, PersonalDataMatch } from './types.ts';

/**
 * Find personal data in `text` (a text node value or a raw Markdown body)
 * that is not allow-listed. Pure; one precompiled regular expression.
 */
export function findPersonalData(text: string, options?: FindOptions | null): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  if (!/[@\d]/.test(text)) return found;
  const allow = compileAllow(options?.allow ?? defaultAllow);
  const ibans = ibanSpans(text);
  for (const { index: start, 0: raw, groups = {} } of text.matchAll(personalDataExpression)) {
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
