/**
 * Deterministic generator of realistic benchmark corpora: a knowledge base of about `entries`
 * files in the content layout (`<dir>/<collection>/<id>.md`), valid against the real content model
 * (schemas, integrity rules, the public edition's reference rule), with Dutch text of realistic
 * length assembled from the sentence bank in `sentences.yaml`.
 *
 *   import { generateCorpus, changeOneEntry } from '../../tools/bench/generate.ts';
 *   const stats = await generateCorpus({ entries: 10_000, dir: '/tmp/corpus', seed: 1 });
 *   const changed = await changeOneEntry('/tmp/corpus'); // for "rebuild after one change"
 *
 * Or from the command line: `node tools/bench/generate.ts <entries> <dir> [seed] [spread|hubs]`.
 *
 * Generation has two phases. Planning decides per entry its id, title, date, visibility and
 * frontmatter references, collection by collection in dependency order (organisations, target
 * groups, sources, measures, passages, route maps, Q&A), so that a public entry only ever picks
 * public targets. Rendering then writes the bodies, whose "Zie ook" links obey the same rule.
 * Links always stand in a paragraph of their own after a colon, and inline markup never splits a
 * sentence: the leak scanner compares sentences of internal entries with the rendered public
 * edition, and markup inside a sentence would make a shared bank sentence look like a leak.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, isScalar, isSeq, parse, parseDocument, visit } from 'yaml';
import { formatDate } from '../../src/domain/dates.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import type { MaatregelStatus } from '../../src/collections/maatregelen.ts';
import type { Goedkeuring, Thema } from '../../src/schemas/shared.ts';

// ---------------------------------------------------------------------------------------------
// The sentence bank (sentences.yaml; its comments describe the fields and the template slots)

interface Topic {
  key: string;
  /** Short noun phrase for titles: "herstart dagbesteding". */
  kort: string;
  /** Relative share of the entries about this topic. */
  gewicht: number;
  /** Ids of the VWS directorates that own the topic. */
  directies: string[];
  /** Dates of entries about the topic fall in this period, when given. */
  periode?: [string, string];
  /** Phrases for `{onderwerp}` in running text. */
  onderwerpen: string[];
  themas: Thema[];
  kaders: string[];
  trefwoorden: string[];
  /** Target group ids (from `doelgroepen`) this topic is mostly about. */
  doelgroepen: string[];
  maatregelen: { titel: string; samenvatting: string }[];
  /** Question templates (Q&A titles). */
  vragen: string[];
  /** Passage title templates. */
  passages: string[];
  /** Neutral policy statements (measures, passages, sources, target groups). */
  feiten: string[];
  /** Answers addressed to the reader ("u"), for Q&A. */
  burger: string[];
  /** First-person text of the minister, for passages. */
  minister: string[];
  /** Route map actions. */
  acties: string[];
  /** Internal notes; may carry redaction codes. Only used in internal entries. */
  intern: string[];
}

interface DoelgroepBron {
  id: string;
  titel: string;
  /** Lower case plural phrase for running text. */
  label: string;
  synoniemen: string[];
  parent?: string;
  samenvatting: string;
}

interface OrganisatieBron {
  id: string;
  titel: string;
  afkorting?: string;
  soort: 'directie' | 'ministerie' | 'koepelorganisatie' | 'clientorganisatie' | 'kennisinstituut' | 'uitvoeringsorganisatie' | 'overleg';
  website?: string;
  /** How running text names it: "de VNG", "Ieder(in)". */
  label: string;
  beschrijving: string;
}

interface SentenceBank {
  topics: Topic[];
  algemeen: Record<'feiten' | 'burger' | 'minister' | 'intern' | 'acties' | 'doelgroep' | 'reden', string[]>;
  doelgroepen: DoelgroepBron[];
  organisaties: OrganisatieBron[];
  regios: string[];
  vaststellers: string[];
  dossiers: { dossier: string; ondernummer?: string }[];
  statusToelichting: Record<MaatregelStatus, string[]>;
}

const {
  topics: TOPICS,
  algemeen: ALGEMEEN,
  doelgroepen: DOELGROEPEN,
  organisaties: ORGANISATIES,
  regios: REGIOS,
  vaststellers: VASTSTELLERS,
  dossiers: DOSSIERS,
  statusToelichting: STATUS_TOELICHTING,
} = parse(readFileSync(new URL('sentences.yaml', import.meta.url), 'utf8')) as SentenceBank;

export interface GenerateOptions {
  /** Approximate number of entries (files) to write. */
  entries: number;
  /** Target folder; gets one sub-folder per collection. */
  dir: string;
  /** PRNG seed; the same seed and options give byte-identical output. Default 1. */
  seed?: number;
  /** Share of all entries in the public edition (0–1). Default 0.2. */
  publicShare?: number;
  /** Share of Q&A and passages written as `.mdx` (with MDX-safe bodies). Default 0. */
  mdxShare?: number;
  /**
   * The shape of the graph. `spread` (default): target groups and organisations grow with the
   * corpus (1 % each, up to the bank's 60 and 143). `hubs`: a ministry's shape, a few hubs that
   * everything links: 9 target groups and 19 organisations (the ten VWS directorates and nine
   * partners) whatever the size, more measures, every measure and route map linking two or three
   * of the target groups, and every route map action owned by one of those organisations.
   */
  shape?: CorpusShape;
}

export type CorpusShape = 'spread' | 'hubs';
export const CORPUS_SHAPES: readonly CorpusShape[] = ['spread', 'hubs'];

export interface CorpusStats {
  /** Files written. */
  total: number;
  counts: Record<CollectionName, number>;
  /** Entries in the public edition (for a peildatum after 2022, i.e. once every `publicerenVanaf` has passed). */
  public: number;
  publicCounts: Record<CollectionName, number>;
  /** Public Q&A with a `publicerenVanaf` date (published later); included in `public`. */
  scheduled: number;
  /** Files written as `.mdx`. */
  mdx: number;
  /** Total size of the files written. */
  bytes: number;
}

const COLLECTION_ORDER = ['maatregelen', 'doelgroepen', 'routekaarten', 'passages', 'vragen', 'bronnen', 'organisaties'] as const satisfies readonly CollectionName[];
const perCollection = <T>(make: () => T) => Object.fromEntries(COLLECTION_ORDER.map((c) => [c, make()])) as Record<CollectionName, T>;

/** Target shares of the collections that scale with the corpus (organisations and target groups are handled apart). */
const SHARES = { maatregelen: 12, routekaarten: 3, passages: 30, vragen: 35, bronnen: 18 } as const;
/** The hub shape: thousands of measures, answers and passages around the hubs, fewer sources. */
const HUB_SHARES = { maatregelen: 22, routekaarten: 3, passages: 30, vragen: 35, bronnen: 10 } as const;
/** The hub shape's organisations: the ten VWS directorates and nine partners (every kind that plans use). */
const HUB_ORGANISATIONS = ['dmo', 'lz', 'dglz', 'meva', 'fez', 'jeugd', 'dco', 'bpz', 'cz', 'pg', 'vng', 'iederin', 'rivm', 'actiz', 'ggd-ghor', 'nza', 'szw', 'continuiteitsteam-lz', 'po-vws-vng'];
const HUB_TARGET_GROUPS = 9;

/** Marker file: lets `generateCorpus` clear a folder it generated before, and refuse any other non-empty one. */
const MARKER = '.wegwijs-bench-corpus';

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: small, fast, good enough for test data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
  /** Up to `k` distinct items. */
  sample<T>(items: readonly T[], k: number): T[] {
    if (k >= items.length) return this.shuffle([...items]);
    const out: T[] = [];
    const seen = new Set<number>();
    while (out.length < k) {
      const i = Math.floor(this.next() * items.length);
      if (seen.has(i)) continue;
      seen.add(i);
      out.push(items[i]!);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Dates as day numbers (UTC days since 1970-01-01)

const DAY = 86_400_000;
const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const iso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const START = dayOf('2020-03-01');
const END = dayOf('2022-12-31');

const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "1 juni 2020" */
const nlDatum = (day: number): string => formatDate(iso(day));
/** "juni 2020" */
const nlMaand = (day: number): string => monthFormat.format(new Date(day * DAY));
/** Parliamentary year of a date: it starts in September. */
function vergaderjaar(day: number): string {
  const d = new Date(day * DAY);
  const y = d.getUTCFullYear();
  return d.getUTCMonth() >= 8 ? `${y}-${y + 1}` : `${y - 1}-${y}`;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function slugify(text: string, max = 72): string {
  let slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/€/g, 'eur')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > max) {
    slug = slug.slice(0, max);
    const cut = slug.lastIndexOf('-');
    if (cut > 20) slug = slug.slice(0, cut);
  }
  return slug || 'item';
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

interface Slots {
  dg: string;
  datum: string;
  maand: string;
  regio: string;
  partner: string;
  directie: string;
  aantal: string;
  bedrag: string;
  kamerstuk: string;
  onderwerp: string;
}

function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in slots ? slots[key as keyof Slots] : all));
}

