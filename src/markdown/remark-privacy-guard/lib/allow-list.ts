/**
 * What the privacy guard allows: generic mailboxes, the VWS switchboard, and the compiled form of
 * an allow list (`Options.allow`).
 */
import { normalisePhone } from './patterns.ts';
import type { AllowEntry, PersonalDataMatch } from './types.ts';

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

type AllowTest = (finding: PersonalDataMatch) => boolean;

const allowCache = new WeakMap<readonly AllowEntry[], AllowTest>();

/** Compile an allow list once into one test function. */
export function compileAllow(entries: readonly AllowEntry[]): AllowTest {
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
