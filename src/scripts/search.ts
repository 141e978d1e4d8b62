/**
 * Search page behaviour on top of Pagefind's JS API (no Pagefind UI, so that results show kind,
 * date and status and filters are plain, labelled checkboxes). Progressive enhancement: the
 * form works without this script.
 *
 * What Pagefind does itself: Dutch stemming, ranking (BM25 over the page text, headings weighted),
 * the `zoekwoorden` meta field (keywords, synonyms, kenmerken; searched through
 * `ranking.metaWeights`, never shown), filters with "any" within a group. The small layer here adds
 * what it does not:
 * - question and function words ("wie", "mag", "de") need not match;
 * - when not all words match together, results that match most of them, ranked by how many;
 * - a word that matches nothing is corrected from the edition's vocabulary ("Bedoelde u …?");
 * - the edition's ranking: each page's `rang` meta (src/data/search.ts, from the profile's
 *   `searchRanking`) multiplies Pagefind's score for the first results;
 * - excerpts: the sentence of the entry's text with the most matches, matches marked.
 */
interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  locations: number[];
}
interface PagefindResult {
  id: string;
  score: number;
  matchedMetaFields?: string[];
  data(): Promise<PagefindResultData>;
}
type FilterCounts = Record<string, Record<string, number>>;
type FilterQuery = Record<string, { any: string[] }>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, o?: { filters?: FilterQuery }): Promise<PagefindSearch>;
}

/** Results per batch: each result loads its own fragment, so the first answer stays small. */
const PAGE_SIZE = 10;
/** How many of the first results the edition's ranking reorders (their fragments are loaded). */
const RERANK = PAGE_SIZE;
/** Pagefind's additive boost for matches in meta fields; the display-only fields never match. */
const META_WEIGHTS = { title: 5, zoekwoorden: 6, doelgroepwoorden: 1, soort: 0, datum: 0, iso: 0, status: 0, rang: 0 };
/** Pagefind's ranking: matched words much shorter or longer than the typed word (prefix matches) count less. */
const RANKING = { metaWeights: META_WEIGHTS, termSimilarity: 3 };

/** Dutch question and function words: a query does not need them to match. */
const STOPWORDS = new Set(
  ('wie wat waar waarom wanneer hoe hoeveel welk welke waarmee waarvoor mag mogen moet moeten kan kun kunt kunnen zal zou zouden wil wilt willen ' +
    'ik je jij u we wij ze zij hij het de een en of als dan dus maar in op aan met voor naar van bij over tot om door uit te er is zijn ben bent ' +
    'was waren wordt worden word gaat gaan ga heb hebt heeft hebben krijg krijgt krijgen doe doet doen nog ook al wel niet geen dat die dit deze ' +
    'zo nu hier daar toch mijn mij me uw jouw ons onze hun iets iemand nr nummer graag eigenlijk precies').split(' '),
);

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void setup(root);

/** The words of a query as Pagefind reads them (lower case, punctuation inside words kept). */
function queryWords(term: string): string[] {
  return term.toLocaleLowerCase('nl').split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
}

/** Damerau-Levenshtein distance (optimal string alignment), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

/** The vocabulary word closest to `word` (at most 1 edit for short words, 2 for longer), most used first. */
export function suggest(word: string, vocabulary: Record<string, number>): string | undefined {
  const max = word.length <= 4 ? 0 : word.length <= 7 ? 1 : 2;
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [candidate, count] of Object.entries(vocabulary)) {
    if (candidate === word) return undefined;
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: candidate, distance, count };
  }
  return best?.word;
}

interface Candidate {
  result: PagefindResult;
  /** How many of the query's words it matches. */
  matched: number;
  score: number;
}

