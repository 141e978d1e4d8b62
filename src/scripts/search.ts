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
 * This file is the page (Pagefind, the form, the DOM); the pure rules are in search/ (ranking.ts,
 * spelling.ts, excerpt.ts, filters.ts), unit-tested in tests/scripts/.
 */
import { excerptParts } from './search/excerpt.ts';
import { filterQuery, parseFilters, unionCounts, type FilterCounts, type FilterQuery } from './search/filters.ts';
import { allConfirmed, byMatchesThenScore, combineWords, confirms, countedWords, isBetter, matchedWords, queryWords, rerank, searchTerms, typedStem, type Candidate as Ranked } from './search/ranking.ts';
import { correctedQuery, correction } from './search/spelling.ts';

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

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void setup(root);

type Candidate = Ranked<PagefindResult>;

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

  const selectedFilters = (): Record<string, string[]> =>
    parseFilters(filtersBuilt ? [...groups.querySelectorAll<HTMLInputElement>('input[name="filter"]:checked')].map((b) => b.value) : params.getAll('filter'));

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
    // All words found together, but one only as a short start of it on the first results: search
    // word by word instead, where such a word does not count.
    const confirmed = async () => allConfirmed(terms, await Promise.all(together.results.slice(0, 2).map(async (r) => matchedWords(await r.data(), r.matchedMetaFields))));
    if (terms.length < 2 || (together.results.length > 0 && (!checkWeak || (await confirmed())))) {
      const unmatched = checkWeak && terms.length === 1 && (await weak(terms[0]!, together.results)) ? terms : together.results.length ? [] : terms;
      return { candidates: together.results.map((result) => ({ result, matched: terms.length, score: result.score })), unmatched, counts: together.filters };
    }
    const alone = await Promise.all(terms.map((t) => pf.search(t, { filters })));
    const weakness = checkWeak ? await Promise.all(terms.map((t, i) => weak(t, alone[i]!.results))) : terms.map((_, i) => alone[i]!.results.length === 0);
    const counted = countedWords(weakness);
    return {
      candidates: combineWords(alone.map((search) => search.results), counted),
      unmatched: terms.filter((_, i) => weakness[i]),
      counts: unionCounts(alone.filter((_, i) => counted[i]).map((search) => search.filters)),
    };
  };

  /**
   * Whether a word found nothing worth showing: no results, or only pages where Pagefind matched
   * something else inside it (a typo such as "dagbestedng" matching "dag", "steunpakket" matching
   * "'s"). The matched words of the first two results (their text at Pagefind's locations, and
   * their searched meta fields) must start like the typed word.
   */
  const weak = async (term: string, results: PagefindResult[]): Promise<boolean> => {
    if (results.length === 0) return true;
    const typed = typedStem(term);
    if (!typed) return false;
    for (const result of results.slice(0, 2)) if (confirms(typed, matchedWords(await result.data(), result.matchedMetaFields))) return false;
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
      const terms = searchTerms(all);
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
          const fixes = new Map(found.unmatched.map((w) => [w, correction(w, vocab)] as const).filter((p): p is [string, string] => p[1] !== undefined));
          if (fixes.size > 0) {
            const fixedTerms = terms.map((w) => fixes.get(w) ?? w);
            corrected = correctedQuery(all, fixes);
            const better = await find(pf, fixedTerms, query);
            if (isBetter(found.candidates, better.candidates)) {
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
      candidates.sort(byMatchesThenScore);
      // The edition's ranking over the first results: their fragments are needed to show them anyway.
      const head = candidates.slice(0, RERANK);
      const headData = await Promise.all(head.map((c) => c.result.data()));
      const order = rerank(head, headData.map((d) => d.meta.rang));
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
    // The words the results were searched with (a query of only question words searches for them).
    const terms = searchTerms(queryWords(term));
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

/** The class suffix of a status label, as src/components/Status.astro makes it. */
export function statusSlug(status: string): string {
  return status.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, '-');
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const kind = document.createElement('p');
  kind.className = 'result-meta';
  kind.textContent = [result.meta.soort, result.meta.datum].filter(Boolean).join(' · ');
  // The status as the same coloured label as on the pages (class from the status, text as text).
  if (result.meta.status) {
    const label = document.createElement('span');
    label.className = `label label--${statusSlug(result.meta.status)}`;
    label.textContent = result.meta.status;
    kind.append(kind.textContent ? ' · ' : '', label);
  }
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