// ---------------------------------------------------------------------------------------------
// YAML frontmatter

type YamlValue = string | number | boolean | undefined | readonly YamlValue[] | { readonly [key: string]: YamlValue };

/**
 * Frontmatter in the style of hand-written entries: lists of scalars in flow style
 * (`themas: [bezoek, mantelzorg]`), no line folding, undefined fields and empty lists left out.
 * Dates stay plain (`2020-06-01` is a string in YAML 1.2); strings that would read as numbers or
 * booleans are quoted.
 */
function frontmatter(data: Record<string, YamlValue>): string {
  const doc = new Document(data, (_key, value) => (Array.isArray(value) && value.length === 0 ? undefined : value));
  visit(doc, {
    Seq(_key, seq) {
      seq.flow = seq.items.every(isScalar);
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

// ---------------------------------------------------------------------------------------------
// Planning

interface Plan {
  collection: CollectionName;
  id: string;
  titel: string;
  topic: Topic;
  date: number;
  /** `zichtbaarheid: publiek` (it may still be waiting for approval). */
  publiek: boolean;
  /** In the public edition once publicerenVanaf has passed. */
  inEdition: boolean;
  /** A public entry may link to it in its body (in the edition, no publicerenVanaf). */
  linkable: boolean;
  scheduled: boolean;
  ext: '.md' | '.mdx';
  fm: Record<string, YamlValue>;
  /** Target group labels and organisation labels for the text. */
  dgLabels: string[];
  partnerLabels: string[];
  directie: string;
}

/** A plan as the planners give it: by default in the edition when public, linkable when in the edition, a `.md` file. */
type NewPlan = Omit<Plan, 'inEdition' | 'linkable' | 'scheduled' | 'ext'> & Partial<Pick<Plan, 'inEdition' | 'linkable' | 'scheduled' | 'ext'>>;

interface Org extends OrganisatieBron {
  publiek: boolean;
}

interface Doelgroep extends DoelgroepBron {
  publiek: boolean;
}

const REGIONAAL = (regio: string): string => regio.replace(/^(de|regio) /, '');

/** The bank of organisations plus regional ones (GGD, zorgkantoor, crisis overleg per region). */
function organisationBank(): OrganisatieBron[] {
  const regional: OrganisatieBron[] = [];
  for (const regio of REGIOS) {
    const name = REGIONAAL(regio);
    regional.push(
      { id: `ggd-${slugify(name)}`, titel: `GGD ${name}`, soort: 'uitvoeringsorganisatie', label: `de GGD ${name}`, beschrijving: `Gemeentelijke gezondheidsdienst voor de gemeenten in ${regio}; voert het testen en het bron- en contactonderzoek uit.` },
      { id: `zorgkantoor-${slugify(name)}`, titel: `Zorgkantoor ${name}`, soort: 'uitvoeringsorganisatie', label: `het zorgkantoor ${name}`, beschrijving: `Zorgkantoor dat de Wlz-zorg in ${regio} inkoopt en met aanbieders afspraken maakt over de continuïteit van zorg.` },
      { id: `regionaal-crisisoverleg-${slugify(name)}`, titel: `Regionaal crisisoverleg zorg en welzijn ${name}`, soort: 'overleg', label: `het regionaal crisisoverleg ${name}`, beschrijving: `Overleg van gemeenten, aanbieders en de GGD in ${regio} over de continuïteit van zorg en ondersteuning.` },
    );
  }
  return [...ORGANISATIES, ...regional];
}

function plannedCounts(entries: number, shape: CorpusShape): Record<CollectionName, number> {
  const bank = organisationBank().length;
  const hubs = shape === 'hubs';
  const organisaties = hubs ? Math.min(HUB_ORGANISATIONS.length, Math.max(12, entries)) : Math.min(bank, Math.max(12, Math.round(entries * 0.01)));
  const doelgroepen = hubs ? Math.min(HUB_TARGET_GROUPS, Math.max(8, entries)) : Math.min(DOELGROEPEN.length, Math.max(8, Math.round(entries * 0.01)));
  const rest = Math.max(5, entries - organisaties - doelgroepen);
  const shares = hubs ? HUB_SHARES : SHARES;
  const total = Object.values(shares).reduce((a, b) => a + b, 0);
  const part = (share: number) => Math.max(1, Math.round((rest * share) / total));
  const maatregelen = part(shares.maatregelen);
  const routekaarten = part(shares.routekaarten);
  const passages = part(shares.passages);
  const bronnen = part(shares.bronnen);
  const vragen = Math.max(1, rest - maatregelen - routekaarten - passages - bronnen);
  return { organisaties, doelgroepen, maatregelen, routekaarten, passages, vragen, bronnen };
}

class Planner {
  readonly rng: Rng;
  readonly s: number;
  readonly mdxShare: number;
  readonly shape: CorpusShape;
  readonly plans: Plan[] = [];
  readonly by = perCollection((): Plan[] => []);
  readonly titles = new Set<string>();
  readonly ids = perCollection(() => new Set<string>());
  orgs: Org[] = [];
  doelgroepen: Doelgroep[] = [];
  readonly topicWeights: [Topic, number][];

  constructor(seed: number, publicShare: number, mdxShare: number, shape: CorpusShape = 'spread') {
    this.rng = new Rng(seed);
    this.s = publicShare;
    this.mdxShare = mdxShare;
    this.shape = shape;
    this.topicWeights = TOPICS.map((t) => [t, t.gewicht]);
  }

  // -- small helpers ---------------------------------------------------------------------------

  topic(): Topic {
    return this.rng.weighted(this.topicWeights);
  }

  /** A date for the i-th of n entries: the knowledge base grows over time, with some jitter. */
  date(i: number, n: number, topic: Topic): number {
    if (topic.periode) return this.rng.int(dayOf(topic.periode[0]), dayOf(topic.periode[1]));
    const base = START + Math.floor(((i + this.rng.next()) / Math.max(1, n)) * (END - START - 30));
    return Math.min(END, Math.max(START, base + this.rng.int(-20, 20)));
  }

  uniqueId(collection: CollectionName, titel: string): string {
    const base = slugify(titel);
    let id = base;
    for (let n = 2; this.ids[collection].has(id); n++) id = `${base}-${n}`;
    this.ids[collection].add(id);
    return id;
  }

  /** Fills title templates until one is not yet used; falls back to numbering. */
  uniqueTitle(make: (attempt: number) => string): string {
    let titel = '';
    for (let attempt = 0; attempt < 12; attempt++) {
      titel = cap(make(attempt));
      if (!this.titles.has(titel)) {
        this.titles.add(titel);
        return titel;
      }
    }
    for (let n = 2; ; n++) {
      const numbered = titel.endsWith('?') ? `${titel.slice(0, -1)} (${n})?` : `${titel} (${n})`;
      if (!this.titles.has(numbered)) {
        this.titles.add(numbered);
        return numbered;
      }
    }
  }

  slots(topic: Topic, date: number, dgLabels: string[], partnerLabels: string[], directie: string): Slots {
    const { dossier, ondernummer: suffix } = this.rng.pick(DOSSIERS);
    return {
      dg: dgLabels.length > 0 ? this.rng.pick(dgLabels) : 'kwetsbare personen',
      datum: nlDatum(date),
      maand: nlMaand(date),
      regio: this.rng.pick(REGIOS),
      partner: partnerLabels.length > 0 ? this.rng.pick(partnerLabels) : this.rng.pick(['de VNG', 'de cliëntenorganisaties', 'de koepels van aanbieders']),
      directie,
      aantal: String(this.rng.pick([12, 15, 20, 25, 30, 40, 45, 55, 60, 80, 120, 150, 200, 250, 300])),
      bedrag: `€ ${this.rng.pick([5, 12, 15, 20, 35, 50, 75, 100, 150, 170, 300])} miljoen`,
      kamerstuk: `(TK ${vergaderjaar(date)}, ${dossier}${suffix ? ` ${suffix}` : ''}, nr. ${this.rng.int(12, 980)})`,
      onderwerp: this.rng.pick(topic.onderwerpen),
    };
  }

  add(input: NewPlan): void {
    const inEdition = input.inEdition ?? input.publiek;
    const plan: Plan = { scheduled: false, ext: '.md', ...input, inEdition, linkable: input.linkable ?? inEdition };
    this.plans.push(plan);
    this.by[plan.collection].push(plan);
  }

  private readonly poolCache = new Map<string, { size: number; pool: Plan[]; byTopic: Map<Topic, Plan[]> }>();

  /** Candidate targets, cached per collection, visibility and filter (recomputed when the collection grows). */
  pools(collection: CollectionName, publiek: boolean, filterKey = '', filter?: (p: Plan) => boolean): { pool: Plan[]; byTopic: Map<Topic, Plan[]> } {
    const key = `${collection}|${publiek}|${filterKey}`;
    const all = this.by[collection];
    const cached = this.poolCache.get(key);
    if (cached && cached.size === all.length) return cached;
    const pool = all.filter((p) => (!publiek || p.inEdition) && (!filter || filter(p)));
    const byTopic = new Map<Topic, Plan[]>();
    for (const p of pool) {
      const list = byTopic.get(p.topic);
      if (list) list.push(p);
      else byTopic.set(p.topic, [p]);
    }
    const entry = { size: all.length, pool, byTopic };
    this.poolCache.set(key, entry);
    return entry;
  }

  /** Distinct references: preferably of the same topic, only public ones when `publiek`. */
  refs(collection: CollectionName, topic: Topic, k: number, publiek: boolean, filterKey = '', filter?: (p: Plan) => boolean): Plan[] {
    if (k <= 0) return [];
    const { pool, byTopic } = this.pools(collection, publiek, filterKey, filter);
    if (pool.length === 0) return [];
    const same = byTopic.get(topic) ?? [];
    const out: Plan[] = [];
    const seen = new Set<string>();
    for (let tries = 0; out.length < k && tries < k * 6; tries++) {
      const from = same.length > 0 && this.rng.chance(0.75) ? same : pool;
      const p = this.rng.pick(from);
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      out.push(p);
    }
    return out;
  }

  doelgroepRefs(topic: Topic, k: number, publiek: boolean): Doelgroep[] {
    const pool = this.doelgroepen.filter((d) => !publiek || d.publiek);
    if (pool.length === 0) return [];
    const preferred = pool.filter((d) => topic.doelgroepen.includes(d.id));
    const out: Doelgroep[] = [];
    for (let tries = 0; out.length < k && tries < k * 6; tries++) {
      const from = preferred.length > 0 && this.rng.chance(0.7) ? preferred : pool;
      const d = this.rng.pick(from);
      if (!out.includes(d)) out.push(d);
    }
    return out;
  }

  orgRefs(k: number, publiek: boolean, soorten?: readonly string[]): Org[] {
    const pool = this.orgs.filter((o) => (!publiek || o.publiek) && (!soorten || soorten.includes(o.soort)));
    return pool.length === 0 ? [] : this.rng.sample(pool, Math.min(k, pool.length));
  }

  directieFor(topic: Topic, publiek: boolean): Org {
    const wanted = topic.directies.map((id) => this.orgs.find((o) => o.id === id)).filter((o): o is Org => !!o && (!publiek || o.publiek));
    if (wanted.length > 0) return this.rng.pick(wanted);
    const directies = this.orgs.filter((o) => o.soort === 'directie' && (!publiek || o.publiek));
    return directies.length > 0 ? this.rng.pick(directies) : this.orgs[0]!;
  }

  trefwoorden(topic: Topic, min: number, max: number): string[] {
    return this.rng.sample(topic.trefwoorden, this.rng.int(min, max));
  }

  themas(topic: Topic): Thema[] {
    return this.rng.sample(topic.themas, this.rng.int(1, topic.themas.length));
  }

  wijzigingen(date: number, notes: readonly string[], p: number): { datum: string; notitie: string }[] | undefined {
    if (!this.rng.chance(p)) return undefined;
    const n = this.rng.int(1, 2);
    const out: { datum: string; notitie: string }[] = [];
    let d = date;
    for (let i = 0; i < n; i++) {
      d += this.rng.int(5, 60);
      out.push({ datum: iso(d), notitie: this.rng.pick(notes) });
    }
    return out;
  }

  ext(): '.md' | '.mdx' {
    return this.mdxShare > 0 && this.rng.chance(this.mdxShare) ? '.mdx' : '.md';
  }

  // -- collections -----------------------------------------------------------------------------

  planOrganisaties(n: number): void {
    const bank = organisationBank();
    // The hub shape: a fixed few. Otherwise the bank's own organisations first, then regional ones in a seeded order.
    const chosen = this.shape === 'hubs' ? HUB_ORGANISATIONS.slice(0, n).map((id) => bank.find((o) => o.id === id)!) : [...bank.slice(0, Math.min(n, ORGANISATIES.length)), ...this.rng.shuffle(bank.slice(ORGANISATIES.length)).slice(0, Math.max(0, n - ORGANISATIES.length))];
    const p = Math.min(0.9, 2.5 * this.s);
    const alwaysPublic = new Set(['dmo', 'lz', 'fez']);
    this.orgs = chosen.map((o) => ({ ...o, publiek: this.s > 0 && (alwaysPublic.has(o.id) || (o.soort === 'directie' ? this.rng.chance(p / 2) : this.rng.chance(p))) }));
    const topic = TOPICS[0]!;
    for (const o of this.orgs) {
      this.titles.add(o.titel);
      this.ids.organisaties.add(o.id);
      this.add({
        collection: 'organisaties', id: o.id, titel: o.titel, topic, date: START, publiek: o.publiek,
        fm: {
          titel: o.titel,
          afkorting: o.afkorting,
          soort: o.soort,
          website: o.website,
          zichtbaarheid: o.publiek ? 'publiek' : 'intern',
          samenvatting: o.beschrijving,
        },
        dgLabels: [], partnerLabels: [o.label], directie: o.afkorting ?? 'DMO',
      });
    }
  }

  planDoelgroepen(n: number): void {
    const chosen = DOELGROEPEN.slice(0, n);
    const pTop = Math.min(0.95, 4 * this.s);
    const pChild = Math.min(0.95, 3.5 * this.s);
    const publiek = new Map<string, boolean>();
    this.doelgroepen = chosen.map((d, i) => {
      const parentPublic = d.parent ? publiek.get(d.parent) : true;
      const isPublic = this.s > 0 && parentPublic !== false && (i === 0 || this.rng.chance(d.parent ? pChild : pTop));
      publiek.set(d.id, isPublic);
      return { ...d, publiek: isPublic };
    });
    const topicOf = (d: DoelgroepBron) => TOPICS.find((t) => t.doelgroepen.includes(d.id)) ?? TOPICS[0]!;
    for (const d of this.doelgroepen) {
      this.titles.add(d.titel);
      this.ids.doelgroepen.add(d.id);
      const parent = d.parent && publiek.has(d.parent) ? d.parent : undefined;
      this.add({
        collection: 'doelgroepen', id: d.id, titel: d.titel, topic: topicOf(d), date: START, publiek: d.publiek,
        fm: {
          titel: d.titel,
          zichtbaarheid: d.publiek ? 'publiek' : 'intern',
          samenvatting: d.samenvatting,
          synoniemen: d.synoniemen,
          onderdeelVan: parent,
        },
        dgLabels: [d.label], partnerLabels: [], directie: 'DMO',
      });
    }
  }

  planBronnen(n: number): void {
    const soorten = [['Kamerbrief', 20], ['Kamerstuk', 14], ['verslag', 15], ['e-mail', 16], ['notitie', 12], ['nieuwsbericht', 13], ['besluit', 5], ['website', 5]] as const;
    const publicAble = new Set(['Kamerbrief', 'Kamerstuk', 'nieuwsbericht', 'besluit', 'website']);
    const p = Math.min(0.95, 1.75 * this.s);
    for (let i = 0; i < n; i++) {
      const topic = this.topic();
      const date = this.date(i, n, topic);
      const soort = this.rng.weighted(soorten);
      const publiek = publicAble.has(soort) && this.rng.chance(p);
      const kort = topic.kort;
      const overleg = this.orgRefs(1, publiek, ['overleg'])[0];
      const partner = this.orgRefs(1, publiek, ['koepelorganisatie', 'clientorganisatie', 'kennisinstituut', 'uitvoeringsorganisatie'])[0];
      const directie = this.directieFor(topic, publiek);
      const { dossier, ondernummer: suffix } = this.rng.pick(DOSSIERS);
      const baseNummer = this.rng.int(12, 980);
      let nummer = baseNummer;
      const jaar = vergaderjaar(date);
      let afzender: Org | undefined;
      if (soort === 'verslag') afzender = overleg;
      else if (soort === 'e-mail') afzender = partner && this.rng.chance(0.6) ? partner : directie;
      else if (soort === 'notitie') afzender = directie;
      else if (soort === 'website' || soort === 'nieuwsbericht') afzender = this.rng.chance(0.3) ? partner : undefined;
      const titel = this.uniqueTitle((attempt) => {
        const d = date + attempt * 3;
        switch (soort) {
          case 'Kamerbrief':
            return attempt % 2 ? `Kamerbrief over ${kort} en ${this.rng.pick(topic.onderwerpen).replace(/^de |^het /, '')} (${nlDatum(d)})` : `Kamerbrief over ${kort} (${nlDatum(d)})`;
          case 'Kamerstuk':
            nummer = baseNummer + attempt;
            return `Kamerstuk ${dossier}${suffix ? ` ${suffix}` : ''} nr. ${nummer}: ${kort}`;
          case 'verslag':
            return `Verslag ${overleg ? overleg.titel : 'crisisoverleg'} van ${nlDatum(d)}${attempt ? ` over ${kort}` : ''}`;
          case 'e-mail':
            return `E-mail ${afzender ? afzender.afkorting ?? afzender.titel : 'VWS'} over ${kort} (${nlDatum(d)})`;
          case 'notitie':
            return `Notitie ${directie.afkorting ?? directie.titel} over ${kort} (${nlDatum(d)})`;
          case 'nieuwsbericht':
            return `Nieuwsbericht ${this.rng.pick(topic.onderwerpen).replace(/^de |^het /, '')} (${nlDatum(d)})`;
          case 'besluit':
            return `Besluit ${kort} (${nlDatum(d)})`;
          default:
            return `Webpagina ${kort} op rijksoverheid.nl (stand ${nlDatum(d)})`;
        }
      });
      const id = this.uniqueId('bronnen', soort === 'Kamerstuk' ? `kamerstuk-${dossier.replace(' ', '')}-${nummer}` : titel);
      const fm: Record<string, YamlValue> = {
        titel,
        soort,
        datum: iso(date),
        kenmerk: soort === 'Kamerbrief' || soort === 'notitie' ? `${this.rng.int(100000, 999999)}-${this.rng.int(100000, 999999)}-${directie.afkorting ?? 'DMO'}` : undefined,
        kamerstuk:
          soort === 'Kamerstuk' || (soort === 'Kamerbrief' && this.rng.chance(0.6))
            ? { vergaderjaar: jaar, dossier, ondernummer: suffix, nummer }
            : undefined,
        url:
          soort === 'nieuwsbericht'
            ? `https://www.rijksoverheid.nl/actueel/nieuws/${iso(date).replaceAll('-', '/')}/${slugify(titel, 60)}`
            : soort === 'Kamerstuk'
              ? `https://zoek.officielebekendmakingen.nl/kst-${dossier.replace(' ', '')}${suffix ? `-${suffix}` : ''}-${nummer}.html`
              : soort === 'website'
                ? `https://www.rijksoverheid.nl/onderwerpen/coronavirus-covid-19/${slugify(kort, 40)}`
                : undefined,
        afzender: afzender?.id,
        zichtbaarheid: publiek ? 'publiek' : 'intern',
        samenvatting: this.bronSamenvatting(soort, topic, date),
        wooDocument: !publiek && ['e-mail', 'verslag', 'notitie'].includes(soort) && this.rng.chance(0.6) ? `Woo-besluit ${kort} ${new Date(date * DAY).getUTCFullYear()}, document ${this.rng.int(1, 480)}` : undefined,
        trefwoorden: this.trefwoorden(topic, 2, 4),
      };
      this.add({
        collection: 'bronnen', id, titel, topic, date, publiek, fm,
        dgLabels: this.doelgroepRefs(topic, 2, false).map((d) => d.label),
        partnerLabels: [partner?.label, overleg?.label].filter((x): x is string => !!x),
        directie: directie.afkorting ?? 'DMO',
      });
    }
  }

  bronSamenvatting(soort: string, topic: Topic, date: number): string {
    const onderwerp = this.rng.pick(topic.onderwerpen);
    switch (soort) {
      case 'Kamerbrief':
        return `Brief aan de Tweede Kamer van ${nlDatum(date)} waarin onder meer ${onderwerp} aan de orde komt.`;
      case 'Kamerstuk':
        return `Kamerstuk over ${onderwerp}, waarnaar in brieven en passages wordt verwezen.`;
      case 'verslag':
        return `Verslag van een overleg op ${nlDatum(date)} met afspraken en acties per directie over ${onderwerp}.`;
      case 'e-mail':
        return `E-mailwisseling over ${onderwerp}, vrijgegeven met namen weggelakt.`;
      case 'notitie':
        return `Interne notitie met eerste ideeën over ${onderwerp}.`;
      case 'nieuwsbericht':
        return `Nieuwsbericht van de rijksoverheid over ${onderwerp}.`;
      case 'besluit':
        return `Besluit over ${onderwerp}, gepubliceerd in de Staatscourant.`;
      default:
        return `Informatie over ${onderwerp} op de website van de rijksoverheid.`;
    }
  }

  planMaatregelen(n: number): void {
    const p = Math.min(0.9, 1.75 * this.s);
    const order: MaatregelStatus[] = ['voorgenomen', 'aangekondigd', 'van kracht', 'afgeschaald', 'beëindigd'];
    for (let i = 0; i < n; i++) {
      const topic = this.topic();
      const date = this.date(i, n, topic);
      const publiek = this.s > 0 && this.rng.chance(p);
      const dgs = this.doelgroepRefs(topic, this.rng.weighted(this.shape === 'hubs' ? ([[1, 1], [2, 4], [3, 5]] as const) : ([[1, 4], [2, 4], [3, 2]] as const)), publiek);
      if (dgs.length === 0) dgs.push(this.doelgroepen[0]!);
      const verantwoordelijk = this.directieFor(topic, publiek);
      const partners = this.orgRefs(this.rng.int(0, 3), publiek, ['koepelorganisatie', 'clientorganisatie', 'kennisinstituut', 'uitvoeringsorganisatie', 'ministerie']);
      const bronnen = this.refs('bronnen', topic, this.rng.int(1, 3), publiek);
      const { titel: titleTemplate, samenvatting: summaryTemplate } = this.rng.pick(topic.maatregelen);
      const dgLabels = dgs.map((d) => d.label);
      const slots = this.slots(topic, date, dgLabels, partners.map((o) => o.label), verantwoordelijk.afkorting ?? 'DMO');
      const titel = this.uniqueTitle((attempt) => {
        const tt = attempt === 0 ? titleTemplate : this.rng.pick(topic.maatregelen).titel;
        return fill(tt, { ...slots, regio: attempt === 0 ? slots.regio : this.rng.pick(REGIOS), datum: nlDatum(date + attempt * 7), maand: nlMaand(date + attempt * 31) });
      });
      // Status history: a walk along the lifecycle with ascending dates.
      const final = this.rng.weighted([['voorgenomen', 6], ['aangekondigd', 10], ['van kracht', 40], ['afgeschaald', 16], ['beëindigd', 28]] as const);
      const finalIdx = order.indexOf(final);
      const startIdx = Math.min(finalIdx, this.rng.weighted([[0, 2], [1, 5], [2, 3]] as const));
      let steps = order.slice(startIdx, finalIdx + 1);
      if (final === 'beëindigd' && this.rng.chance(0.5)) steps = steps.filter((s) => s !== 'afgeschaald');
      let d = date;
      const verloop = steps.map((status, k) => {
        if (k > 0) d += this.rng.int(5, 70);
        return { datum: iso(d), status, toelichting: this.rng.chance(0.6) ? this.rng.pick(STATUS_TOELICHTING[status]) : undefined };
      });
      const stepDate = (s: MaatregelStatus) => verloop.find((v) => v.status === s)?.datum;
      const vanKrachtVanaf = stepDate('van kracht');
      let aangekondigdOp = stepDate('aangekondigd');
      if (!aangekondigdOp && vanKrachtVanaf && this.rng.chance(0.5)) aangekondigdOp = iso(dayOf(vanKrachtVanaf) - this.rng.int(2, 10));
      const eind = stepDate('beëindigd');
      const totEnMet = eind && vanKrachtVanaf ? iso(Math.max(dayOf(vanKrachtVanaf), dayOf(eind) - 1)) : undefined;
      const fm: Record<string, YamlValue> = {
        titel,
        zichtbaarheid: publiek ? 'publiek' : 'intern',
        samenvatting: cap(fill(summaryTemplate, slots)),
        status: final,
        statusverloop: this.rng.chance(0.8) ? verloop : undefined,
        aangekondigdOp,
        vanKrachtVanaf,
        totEnMet,
        doelgroepen: dgs.map((x) => x.id),
        wettelijkKader: this.rng.sample(topic.kaders, this.rng.int(1, Math.min(2, topic.kaders.length))),
        verantwoordelijk: verantwoordelijk.id,
        partners: partners.map((o) => o.id),
        bronnen: bronnen.map((b) => b.id),
        themas: this.themas(topic),
        trefwoorden: this.trefwoorden(topic, 2, 5),
        wijzigingen: this.wijzigingen(date, ['Status bijgewerkt na de persconferentie.', 'Doelgroepen aangevuld na overleg met de cliëntenorganisaties.', 'Samenvatting verduidelijkt.', 'Bronnen aangevuld met de Kamerbrief.'], 0.2),
      };
      this.add({
        collection: 'maatregelen', id: this.uniqueId('maatregelen', titel), titel, topic, date, publiek, fm,
        dgLabels, partnerLabels: partners.map((o) => o.label), directie: verantwoordelijk.afkorting ?? 'DMO',
      });
    }
  }

  /** Exact status proportions, in a seeded order. */
  statuses(n: number, shares: readonly [Goedkeuring, number][]): Goedkeuring[] {
    const out: Goedkeuring[] = [];
    for (const [status, share] of shares.slice(1)) for (let k = 0; k < Math.round(n * share); k++) out.push(status);
    while (out.length < n) out.push(shares[0]![0]);
    return this.rng.shuffle(out.slice(0, n));
  }

  planPassages(n: number): void {
    const statuses = this.statuses(n, [['vastgesteld', 0.55], ['ter afstemming', 0.15], ['concept', 0.15], ['vervallen', 0.15]]);
    const p = Math.min(0.6, 0.5 * this.s);
    const soorten = [['Kamerbrief', 45], ['spreektekst', 20], ['beantwoording Kamervragen', 20], ['nieuwsbericht', 10], ['website', 5]] as const;
    for (let i = 0; i < n; i++) {
      const topic = this.topic();
      const date = this.date(i, n, topic);
      const status = statuses[i]!;
      const publiek = this.s > 0 && (status === 'vastgesteld' ? this.rng.chance(p) : status !== 'vervallen' && this.rng.chance(p / 3));
      const inEdition = publiek && status === 'vastgesteld';
      const soort = this.rng.weighted(soorten);
      const maatregelen = this.refs('maatregelen', topic, this.rng.int(1, 2), publiek);
      const dgs = this.doelgroepRefs(topic, this.rng.int(1, 2), publiek);
      const bronnen = this.refs('bronnen', topic, this.rng.int(0, 2), publiek);
      const dgLabels = dgs.map((d) => d.label);
      const slots = this.slots(topic, date, dgLabels, [], 'DMO');
      const template = this.rng.pick(topic.passages);
      const titel = this.uniqueTitle((attempt) => {
        const t = attempt === 0 ? template : this.rng.pick(topic.passages);
        const base = fill(t, { ...slots, regio: attempt === 0 ? slots.regio : this.rng.pick(REGIOS), maand: nlMaand(date + attempt * 31) });
        return attempt < 3 ? base : `${base} (${soort.toLowerCase()})`;
      });
      const wasVastgesteld = status === 'vastgesteld' || (status === 'vervallen' && this.rng.chance(0.7));
      const gebruikt = status === 'concept' ? 0 : this.rng.weighted([[0, 3], [1, 5], [2, 2]] as const);
      const letters = this.refs('bronnen', topic, gebruikt, publiek, 'brieven', (b) => ['Kamerbrief', 'Kamerstuk', 'nieuwsbericht'].includes(String(b.fm.soort)));
      const gebruiktIn = Array.from({ length: gebruikt }, (_, k) => {
        const bron = letters[k];
        const d = date + this.rng.int(1, 20);
        if (bron && this.rng.chance(0.8)) return { bron: bron.id, titel: bron.titel, kenmerk: bron.fm.kenmerk as string | undefined, datum: String(bron.fm.datum) };
        return { titel: `${soort === 'spreektekst' ? 'Spreektekst persconferentie' : 'Kamerbrief over de stand van zaken'} van ${nlDatum(d)}`, datum: iso(d) };
      });
      const fm: Record<string, YamlValue> = {
        titel,
        soort,
        status,
        vastgesteldOp: wasVastgesteld ? iso(date + this.rng.int(0, 14)) : undefined,
        vastgesteldDoor: wasVastgesteld ? this.rng.pick(VASTSTELLERS) : undefined,
        zichtbaarheid: publiek ? 'publiek' : 'intern',
        samenvatting: `Passage over ${slots.onderwerp} voor ${this.rng.pick(dgLabels.length ? dgLabels : ['kwetsbare personen'])}, bedoeld voor ${soort === 'spreektekst' ? 'een spreektekst van de minister' : soort === 'beantwoording Kamervragen' ? 'de beantwoording van Kamervragen' : soort === 'Kamerbrief' ? 'een Kamerbrief' : `een ${soort}`}.`,
        gebruiktIn,
        maatregelen: maatregelen.map((m) => m.id),
        doelgroepen: dgs.map((d) => d.id),
        bronnen: bronnen.map((b) => b.id),
        trefwoorden: this.trefwoorden(topic, 2, 5),
      };
      this.add({
        collection: 'passages', id: this.uniqueId('passages', titel), titel, topic, date, publiek, inEdition, ext: this.ext(), fm,
        dgLabels, partnerLabels: [], directie: 'DMO',
      });
    }
    this.planVervanging();
  }

  /** Successors of withdrawn passages: mostly approved ones, sometimes a chain or a pending one. */
  planVervanging(): void {
    const passages = this.by.passages;
    const vastgesteld = passages.filter((p) => p.fm.status === 'vastgesteld');
    const pending = passages.filter((p) => p.fm.status === 'concept' || p.fm.status === 'ter afstemming');
    const vervallen = passages.filter((p) => p.fm.status === 'vervallen');
    vervallen.forEach((p, k) => {
      const later = vervallen.slice(k + 1);
      const kind = this.rng.weighted([['vastgesteld', 62], ['pending', 10], ['chain', 10], ['reden', 18]] as const);
      const sameTopic = (pool: Plan[]) => {
        const same = pool.filter((q) => q.topic === p.topic);
        return same.length > 0 ? this.rng.pick(same) : pool.length > 0 ? this.rng.pick(pool) : undefined;
      };
      let successor: Plan | undefined;
      if (kind === 'vastgesteld') successor = sameTopic(vastgesteld);
      else if (kind === 'pending') successor = sameTopic(pending);
      else if (kind === 'chain') successor = later.length > 0 ? this.rng.pick(later) : sameTopic(vastgesteld);
      if (successor) {
        p.fm.vervangenDoor = successor.id;
        if (successor.fm.status === 'concept' || successor.fm.status === 'ter afstemming') p.fm.vervangingNogNietVastgesteld = true;
      }
      if (!successor || this.rng.chance(0.3)) p.fm.redenVervallen = this.rng.pick(ALGEMEEN.reden);
      p.fm.wijzigingen = [{ datum: iso(p.date + this.rng.int(20, 120)), notitie: successor ? 'Vervallen; gebruik de opvolger.' : 'Vervallen; de tekst wordt niet meer gebruikt.' }];
    });
  }

  planRoutekaarten(n: number): void {
    const statuses = this.statuses(n, [['vastgesteld', 0.5], ['ter afstemming', 0.25], ['concept', 0.15], ['vervallen', 0.1]]);
    const p = Math.min(0.6, 0.5 * this.s);
    for (let i = 0; i < n; i++) {
      const topic = this.topic();
      const date = this.date(i, n, topic);
      const status = statuses[i]!;
      const publiek = this.s > 0 && status === 'vastgesteld' && this.rng.chance(p);
      const dgs = this.doelgroepRefs(topic, this.rng.int(this.shape === 'hubs' ? 2 : 1, 3), publiek);
      const afgestemdMet = this.orgRefs(this.rng.int(1, 3), publiek, ['koepelorganisatie', 'clientorganisatie', 'kennisinstituut', 'overleg']);
      const bronnen = this.refs('bronnen', topic, this.rng.int(0, 3), publiek);
      const maatregelen = this.refs('maatregelen', topic, this.rng.int(1, 3), publiek);
      const directie = this.directieFor(topic, publiek);
      const owners = [directie, ...afgestemdMet, ...this.orgRefs(2, publiek, ['directie'])];
      const dgLabels = dgs.map((d) => d.label);
      const slots = this.slots(topic, date, dgLabels, afgestemdMet.map((o) => o.label), directie.afkorting ?? 'DMO');
      const titel = this.uniqueTitle((attempt) =>
        attempt === 0
          ? `Routekaart ${topic.kort} voor ${slots.dg} (${nlMaand(date)})`
          : `Routekaart ${topic.kort} voor ${this.rng.pick(dgLabels.length ? dgLabels : ['kwetsbare personen'])} in ${this.rng.pick(REGIOS)} (${nlMaand(date + attempt * 31)})`,
      );
      const versiedatum = date + this.rng.int(0, 10);
      const fasen: Record<string, YamlValue>[] = [];
      const faseIds = new Set<string>();
      let cur = date;
      const phases = this.rng.int(2, 5);
      const acties = [...topic.acties, ...ALGEMEEN.acties];
      for (let f = 0; f < phases; f++) {
        const len = this.rng.int(6, 42);
        const van = cur;
        const last = f === phases - 1;
        const tot = last && this.rng.chance(0.4) ? undefined : van + len;
        const titelFase = f === 0 ? `Periode tot ${nlDatum(van + len)}` : this.rng.chance(0.5) ? `Periode vanaf ${nlDatum(van)}` : `Fase ${f + 1}: ${this.rng.pick(['voorbereiding', 'uitvoering', 'monitoring', 'evaluatie', 'afschaling', 'opschaling', 'nazorg'])}`;
        let faseId = slugify(titelFase, 40);
        for (let k = 2; faseIds.has(faseId); k++) faseId = `${slugify(titelFase, 40)}-${k}`;
        faseIds.add(faseId);
        const nActies = this.rng.int(2, 6);
        const end = tot ?? van + 30;
        const teksten = this.rng.sample(acties, nActies);
        const phaseActies = teksten.map((tekst) => {
          const deadline = this.rng.chance(0.7) ? van + this.rng.int(0, end - van) : undefined;
          const ref = (deadline ?? end) < versiedatum ? this.rng.weighted([['gereed', 8], ['vervallen', 1], ['lopend', 1]] as const) : van <= versiedatum ? this.rng.weighted([['lopend', 3], ['open', 2]] as const) : 'open';
          const maatregel = maatregelen.length > 0 && this.rng.chance(0.8) ? this.rng.pick(maatregelen).id : undefined;
          return {
            omschrijving: cap(fill(tekst, { ...slots, regio: this.rng.pick(REGIOS) })),
            eigenaar: this.rng.chance(0.6) ? directie.id : this.rng.pick(owners).id,
            deadline: deadline === undefined ? undefined : iso(deadline),
            status: ref,
            maatregel,
          };
        });
        fasen.push({
          id: faseId,
          titel: titelFase,
          van: iso(van),
          tot: tot === undefined ? undefined : iso(tot),
          omschrijving: this.rng.chance(0.8) ? cap(fill(this.rng.pick([...topic.feiten, ...ALGEMEEN.feiten]), slots)) : undefined,
          acties: phaseActies,
        });
        cur = (tot ?? van + len) + this.rng.int(1, 10);
      }
      const fm: Record<string, YamlValue> = {
        titel,
        zichtbaarheid: publiek ? 'publiek' : 'intern',
        samenvatting: `Aanpak van ${directie.afkorting ?? 'VWS'} rond ${slots.onderwerp} voor ${slots.dg}, ingedeeld in ${phases} periodes.`,
        doelgroepen: dgs.length > 0 ? dgs.map((d) => d.id) : [this.doelgroepen[0]!.id],
        versie: `${status === 'vastgesteld' || status === 'vervallen' ? 1 : 0}.${this.rng.int(1, 9)}`,
        versiedatum: iso(versiedatum),
        status,
        afgestemdMet: afgestemdMet.map((o) => o.id),
        bronnen: bronnen.map((b) => b.id),
        trefwoorden: this.trefwoorden(topic, 2, 5),
        fasen,
      };
      const inEdition = publiek && status === 'vastgesteld';
      this.add({
        collection: 'routekaarten', id: this.uniqueId('routekaarten', titel), titel, topic, date, publiek, inEdition, fm,
        dgLabels, partnerLabels: afgestemdMet.map((o) => o.label), directie: directie.afkorting ?? 'DMO',
      });
    }
  }

  planVragen(n: number, publicTarget: number): void {
    const publicSet = new Set(this.rng.sample(Array.from({ length: n }, (_, i) => i), Math.max(0, Math.min(Math.round(n * 0.95), publicTarget))));
    const other = [['vastgesteld', 50], ['ter afstemming', 22], ['concept', 18], ['vervallen', 10]] as const;
    for (let i = 0; i < n; i++) {
      const topic = this.topic();
      const date = this.date(i, n, topic);
      const inPublic = publicSet.has(i);
      const status: Goedkeuring = inPublic ? 'vastgesteld' : this.rng.weighted(other);
      // Some internal-for-now Q&A are marked public but still wait for approval.
      const publiek = inPublic || (this.s > 0 && status !== 'vastgesteld' && status !== 'vervallen' && this.rng.chance(0.25));
      const scheduled = inPublic && this.rng.chance(0.05);
      const dgs = this.doelgroepRefs(topic, this.rng.int(1, 2), publiek);
      const maatregelen = this.refs('maatregelen', topic, this.rng.int(1, 2), publiek);
      const bronnen = this.refs('bronnen', topic, this.rng.weighted([[0, 4], [1, 4], [2, 2]] as const), publiek);
      const dgLabels = dgs.map((d) => d.label);
      const slots = this.slots(topic, date, dgLabels, [], 'DMO');
      const template = this.rng.pick(topic.vragen);
      const titel = this.uniqueTitle((attempt) => {
        const t = attempt === 0 ? template : this.rng.pick(topic.vragen);
        return fill(t, {
          ...slots,
          dg: attempt === 0 ? slots.dg : this.rng.pick(dgLabels.length ? dgLabels : ['kwetsbare personen']),
          regio: attempt === 0 ? slots.regio : this.rng.pick(REGIOS),
          datum: nlDatum(date + attempt * 7),
          maand: nlMaand(date + attempt * 31),
        });
      });
      const fm: Record<string, YamlValue> = {
        titel,
        status,
        zichtbaarheid: publiek ? 'publiek' : 'intern',
        publicerenVanaf: scheduled ? iso(date + this.rng.int(3, 21)) : undefined,
        laatstGecontroleerd: iso(date + this.rng.int(0, 45)),
        doelgroepen: dgs.map((d) => d.id),
        maatregelen: maatregelen.map((m) => m.id),
        themas: this.themas(topic),
        bronnen: bronnen.map((b) => b.id),
        trefwoorden: this.trefwoorden(topic, 1, 4),
        wijzigingen: this.wijzigingen(date, ['Antwoord bijgewerkt na de persconferentie.', 'Verwijzing naar de gemeente toegevoegd.', 'Tekst vereenvoudigd na toets met ervaringsdeskundigen.'], 0.15),
      };
      const inEdition = publiek && status === 'vastgesteld';
      this.add({
        collection: 'vragen', id: this.uniqueId('vragen', titel), titel, topic, date, publiek, inEdition, linkable: inEdition && !scheduled, scheduled, ext: this.ext(), fm,
        dgLabels, partnerLabels: [], directie: 'DMO',
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering bodies

class Writer {
  readonly rng: Rng;
  readonly planner: Planner;
  readonly orgLabels: string[];

  constructor(planner: Planner) {
    this.planner = planner;
    this.rng = planner.rng;
    this.orgLabels = planner.orgs.filter((o) => o.soort !== 'directie' && o.soort !== 'overleg').map((o) => o.label);
  }

  slotsFor(plan: Plan): Slots {
    const partners = plan.partnerLabels.length > 0 ? plan.partnerLabels : this.rng.sample(this.orgLabels, 2);
    return this.planner.slots(plan.topic, plan.date, plan.dgLabels, partners, plan.directie);
  }

  /** Sentences from a topic pool and a general pool (no repeats) until `words` is reached. */
  sentences(topicPool: readonly string[], generalPool: readonly string[], words: number, slots: Slots, topicShare = 0.6): string[] {
    const a = this.rng.shuffle([...topicPool]);
    const b = this.rng.shuffle([...generalPool]);
    const out: string[] = [];
    let count = 0;
    while (count < words && (a.length > 0 || b.length > 0)) {
      const from = a.length > 0 && (b.length === 0 || this.rng.chance(topicShare)) ? a : b;
      const s = cap(fill(from.pop()!, { ...slots, regio: this.rng.chance(0.5) ? slots.regio : this.rng.pick(REGIOS) }));
      out.push(s);
      count += wordCount(s);
    }
    return out;
  }

  paragraphs(sentences: string[], min = 2, max = 4): string[] {
    const out: string[] = [];
    for (let i = 0; i < sentences.length; ) {
      const k = this.rng.int(min, max);
      out.push(sentences.slice(i, i + k).join(' '));
      i += k;
    }
    return out;
  }

  /** "Zie ook:" paragraph with links that respect the public rule. */
  links(plan: Plan, collections: readonly CollectionName[], p: number): string | undefined {
    if (!this.rng.chance(p)) return undefined;
    // Entries marked public but awaiting approval follow the rule too, so approving them keeps the corpus valid.
    const publicSource = plan.publiek;
    const targets: Plan[] = [];
    const k = this.rng.int(1, 2);
    for (let tries = 0; targets.length < k && tries < 8; tries++) {
      const { pool: from, byTopic } = this.planner.pools(this.rng.pick(collections), false, publicSource ? 'linkable' : 'all', publicSource ? (p) => p.linkable : undefined);
      if (from.length === 0) continue;
      const same = byTopic.get(plan.topic) ?? [];
      const t = this.rng.pick(same.length > 0 && this.rng.chance(0.8) ? same : from);
      if (t === plan || targets.includes(t)) continue;
      targets.push(t);
    }
    if (targets.length === 0) return undefined;
    const link = (t: Plan) => `[${t.titel}](/${t.collection}/${t.id}/)`;
    if (targets.length === 1) return `${this.rng.pick(['Zie ook:', 'Meer hierover:', 'Lees ook:'])} ${link(targets[0]!)}`;
    return `${this.rng.pick(['Zie ook:', 'Meer hierover:'])}\n\n${targets.map((t) => `- ${link(t)}`).join('\n')}`;
  }

  /** An internal note, with a redaction code now and then; never in public entries. */
  internNote(plan: Plan, slots: Slots, p: number): string | undefined {
    if (plan.publiek || !this.rng.chance(p)) return undefined;
    return cap(fill(this.rng.pick([...plan.topic.intern, ...ALGEMEEN.intern]), slots));
  }

  body(plan: Plan): string {
    const slots = this.slotsFor(plan);
    const t = plan.topic;
    const parts: string[] = [];
    const push = (x: string | undefined) => {
      if (x) parts.push(x);
    };
    switch (plan.collection) {
      case 'maatregelen': {
        const words = this.rng.int(230, 360);
        const fm = plan.fm;
        const timing: string[] = [];
        if (fm.aangekondigdOp) timing.push(`Het kabinet heeft de maatregel op ${nlDatum(dayOf(String(fm.aangekondigdOp)))} aangekondigd.`);
        if (fm.vanKrachtVanaf) timing.push(`De maatregel geldt vanaf ${nlDatum(dayOf(String(fm.vanKrachtVanaf)))}${fm.totEnMet ? ` tot en met ${nlDatum(dayOf(String(fm.totEnMet)))}` : ''}.`);
        if (fm.status === 'voorgenomen') timing.push('Over de maatregel is nog geen besluit genomen.');
        const sentences = this.sentences(t.feiten, ALGEMEEN.feiten, words - wordCount(timing.join(' ')), slots, 0.55);
        const [first, ...rest] = this.paragraphs(sentences, 2, 4);
        push(first);
        if (timing.length > 0) push(timing.join(' '));
        if (this.rng.chance(0.25)) {
          push('De aanpak bestaat uit de volgende onderdelen:');
          push(this.rng.sample(t.acties, Math.min(3, t.acties.length)).map((a) => `- ${cap(fill(a, slots))}`).join('\n'));
        }
        for (const para of rest) push(para);
        push(this.internNote(plan, slots, 0.3));
        push(this.links(plan, ['vragen', 'maatregelen', 'routekaarten'], 0.35));
        break;
      }
      case 'passages': {
        const words = this.rng.int(150, 300);
        const sentences = this.sentences([...t.minister, ...t.feiten], ALGEMEEN.minister, words, slots, 0.55);
        if (this.rng.chance(0.2)) sentences.splice(this.rng.int(0, sentences.length), 0, `Dit sluit aan bij eerdere afspraken ${slots.kamerstuk}.`);
        for (const para of this.paragraphs(sentences, 2, 4)) push(para);
        push(this.internNote(plan, slots, 0.25));
        push(this.links(plan, ['passages', 'maatregelen'], 0.25));
        break;
      }
      case 'vragen': {
        const words = this.rng.int(120, 250);
        const opening = this.rng.pick(['Ja.', 'Nee.', 'Dat hangt af van uw situatie.', 'In de meeste gevallen wel.', 'Dat is per gemeente verschillend.']);
        const sentences = this.sentences([...t.burger, ...this.rng.sample(t.feiten, 2)], ALGEMEEN.burger, words, slots, 0.65);
        const paras = this.paragraphs(sentences, 2, 3);
        paras[0] = `${opening} ${paras[0] ?? ''}`.trim();
        for (const para of paras) push(para);
        push(this.internNote(plan, slots, 0.15));
        push(this.links(plan, ['vragen', 'maatregelen'], 0.3));
        break;
      }
      case 'routekaarten': {
        const words = this.rng.int(100, 150);
        const intro = `Deze routekaart beschrijft wat VWS kan doen rond ${slots.onderwerp}, met bijzondere aandacht voor ${slots.dg}.`;
        const sentences = [intro, ...this.sentences(t.feiten, ALGEMEEN.feiten, words - wordCount(intro), slots, 0.6)];
        for (const para of this.paragraphs(sentences, 2, 3)) push(para);
        if (!plan.publiek) {
          push('> Let op: routekaarten worden niet als zodanig gepubliceerd. Ze vormen de basis voor passages in brieven aan de Kamer en voor spreekteksten van de minister.');
          push(this.internNote(plan, slots, 0.5));
        }
        push(this.links(plan, ['maatregelen', 'vragen'], 0.5));
        break;
      }
      case 'bronnen': {
        const soort = String(plan.fm.soort);
        const words = this.rng.int(70, 110);
        const intro = this.bronIntro(plan, soort, slots);
        const sentences = [intro, ...this.sentences(t.feiten, ALGEMEEN.feiten, words - wordCount(intro), slots, 0.7)];
        for (const para of this.paragraphs(sentences, 2, 3)) push(para);
        if (!plan.publiek && ['e-mail', 'verslag', 'notitie'].includes(soort)) {
          push(this.rng.pick([
            'Namen en contactgegevens zijn weggelakt als (10)(2e).',
            'Namen van medewerkers zijn in de vrijgegeven versie weggelakt als [5.1.2e].',
            'Persoonlijke passages zijn weggelakt als [REDACTED].',
          ]));
          push(this.internNote(plan, slots, 0.6));
        }
        push(this.links(plan, ['routekaarten', 'maatregelen'], 0.2));
        break;
      }
      case 'doelgroepen': {
        const words = this.rng.int(55, 90);
        const intro = `${cap(slots.dg)}: ${String(plan.fm.samenvatting).replace(/^./, (c) => c.toLowerCase())}`;
        const sentences = [intro, ...this.sentences(this.rng.sample(t.feiten, 2), ALGEMEEN.doelgroep, words - wordCount(intro), slots, 0.3)];
        for (const para of this.paragraphs(sentences, 2, 3)) push(para);
        break;
      }
      case 'organisaties': {
        const org = this.planner.orgs.find((o) => o.id === plan.id)!;
        const soortZin: Record<string, string> = {
          directie: `Binnen VWS is ${org.label} eigenaar van acties in routekaarten en verslagen, genoteerd als (actie ${org.afkorting ?? org.titel}).`,
          ministerie: `VWS stemt met ${org.label} af waar maatregelen het terrein van beide ministeries raken.`,
          koepelorganisatie: `VWS vraagt ${org.label} de leden te informeren over maatregelen en een aanbeveling mee te geven over hoe te handelen.`,
          clientorganisatie: `${cap(org.label)} brengt de signalen van de achterban in het crisisoverleg met VWS in.`,
          kennisinstituut: `${cap(org.label)} deelt kennis en voorbeelden met gemeenten en aanbieders.`,
          uitvoeringsorganisatie: `${cap(org.label)} voert een deel van de maatregelen uit en meldt knelpunten aan VWS.`,
          overleg: `In ${org.label} worden acties per directie vastgelegd en besproken.`,
        };
        push(`${org.beschrijving} ${soortZin[org.soort] ?? ''}`.trim());
        const extra = this.sentences(this.rng.sample(TOPICS.flatMap((x) => x.feiten), 2), [], this.rng.int(15, 40), slots, 1);
        push(extra.join(' '));
        break;
      }
    }
    return `${parts.join('\n\n')}\n`;
  }

  bronIntro(plan: Plan, soort: string, slots: Slots): string {
    const datum = nlDatum(plan.date);
    const ks = plan.fm.kamerstuk as { vergaderjaar: string; dossier: string; ondernummer?: string; nummer: number } | undefined;
    const citation = ks ? `TK ${ks.vergaderjaar}, ${ks.dossier}${ks.ondernummer ? ` ${ks.ondernummer}` : ''}, nr. ${ks.nummer}` : undefined;
    switch (soort) {
      case 'Kamerbrief':
        return `Brief van het kabinet aan de Tweede Kamer van ${datum} over ${slots.onderwerp}${citation ? ` (${citation})` : ''}.`;
      case 'Kamerstuk':
        return `Kamerstuk waarin de Kamer is geïnformeerd over ${slots.onderwerp}, in voetnoten geciteerd als ${citation}.`;
      case 'verslag':
        return `Verslag van het overleg van ${datum} over ${slots.onderwerp}, met acties per directie.`;
      case 'e-mail':
        return `E-mailwisseling van ${datum} over ${slots.onderwerp}, vrijgegeven in het kader van de Woo.`;
      case 'notitie':
        return `Notitie van ${slots.directie} van ${datum} met eerste ideeën over ${slots.onderwerp}.`;
      case 'nieuwsbericht':
        return `Nieuwsbericht van ${datum} over ${slots.onderwerp}.`;
      case 'besluit':
        return `Besluit van ${datum} over ${slots.onderwerp}, gepubliceerd in de Staatscourant.`;
      default:
        return `Webpagina van de rijksoverheid over ${slots.onderwerp}, geraadpleegd op ${datum}.`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// API

async function prepareDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const marker = path.join(dir, MARKER);
  const generatedBefore = await stat(marker).then(() => true, () => false);
  for (const collection of COLLECTION_ORDER) {
    const sub = path.join(dir, collection);
    const files = await readdir(sub).catch(() => [] as string[]);
    if (files.length === 0) continue;
    if (!generatedBefore) throw new Error(`${sub} bevat al bestanden en is niet door de generator gemaakt; kies een lege map`);
    await rm(sub, { recursive: true, force: true });
  }
}

export async function generateCorpus(options: GenerateOptions): Promise<CorpusStats> {
  const entries = Math.floor(options.entries);
  if (!Number.isFinite(entries) || entries < 1) throw new Error('entries moet een positief getal zijn');
  const seed = options.seed ?? 1;
  const publicShare = Math.min(1, Math.max(0, options.publicShare ?? 0.2));
  const mdxShare = Math.min(1, Math.max(0, options.mdxShare ?? 0));
  const shape = options.shape ?? 'spread';
  if (!CORPUS_SHAPES.includes(shape)) throw new Error(`onbekende vorm "${shape}"; kies uit ${CORPUS_SHAPES.join(', ')}`);
  const counts = plannedCounts(entries, shape);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);

  const planner = new Planner(seed, publicShare, mdxShare, shape);
  planner.planOrganisaties(counts.organisaties);
  planner.planDoelgroepen(counts.doelgroepen);
  planner.planBronnen(counts.bronnen);
  planner.planMaatregelen(counts.maatregelen);
  planner.planPassages(counts.passages);
  planner.planRoutekaarten(counts.routekaarten);
  const publicSoFar = planner.plans.filter((p) => p.inEdition).length;
  planner.planVragen(counts.vragen, Math.round(publicShare * total) - publicSoFar);

  const writer = new Writer(planner);
  const files: [string, string][] = [];
  for (const plan of planner.plans) {
    const text = `---\n${frontmatter(plan.fm)}---\n${writer.body(plan)}`;
    files.push([path.join(options.dir, plan.collection, `${plan.id}${plan.ext}`), text]);
  }

  await prepareDir(options.dir);
  await writeFile(path.join(options.dir, MARKER), `${JSON.stringify({ generator: 'tools/bench/generate.ts', entries, seed, publicShare, mdxShare, shape })}\n`);
  for (const collection of COLLECTION_ORDER) await mkdir(path.join(options.dir, collection), { recursive: true });
  // The required pages (toegankelijkheid, privacy, contact): the example's own, since the checker
  // refuses a corpus without them and their text does not grow with the corpus.
  await cp(path.join(import.meta.dirname, '..', '..', 'content', '_paginas'), path.join(options.dir, '_paginas'), { recursive: true, force: true });
  // The vocabularies (themes, kinds of organisation): the example's, which the topics below use.
  await cp(path.join(import.meta.dirname, '..', '..', 'content', '_vocabulaires'), path.join(options.dir, '_vocabulaires'), { recursive: true, force: true });
  // Its desks and helplines ("Waar kunt u terecht") name the example's target groups: keep those
  // the corpus has (the checker refuses a reference to an unknown target group).
  const lokettenFile = path.join(options.dir, '_paginas', 'loketten.yaml');
  const loketten = parseDocument(await readFile(lokettenFile, 'utf8'));
  visit(loketten, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'doelgroepen' || !isSeq(pair.value)) return;
      pair.value.items = pair.value.items.filter((item) => isScalar(item) && planner.ids.doelgroepen.has(String(item.value)));
    },
  });
  await writeFile(lokettenFile, loketten.toString());
  let bytes = 0;
  const CHUNK = 64;
  for (let i = 0; i < files.length; i += CHUNK) {
    await Promise.all(
      files.slice(i, i + CHUNK).map(([file, text]) => {
        const data = Buffer.from(text, 'utf8');
        bytes += data.length;
        return writeFile(file, data);
      }),
    );
  }

  const stats: CorpusStats = { total: planner.plans.length, counts: perCollection(() => 0), public: 0, publicCounts: perCollection(() => 0), scheduled: 0, mdx: 0, bytes };
  for (const plan of planner.plans) {
    stats.counts[plan.collection]++;
    if (plan.inEdition) {
      stats.public++;
      stats.publicCounts[plan.collection]++;
    }
    if (plan.scheduled) stats.scheduled++;
    if (plan.ext === '.mdx') stats.mdx++;
  }
  return stats;
}

/**
 * Edits the body of one entry of a generated corpus (a published Q&A when there is one, so the
 * change reaches both editions and the search index) and returns its path. Every call changes
 * the file again; the result stays valid.
 */
export async function changeOneEntry(dir: string): Promise<string> {
  for (const collection of ['vragen', 'maatregelen', 'passages', 'bronnen'] as const) {
    const folder = path.join(dir, collection);
    const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => /\.mdx?$/.test(n)).sort();
    if (names.length === 0) continue;
    let chosen = names[Math.floor(names.length / 2)]!;
    for (let k = 0; k < names.length; k++) {
      const name = names[(Math.floor(names.length / 2) + k) % names.length]!;
      const head = (await readFile(path.join(folder, name), 'utf8')).split('\n---\n')[0] ?? '';
      if (/^zichtbaarheid: publiek$/m.test(head) && !/^status: (?!vastgesteld)/m.test(head) && !/^publicerenVanaf:/m.test(head)) {
        chosen = name;
        break;
      }
    }
    const file = path.join(folder, chosen);
    const text = await readFile(file, 'utf8');
    const n = (text.match(/^Aanvulling \d+:/gm) ?? []).length + 1;
    const addition = `Aanvulling ${n}: de informatie op deze pagina is opnieuw gecontroleerd en waar nodig bijgewerkt.`;
    await writeFile(file, `${text.replace(/\n*$/, '\n')}\n${addition}\n`);
    return file;
  }
  throw new Error(`geen items gevonden in ${dir}`);
}

/**
 * Renames the target group that the most entries name (a hub: its title is on every page that
 * links it) and returns its path: the benchmark's "title changed on a hub". Every call renames
 * it again (a counter in brackets); the result stays valid.
 */
export async function renameHub(dir: string): Promise<string> {
  const folder = path.join(dir, 'doelgroepen');
  const names = (await readdir(folder)).filter((n) => /\.mdx?$/.test(n));
  const counts = new Map<string, number>(names.map((n) => [n.replace(/\.mdx?$/, ''), 0]));
  for (const collection of ['maatregelen', 'vragen', 'passages', 'routekaarten']) {
    for (const name of await readdir(path.join(dir, collection)).catch(() => [] as string[])) {
      const head = (await readFile(path.join(dir, collection, name), 'utf8')).split('\n---\n')[0] ?? '';
      for (const id of counts.keys()) if (head.includes(id)) counts.set(id, counts.get(id)! + 1);
    }
  }
  const hub = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const file = path.join(folder, names.find((n) => n.replace(/\.mdx?$/, '') === hub)!);
  const text = await readFile(file, 'utf8');
  const renamed = text.replace(/^titel: (.*)$/m, (_line, title: string) => {
    const plain = title.replace(/^(['"])(.*)\1$/, '$2');
    const n = Number(/\((\d+)\)$/.exec(plain)?.[1] ?? 0) + 1;
    return `titel: ${JSON.stringify(`${plain.replace(/ \(\d+\)$/, '')} (${n})`)}`;
  });
  if (renamed === text) throw new Error(`${file}: geen titel gevonden`);
  await writeFile(file, renamed);
  return file;
}

if (import.meta.main) {
  const [entries, dir, seed, shape] = process.argv.slice(2);
  if (!entries || !dir) {
    console.error('gebruik: node tools/bench/generate.ts <aantal> <map> [seed] [spread|hubs]');
    process.exit(1);
  }
  const started = performance.now();
  const stats = await generateCorpus({ entries: Number(entries), dir, seed: seed ? Number(seed) : undefined, shape: shape as CorpusShape | undefined });
  console.log(JSON.stringify({ ...stats, ms: Math.round(performance.now() - started) }, null, 2));
}
