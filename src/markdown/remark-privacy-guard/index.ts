/**
 * remark plugin: refuse personal e-mail addresses, phone numbers and BSN-like
 * numbers in texts of the public edition (`zichtbaarheid: publiek`).
 *
 * @example
 *   import { remarkPrivacyGuard, defaultAllow } from './src/markdown/remark-privacy-guard/index.ts';
 *   unified().use(remarkParse).use(remarkPrivacyGuard, { allow: [...defaultAllow, '030 720 00 00'] })
 */

export {
  defaultAllow,
  findPersonalData,
  genericMailboxes,
  isPublicFile,
  normalisePhone,
  passesElfproef,
  remarkPrivacyGuard,
  remarkPrivacyGuard as default,
  vwsNumbers,
  type AllowEntry,
  type FindOptions,
  type Options,
  type PersonalDataKind,
  type PersonalDataMatch,
} from './lib/index.ts';
export { offsetToPoint } from '../shared/index.ts';