async function setup(root: HTMLElement) {
  // The filters and their labels, in order, from the page (src/data/search.ts FILTER_LABELS, from the collection registry).
  const filterLabels = new Map(JSON.parse(root.dataset.searchFilterLabels ?? '[]') as [string, string][]);
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const toggle = root.querySelector<HTMLButtonElement>('[data-search-open]')!;
  const groups = root.querySelector<HTMLElement>('[data-search-filter-groups]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const suggestion = root.querySelector<HTMLElement>('[data-search-suggestion]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  filtersBox.hidden = false;

  let pagefind: Pagefind | undefined;
  const load = async () => {
    if (!pagefind) {
      pagefind = (await import(/* @vite-ignore */ root.dataset.pagefindPath!)) as Pagefind;
      // Result URLs: the index holds them relative to the edition's root, which may be a sub-path.
      // No web worker: one script less to download before the first answer.
      await pagefind.options({ excerptLength: 30, baseUrl: root.dataset.pagefindBase ?? '/', noWorker: true, ranking: RANKING });
      await pagefind.init();
    }
    return pagefind;
  };
  let vocabulary: Promise<Record<string, number>> | undefined;
  const loadVocabulary = () =>
    (vocabulary ??= fetch(root.dataset.searchVocabulary!).then((r) => (r.ok ? (r.json() as Promise<Record<string, number>>) : {})).catch(() => ({})));

  // Filters: built (and Pagefind's filter index loaded) only when the panel is opened.
  let filtersBuilt = false;
  const counters = new Map<string, HTMLElement>();
  const buildFilters = async () => {
    if (filtersBuilt) return;
    filtersBuilt = true;
    const available = await (await load()).filters();
    const selected = new Set(params.getAll('filter'));
    for (const name of [...filterLabels.keys()].filter((n) => available[n] && Object.keys(available[n]!).length > 0)) {
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'filters';
      const legend = document.createElement('legend');
      legend.textContent = filterLabels.get(name) ?? name;
      fieldset.append(legend);
      for (const [value, count] of Object.entries(available[name]!).sort(([a], [b]) => a.localeCompare(b, 'nl'))) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = 'filter';
        box.value = `${name}:${value}`;
        box.checked = selected.has(box.value);
        box.addEventListener('change', () => void run());
        const counter = document.createElement('span');
        counter.textContent = `(${count})`;
        counters.set(box.value, counter);
        label.append(box, ` ${value} `, counter);
        fieldset.append(label);
      }
      groups.append(fieldset);
    }
  };

  const selectedFilters = (): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    const boxes = filtersBuilt
      ? [...groups.querySelectorAll<HTMLInputElement>('input[name="filter"]:checked')].map((b) => b.value)
      : params.getAll('filter');
    for (const value of boxes) {
      const [name, ...rest] = value.split(':');
      (out[name!] ??= []).push(rest.join(':'));
    }
    return out;
  };
  /** Within a group any value (or), across groups all (and). */
  const filterQuery = (filters: Record<string, string[]>, without?: string): FilterQuery =>
    Object.fromEntries(Object.entries(filters).filter(([name]) => name !== without).map(([name, values]) => [name, { any: values }]));

  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'button';
  more.textContent = 'Meer resultaten';
  more.hidden = true;
  list.after(more);
  let pending: PagefindResult[] = [];
  more.addEventListener('click', async () => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const items = (await Promise.all(batch.map((r) => r.data()))).map((d) => renderResult(d));
    list.append(...items);
    more.hidden = pending.length === 0;
    items[0]?.querySelector('a')?.focus();
    status.textContent = `${list.children.length} van ${list.children.length + pending.length} resultaten getoond.`;
  });

  /**
   * All words together; failing that, every word alone, ranked by how many words a page matches
   * (then by the sum of Pagefind's scores). Returns the words that matched nothing.
   */
  const find = async (pf: Pagefind, terms: string[], filters: FilterQuery, checkWeak = true): Promise<{ candidates: Candidate[]; unmatched: string[]; counts: FilterCounts }> => {
    const together = await pf.search(terms.join(' '), { filters });
    if (together.results.length > 0 || terms.length < 2) {
      const unmatched = checkWeak && terms.length === 1 && (await weak(terms[0]!, together.results)) ? terms : together.results.length ? [] : terms;
      return { candidates: together.results.map((result) => ({ result, matched: terms.length, score: result.score })), unmatched, counts: together.filters };
    }
    const alone = await Promise.all(terms.map((t) => pf.search(t, { filters })));
    const weakness = checkWeak ? await Promise.all(terms.map((t, i) => weak(t, alone[i]!.results))) : terms.map((_, i) => alone[i]!.results.length === 0);
    // A word that only matched inside other words does not count (unless no word matched properly).
    const counted = weakness.every(Boolean) ? terms.map(() => true) : weakness.map((w) => !w);
    const byId = new Map<string, Candidate>();
    const counts: FilterCounts = {};
    alone.forEach((search, i) => {
      if (!counted[i]) return;
      for (const result of search.results) {
        const c = byId.get(result.id) ?? byId.set(result.id, { result, matched: 0, score: 0 }).get(result.id)!;
        c.matched++;
        c.score += result.score;
      }
      // Counts of a union are not known without every fragment: the largest of the parts.
      for (const [name, values] of Object.entries(search.filters ?? {})) for (const [v, n] of Object.entries(values)) (counts[name] ??= {})[v] = Math.max(counts[name]?.[v] ?? 0, n);
    });
    return { candidates: [...byId.values()], unmatched: terms.filter((_, i) => weakness[i]), counts };
  };

  /**
   * Whether a word found nothing worth showing: no results, or only pages where Pagefind matched
   * something else inside it (a typo such as "dagbestedng" matching "dag", "steunpakket" matching
   * "'s"). The matched words of the first two results (their text at Pagefind's locations, and
   * their searched meta fields) must start like the typed word.
   */
  const weak = async (term: string, results: PagefindResult[]): Promise<boolean> => {
    if (results.length === 0) return true;
    const normal = (w: string) => w.toLocaleLowerCase('nl').replace(/[^\p{L}\p{N}]+/gu, '');
    const typed = normal(term);
    // Short words, numbers and identifiers (kenmerken, Kamerstuk numbers): Pagefind's match stands.
    if (typed.length < 5 || /\d/.test(typed)) return false;
    const stem = typed.slice(0, Math.max(4, typed.length - 3));
    for (const result of results.slice(0, 2)) {
      const data = await result.data();
      const text = data.content.split(WORD_SEPARATORS);
      const words = [
        ...data.locations.map((l) => text[l] ?? ''),
        ...(result.matchedMetaFields ?? []).flatMap((field) => (data.meta[field] ?? '').split(/[\s,]+/)),
      ].map(normal);
      if (words.some((word) => word.startsWith(stem) || (word.length >= typed.length - 2 && typed.startsWith(word)))) return false;
    }
    return true;
  };

  let generation = 0;
  const run = async () => {
    const term = input.value.trim();
    const filters = selectedFilters();
    const hasFilters = Object.keys(filters).length > 0;
    const url = new URL(location.href);
    url.searchParams.delete('filter');
    url.searchParams.set('q', term);
    for (const [name, values] of Object.entries(filters)) for (const v of values) url.searchParams.append('filter', `${name}:${v}`);
    history.replaceState(null, '', url);
    suggestion.hidden = true;
    suggestion.replaceChildren();
    if (!term && !hasFilters) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const current = ++generation;
    status.textContent = 'Zoeken…';
    let ranked: PagefindResult[];
    let first: PagefindResultData[];
    let searchedFor = term;
    let corrected: string | undefined;
    let counts: FilterCounts = {};
    try {
      const pf = await load();
      const query = filterQuery(filters);
      const all = queryWords(term);
      let terms = all.filter((w) => !STOPWORDS.has(w));
      if (terms.length === 0) terms = all;
      let candidates: Candidate[];
      if (terms.length === 0) {
        const search = await pf.search(null, { filters: query });
        candidates = search.results.map((result) => ({ result, matched: 0, score: result.score }));
        counts = search.filters;
      } else {
        let found = await find(pf, terms, query);
        // A word that matches nothing: the closest word of the edition's vocabulary.
        if (found.unmatched.length > 0) {
          const vocab = await loadVocabulary();
          const fixes = new Map(found.unmatched.map((w) => [w, suggest(w, vocab)] as const).filter((p): p is [string, string] => p[1] !== undefined));
          if (fixes.size > 0) {
            const fixedTerms = terms.map((w) => fixes.get(w) ?? w);
            corrected = all.map((w) => fixes.get(w) ?? w).join(' ');
            const better = await find(pf, fixedTerms, query);
            if (better.candidates.length > 0 && (found.candidates.length === 0 || Math.max(...better.candidates.map((c) => c.matched)) >= Math.max(...found.candidates.map((c) => c.matched)))) {
              found = better;
              searchedFor = corrected;
            }
          }
        }
        // One word that only matched inside other words ("steunpakket" in "ondersteuning"), with no
        // better word to offer: nothing found, rather than pages about something else.
        candidates = terms.length === 1 && searchedFor === term && found.unmatched.length > 0 ? [] : found.candidates;
        counts = found.counts;
      }
      candidates.sort((a, b) => b.matched - a.matched || b.score - a.score);
      // The edition's ranking over the first results: their fragments are needed to show them anyway.
      const head = candidates.slice(0, RERANK);
      const headData = await Promise.all(head.map((c) => c.result.data()));
      const rank = (i: number) => head[i]!.score * Number(headData[i]!.meta.rang ?? 1);
      const order = head.map((_, i) => i).sort((i, j) => head[j]!.matched - head[i]!.matched || rank(j) - rank(i));
      ranked = [...order.map((i) => head[i]!.result), ...candidates.slice(RERANK).map((c) => c.result)];
      first = order.slice(0, PAGE_SIZE).map((i) => headData[i]!);
      if (filtersBuilt) await updateCounts(pf, searchedFor, filters, counts);
    } catch (error) {
      // Never fail silently (a blocked or missing index would otherwise leave "Zoeken…" forever).
      if (current !== generation) return;
      console.error('Wegwijs: zoeken mislukt', error);
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Zoeken lukt nu niet. Probeer het later opnieuw, of kies een overzicht in het menu.';
      return;
    }
    if (current !== generation) return;
    list.replaceChildren(...first.map((d) => renderResult(d)));
    pending = ranked.slice(PAGE_SIZE);
    more.hidden = pending.length === 0;
    if (corrected) {
      const link = document.createElement('a');
      const target = new URL(url);
      target.searchParams.set('q', corrected);
      link.href = target.pathname + target.search;
      link.textContent = corrected;
      suggestion.append('Bedoelde u: ', link, '?');
      suggestion.hidden = false;
    }
    const n = ranked.length;
    const what = searchedFor !== term ? ` voor "${searchedFor}" (u zocht "${term}")` : term ? ` voor "${term}"` : '';
    status.textContent = n === 0
      ? `Geen resultaten${term ? ` voor "${term}"` : ''}.`
      : `${n} ${n === 1 ? 'resultaat' : 'resultaten'}${what}${n > PAGE_SIZE ? `; de eerste ${PAGE_SIZE} staan hieronder` : ''}.`;
  };

  /**
   * Filter counts follow the results: for a group without a choice, the results' own counts; for a
   * group with one, the counts without that group's choice (what ticking another value would add).
   */
  const updateCounts = async (pf: Pagefind, term: string, filters: Record<string, string[]>, counts: FilterCounts) => {
    const terms = queryWords(term).filter((w) => !STOPWORDS.has(w));
    const perGroup = new Map<string, FilterCounts>();
    for (const name of Object.keys(filters)) {
      const query = filterQuery(filters, name);
      perGroup.set(name, terms.length ? (await find(pf, terms, query, false)).counts : (await pf.search(null, { filters: query })).filters);
    }
    for (const [value, counter] of counters) {
      const [name, ...rest] = value.split(':');
      const v = rest.join(':');
      const source = perGroup.get(name!) ?? counts;
      counter.textContent = `(${source[name!]?.[v] ?? 0})`;
    }
  };

  toggle.addEventListener('click', async () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Filters verbergen' : 'Filters tonen';
    if (open && !filtersBuilt) {
      await buildFilters();
      if (input.value.trim()) await run();
    }
    groups.hidden = !open;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  if (input.value || params.getAll('filter').length) {
    if (params.getAll('filter').length) {
      await buildFilters();
      groups.hidden = false;
      toggle.setAttribute('aria-expanded', 'true');
      toggle.textContent = 'Filters verbergen';
    }
    await run();
  }
}

