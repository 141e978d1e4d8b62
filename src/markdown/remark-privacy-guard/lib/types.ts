/** Types shared by the privacy guard's finder, allow list and plugin. */

/** An allow-list entry; see `Options.allow`. */
export type AllowEntry = string | RegExp;

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
