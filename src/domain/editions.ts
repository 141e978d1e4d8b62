/**
 * The two editions and everything that differs between them, declared once.
 *
 * Which entries each edition contains: publishing is opt-in (as in Quartz's ExplicitPublish).
 * The internal edition has everything; the public edition only entries that say
 * `zichtbaarheid: publiek`, whose `publicerenVanaf` has come and, for collections with an
 * approval workflow (`approval` in src/collections/), that are `vastgesteld` (`whyNotPublic`/`shouldPublish`, the one definition
 * of "public").
 *
 * Everything else that differs (what pages exist, what is shown, robots policy, navigation) is a
 * field of the edition's `EditionProfile`. Pages and components decide from the profile, never
 * by comparing an edition's name.
 */
import type { IsoDate } from '../schemas/index.ts';
import { COLLECTIONS, definitionOf, type CollectionName, type EventKind } from '../collections/index.ts';
import type { AnyEntry } from './types.ts';
import type { OpenDataFields } from './open-data.ts';

export const EDITIONS = ['intern', 'publiek'] as const;
export type Edition = (typeof EDITIONS)[number];

export function isEdition(value: unknown): value is Edition {
  return (EDITIONS as readonly unknown[]).includes(value);
}

/**
 * Whether an entry is meant for the public, now or later (`zichtbaarheid: publiek`), whatever its
 * date or status: text rules that protect the public (the privacy guard) apply from the moment
 * an author marks an entry public, not only once it is published.
 */
export function isMarkedPublic(data: { zichtbaarheid?: unknown }): boolean {
  return data.zichtbaarheid === 'publiek';
}

/** Why an entry is not in the public edition, in an author's words; `undefined` when it is. */
export function whyNotPublic(entry: AnyEntry, peildatum: IsoDate): string | undefined {
  const d = entry.data;
  if (!isMarkedPublic(d)) return 'het is intern (zichtbaarheid: intern)';
  if (d.publicerenVanaf && d.publicerenVanaf > peildatum) return `het wordt pas publiek op ${d.publicerenVanaf}`;
  // Collections with an approval workflow (`approval` in src/collections/) publish only what is approved.
  if (definitionOf(entry.collection).approval && 'status' in d && d.status !== 'vastgesteld') return `het is nog niet vastgesteld (status: ${d.status})`;
  return undefined;
}

export function shouldPublish(entry: AnyEntry, peildatum: IsoDate): boolean {
  return whyNotPublic(entry, peildatum) === undefined;
}

/** A navigation item after the collections: `path` is relative to the edition's root. */
export interface NavItem {
  id: string;
  label: string;
  path: string;
}

export interface EditionProfile {
  edition: Edition;
  /** `everything`, or only what `shouldPublish` lets through. */
  contents: 'everything' | 'published';
  /** Shown in the header next to the site name. */
  headerLabel: string;
  /** Appended to every page title. */
  titleSuffix: string;
  /** Printed on every page of a printed route map or briefing. */
  printMark: string;
  /** The footer text kind: the internal reminder with the reference date, or the publisher line. */
  footer: 'internal-notice' | 'publisher';
  /** The home page: an overview for staff (coming weeks, recent events) or the public Q&A entry. */
  home: 'staff-overview' | 'public-questions';
  /** Navigation items after the collections. */
  nav: readonly NavItem[];
  /**
   * Search engines may index it: no `noindex` meta, a `robots.txt` that allows crawling and
   * names the sitemap, a sitemap, canonical links. Otherwise `noindex, nofollow` and a
   * `robots.txt` that disallows everything.
   */
  indexable: boolean;
  /** schema.org structured data (FAQPage on Q&A). */
  structuredData: boolean;
  /** The "over deze site" page. */
  aboutPage: boolean;
  /** Briefing packs per target group (`/briefings/<id>/`) and the link to them. */
  briefings: boolean;
  /** The "komende weken" page and the coming weeks on the home page and the timeline. */
  comingWeeks: boolean;
  /** Collections whose status is not shown (in lists, on the page, in search meta and filters). */
  hideStatusOf: readonly CollectionName[];
  /** Banners that explain why something is not published (route maps, unapproved Q&A). */
  publicationNotes: boolean;
  /** Port of `npm run preview` for this edition. */
  previewPort: number;
  /** Descriptions of collection pages that speak to this edition's reader (default: the registry's labels); see `collectionDescription`. */
  collectionDescriptions: Partial<Record<CollectionName, string>>;
  /** Whether a target group's page lists its synonyms ("Ook gezocht als: …"): a keyword list is for staff, search uses the synonyms anyway. */
  keywordList: boolean;
  /**
   * Answers on the rijksoverheid.nl model (src/components/entries/Vraag.astro): short answer, text,
   * one date line, "Meer informatie", related questions, "Waar kunt u terecht"; no summary list,
   * "Zie ook" or change history.
   */
  answerModel: boolean;
  /** Entry history shows commit subjects (never author names); otherwise a commit is "bijgewerkt". */
  historyCommitMessages: boolean;
  /** History and changes of an entry start at its publication (`publicerenVanaf`): nothing of its time before. */
  historyFromPublication: boolean;
  /** Collections whose changes are items of the Atom feed (`/feed.xml`). */
  feedCollections: readonly CollectionName[];
  /**
   * Timeline event kinds in the calendars (`/agenda.ics`, per target group and organisation).
   * Organisation calendars (their action deadlines) exist only when `actie-deadline` is listed.
   */
  calendarKinds: readonly EventKind[];
  /** Which fields the open data files (`/open-data/`) hold (src/domain/open-data.ts). */
  openDataFields: OpenDataFields;
  /** The home page lists the changes of the last week. */
  homeChanges: boolean;
  /** The overview of open actions (`/acties/`, per owner and per target group), linked from organisations and the home page. */
  actionsOverview: boolean;
  /**
   * Search ranking (src/data/search.ts, src/scripts/search.ts): a result's relevance is
   * multiplied by its collection's weight (default 1) and, for an ended measure or a withdrawn
   * passage, by `ended`, so that what answers the question and still holds comes first.
   */
  searchRanking: { collections: Partial<Record<CollectionName, number>>; ended: number };
  /** The content management forms at `/beheer/` (Decap CMS, src/cms/): staff only. */
  cms: boolean;
  /** Versions of each route map and what changed since each (`/routekaarten/<id>/versies/`, src/domain/versions.ts). */
  routemapVersions: boolean;
}