const WORD_SEPARATORS = /[^\S\uFEFF]+/;
/** Longest excerpt in words; a longer sentence is cut around its matches. */
const EXCERPT_WORDS = 32;

/**
 * A readable excerpt: the sentence of the entry's text (title left out) with the most matches,
 * the next one added when it is very short, matches marked. Word positions are Pagefind's
 * (`locations`, over the text split at white space).
 */
export function excerptParts(content: string, title: string | undefined, locations: readonly number[]): Array<{ text: string; mark: boolean }> {
  const words = content.split(WORD_SEPARATORS);
  let start = 0;
  const titleWords = title ? title.split(WORD_SEPARATORS).filter(Boolean) : [];
  while (start < words.length && words[start] === '') start++;
  // Pagefind ends a heading with a full stop: "Titel." for the title "Titel".
  const bare = (list: string[]) => list.join(' ').replace(/[.!?:]+$/, '');
  if (titleWords.length && bare(words.slice(start, start + titleWords.length)) === bare(titleWords)) start += titleWords.length;
  if (start >= words.length) return [];
  const sentences: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i < words.length; i++) {
    if (/[.!?:]["')\]]*$/.test(words[i]!) || i === words.length - 1) {
      sentences.push([from, i + 1]);
      from = i + 1;
    }
  }
  const marked = new Set(locations.filter((l) => l >= start));
  let best = 0;
  let bestHits = 0;
  sentences.forEach(([s, e], i) => {
    let hits = 0;
    for (const l of marked) if (l >= s && l < e) hits++;
    if (hits > bestHits) {
      best = i;
      bestHits = hits;
    }
  });
  let [s, e] = sentences[best]!;
  if (e - s < 12 && sentences[best + 1]) e = sentences[best + 1]![1];
  let pre = false;
  let post = false;
  if (e - s > EXCERPT_WORDS) {
    const inside = [...marked].filter((l) => l >= s && l < e).sort((a, b) => a - b);
    const anchor = inside[0] ?? s;
    const cut = Math.max(s, Math.min(anchor - 8, e - EXCERPT_WORDS));
    pre = cut > s;
    post = cut + EXCERPT_WORDS < e;
    s = cut;
    e = Math.min(e, cut + EXCERPT_WORDS);
  }
  const parts: Array<{ text: string; mark: boolean }> = [];
  if (pre) parts.push({ text: '… ', mark: false });
  for (let i = s; i < e; i++) {
    if (i > s) parts.push({ text: ' ', mark: false });
    parts.push({ text: words[i]!, mark: marked.has(i) });
  }
  if (post) parts.push({ text: ' …', mark: false });
  return parts;
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const kind = document.createElement('p');
  kind.className = 'result-meta';
  kind.textContent = [result.meta.soort, result.meta.datum, result.meta.status].filter(Boolean).join(' · ');
  const title = document.createElement('a');
  title.href = result.url;
  title.textContent = result.meta.title ?? result.url;
  const heading = document.createElement('h2');
  heading.append(title);
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  // Built from text nodes: nothing of the page text is parsed as HTML.
  for (const part of excerptParts(result.content, result.meta.title, result.locations)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  li.append(heading, kind, excerpt);
  return li;
}
