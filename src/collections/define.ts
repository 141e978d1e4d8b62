/**
 * What a collection module declares: everything about one collection in one place (its schema,
 * labels, publication rule, date, status filter, timeline events, summary rows, search
 * behaviour). Pure data and functions on the collection's own data, so the domain core may
 * iterate over the registry (src/collections/index.ts); the Astro side adds only the entry
 * component (src/components/entries/index.ts).
 */
import type { z } from 'astro/zod';
import type { IsoDate, VocabularyName } from '../schemas/shared.ts';
import type { AnyEntry, EntryKey, FieldPath } from '../domain/types.ts';

export interface CollectionLabels {
  /** "Maatregel": the kicker of an entry page, the search result's kind. */
  enkelvoud: string;
  /** "Maatregelen": navigation, headings, open data. */
  meervoud: string;
  /** "maatregel": the singular inside a sentence (messages to authors). */
  inTekst: string;
  /** What the collection holds, in one sentence (its index page, the CMS). */
  omschrijving: string;
}

/**
 * One part of a summary-list value, rendered by src/components/SummaryList.astro: text, a date
 * (linked to its day on the timeline unless `link: false`), a link to an entry, a status label,
 * an outside link, or a `strong`/`span`/list around further parts.
 */
export type SummaryPart =
  | string
  | { date: IsoDate; link?: boolean }
  | { entry: EntryKey; label?: string | undefined }
  | { status: string }
  | { href: string; text: string }
  | { strong: SummaryValue; class?: string }
  | { span: SummaryValue; class?: string; data?: Record<string, string> }
  | { list: SummaryValue[]; class?: string };
export type SummaryValue = readonly SummaryPart[];

/** A row of a summary list (GOV.UK Frontend's summary list is the model): a key, its value, optional actions. */
export interface SummaryRow {
  key: string;
  value: SummaryValue;
  /** `data-*` attributes on the value (`<dd>`), for tests and scripts. */
  data?: Record<string, string>;
  actions?: readonly { href: string; text: string; visuallyHiddenText?: string }[];
}

/** What the summary rows of an entry may depend on besides the entry itself. */
export interface SummaryContext {
  /** The edition's reference date. */
  peildatum: IsoDate;
  /** The edition shows this collection's status (EditionProfile.hideStatusOf). */
  showsStatus: boolean;
  /** Entries that point at this one through a relation (`passages:vervangenDoor`), in the edition's graph. */
  incoming(relation: string): EntryKey[];
  /** The label of a vocabulary value (content/_vocabulaires/); the value itself when it has none. */
  label(vocabulary: VocabularyName, value: string): string;
}

/** A dated event of an entry on the timeline, without the entry (src/domain/timeline.ts adds it). */
export interface CollectionEvent<K extends string = string> {
  datum: IsoDate | undefined;
  soort: K;
  /** What happens, in Dutch, without the date. */
  label: string;
  /** Fragment within the entry page, e.g. a phase. */
  anchor?: string;
  /** For actions: the owner (an organisatie key). */
  eigenaar?: EntryKey;
}

/** A problem an integrity rule of the collection finds in an entry: the field and what is wrong, in Dutch. */
export interface RuleProblem {
  field: FieldPath;
  message: string;
}

/** What an integrity rule may look at besides the entry: the other entries, by key. */
export interface RuleContext {
  get(key: EntryKey): AnyEntry | undefined;
}

/** A problem when `to` lies before `from` (both optional dates), e.g. `totEnMet` before `vanKrachtVanaf`. */
export function dateOrder(field: FieldPath, from: IsoDate | undefined, fromName: string, to: IsoDate | undefined, toName: string): RuleProblem[] {
  return from && to && to < from ? [{ field, message: `${toName} (${to}) ligt vóór ${fromName} (${from})` }] : [];
}

/** A search filter of the collection besides its status (Pagefind `data-pagefind-filter`). */
export interface SearchFilter<D> {
  name: string;
  label: string;
  values(data: D): string[];
}

export interface CollectionDefinition<S extends z.ZodType = z.ZodType, K extends string = string> {
  schema: S;
  labels: CollectionLabels;
  /** Place in the navigation, on the home page and the search page: lower comes first. */
  navOrder: number;
  /**
   * Its entries need approval to be public: besides `zichtbaarheid: publiek` (and a
   * `publicerenVanaf` that has come), `status: vastgesteld` (src/domain/editions.ts whyNotPublic).
   */
  approval: boolean;
  /** Its changes are items of the internal Atom feed (the public feed is chosen in the public profile). */
  internalFeed: boolean;
  /** The date of an entry in lists and search results (and the search filter `jaar`). */
  date?(data: z.output<S>): IsoDate | undefined;
  /** Said before that date in lists ("Laatst gecontroleerd: "). */
  dateLabel?: string;
  /** The search filter of its status (`maatregelstatus`) and the label of that filter. */
  statusFilter?: { name: string; label: string };
  /** Further search filters of its own (`passagesoort`). */
  searchFilters?: readonly SearchFilter<z.output<S>>[];
  /** An entry that no longer holds (an ended measure, a withdrawn passage): ranked lower (`searchRanking.ended`). */
  ended?(data: z.output<S>): boolean;
  /** Its kinds of timeline events and their labels, in the order events on one day are listed. */
  eventKinds: Readonly<Record<K, string>>;
  /** Its dated events (an undefined `datum` is skipped). */
  events?(data: z.output<S>): CollectionEvent<K>[];
  /**
   * Rules across its fields (or pointing at other entries) that a schema cannot say: date order,
   * status rules (src/domain/integrity.ts runs them for every entry).
   */
  rules?(data: z.output<S>, context: RuleContext): RuleProblem[];
  /** What the body of an entry is, in the CMS form and the skeleton of `npm run nieuw` (default: "Tekst"). */
  body?: { label: string; hint: string; placeholder: string };
  /** The rows of the summary list on its entry page (src/components/SummaryList.astro). */
  summary?(data: z.output<S>, context: SummaryContext, id: string): SummaryRow[];
}

/** Declares a collection; the identity function, there for the types. */
export function defineCollection<S extends z.ZodType, const K extends string = never>(definition: CollectionDefinition<S, K>): CollectionDefinition<S, K> {
  return definition;
}

/** Links to entries, separated by commas: "Ouderen, Mensen met een beperking". */
export function joinEntries(keys: readonly EntryKey[]): SummaryPart[] {
  return keys.flatMap((key, i): SummaryPart[] => (i > 0 ? [', ', { entry: key }] : [{ entry: key }]));
}