export const EDITION_PROFILES: Readonly<Record<Edition, EditionProfile>> = {
  intern: {
    edition: 'intern',
    contents: 'everything',
    headerLabel: 'Interne editie, niet openbaar',
    titleSuffix: ' (intern)',
    printMark: 'INTERN, niet openbaar',
    footer: 'internal-notice',
    home: 'staff-overview',
    nav: [
      { id: 'tijdlijn', label: 'Tijdlijn', path: 'tijdlijn/' },
      { id: 'komende-weken', label: 'Komende weken', path: 'komende-weken/' },
      { id: 'wat-is-er-veranderd', label: 'Wat is er veranderd', path: 'wat-is-er-veranderd/' },
      { id: 'open-data', label: 'Open data', path: 'open-data/' },
    ],
    indexable: false,
    structuredData: false,
    aboutPage: false,
    briefings: true,
    comingWeeks: true,
    hideStatusOf: [],
    publicationNotes: true,
    previewPort: 4321,
    collectionDescriptions: {},
    keywordList: true,
    answerModel: false,
    historyCommitMessages: true,
    historyFromPublication: false,
    feedCollections: COLLECTIONS.filter((c) => definitionOf(c).internalFeed),
    calendarKinds: ['maatregel-van-kracht', 'maatregel-tot-en-met', 'fase-begint', 'fase-eindigt', 'actie-deadline'],
    openDataFields: 'all',
    homeChanges: true,
    actionsOverview: true,
    // Staff look for the route map, passage or organisation itself: no collection comes first.
    searchRanking: { collections: {}, ended: 0.5 },
    cms: true,
    routemapVersions: true,
  },
  publiek: {
    edition: 'publiek',
    contents: 'published',
    headerLabel: 'Publieksinformatie',
    titleSuffix: '',
    printMark: 'Publiek',
    footer: 'publisher',
    home: 'public-questions',
    nav: [
      { id: 'wat-is-er-veranderd', label: 'Wat is er veranderd', path: 'wat-is-er-veranderd/' },
      { id: 'open-data', label: 'Open data', path: 'open-data/' },
      { id: 'over', label: 'Over deze site', path: 'over/' },
    ],
    indexable: true,
    structuredData: true,
    aboutPage: true,
    briefings: false,
    comingWeeks: false,
    // Every published Q&A is approved: its status says nothing to the public.
    hideStatusOf: ['vragen'],
    publicationNotes: false,
    previewPort: 4322,
    collectionDescriptions: {
      organisaties: 'De organisaties die bij de maatregelen en de antwoorden betrokken zijn.',
      bronnen: 'De Kamerbrieven en andere documenten waarop de antwoorden en maatregelen rusten.',
    },
    keywordList: false,
    answerModel: true,
    // Commit subjects are written by developers, not checked for publication: the public edition
    // shows the authors' change notes and the dates of commits only.
    historyCommitMessages: false,
    historyFromPublication: true,
    // Published and changed Q&A and measures.
    feedCollections: ['vragen', 'maatregelen'],
    // Only measures: route maps and their actions are internal.
    calendarKinds: ['maatregel-van-kracht', 'maatregel-tot-en-met'],
    openDataFields: 'public',
    homeChanges: false,
    actionsOverview: false,
    // The public asks questions: the Q&A that answers one comes before the measure, target group
    // or organisation it rests on.
    searchRanking: { collections: { vragen: 2.5, maatregelen: 1, doelgroepen: 0.9, bronnen: 0.8, organisaties: 0.6 }, ended: 0.5 },
    cms: false,
    // Route maps are internal by nature; their past versions even more so.
    routemapVersions: false,
  },
};

export function profileOf(edition: Edition): EditionProfile {
  return EDITION_PROFILES[edition];
}

/** The editions that have a page or feature, for getStaticPaths. */
export function editionsWith(feature: (profile: EditionProfile) => boolean): Edition[] {
  return EDITIONS.filter((edition) => feature(EDITION_PROFILES[edition]));
}

export function selectEdition<E extends AnyEntry>(entries: readonly E[], edition: Edition, peildatum: IsoDate): E[] {
  return EDITION_PROFILES[edition].contents === 'everything' ? [...entries] : entries.filter((entry) => shouldPublish(entry, peildatum));
}

/**
 * What a collection holds, in one sentence, for this edition's reader: the profile's wording, else
 * the registry's (`labels.omschrijving`, written for staff: "eigenaren van acties en
 * afstemmingspartijen"). Every page that describes a collection asks here (home, collection index).
 */
export function collectionDescription(profile: EditionProfile, collection: CollectionName): string {
  return profile.collectionDescriptions[collection] ?? definitionOf(collection).labels.omschrijving;
}

/** Whether an entry's status is shown in this edition. */
export function showsStatus(profile: EditionProfile, collection: CollectionName): boolean {
  return !profile.hideStatusOf.includes(collection);
}
