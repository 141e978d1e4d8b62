/**
 * Search page behaviour on top of Pagefind's JS API (no Pagefind UI, so that results show kind,
 * date and status and filters are plain, labelled checkboxes). Progressive enhancement: the
 * form works without this script.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, o?: { filters?: Record<string, string[]> }): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

const FILTER_LABELS: Record<string, string> = { soort: 'Soort', doelgroep: 'Doelgroep', maatregel: 'Maatregel', status: 'Status', jaar: 'Jaar' };
const FILTER_ORDER = ['soort', 'doelgroep', 'maatregel', 'status', 'jaar'];
/** Results per batch: each result loads its own fragment, so the first answer stays small. */
const PAGE_SIZE = 10;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void setup(root);

async function setup(root: HTMLElement) {
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const toggle = root.querySelector<HTMLButtonElement>('[data-search-open]')!;
  const groups = root.querySelector<HTMLElement>('[data-search-filter-groups]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  filtersBox.hidden = false;

  let pagefind: Pagefind | undefined;
  const load = async () => {
    if (!pagefind) {
      pagefind = (await import(/* @vite-ignore */ root.dataset.pagefindPath!)) as Pagefind;
      // Result URLs: the index holds them relative to the edition's root, which may be a sub-path.
      await pagefind.options({ excerptLength: 24, baseUrl: root.dataset.pagefindBase ?? '/' });
      await pagefind.init();
    }
    return pagefind;
  };

  let filtersBuilt = false;
  const buildFilters = async () => {
    if (filtersBuilt) return;
    filtersBuilt = true;
    const available = await (await load()).filters();
    const selected = new Set(params.getAll('filter'));
    for (const name of FILTER_ORDER.filter((n) => available[n])) {
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'filters';
      const legend = document.createElement('legend');
      legend.textContent = FILTER_LABELS[name] ?? name;
      fieldset.append(legend);
      for (const [value, count] of Object.entries(available[name]!).sort(([a], [b]) => a.localeCompare(b, 'nl'))) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = 'filter';
        box.value = `${name}:${value}`;
        box.checked = selected.has(box.value);
        box.addEventListener('change', () => void run());
        label.append(box, ` ${value} (${count})`);
        fieldset.append(label);
      }
      groups.append(fieldset);
    }
  };

  const selectedFilters = (): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[name="filter"]:checked')) {
      const [name, ...rest] = box.value.split(':');
      (out[name!] ??= []).push(rest.join(':'));
    }
    return out;
  };

  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'button';
  more.textContent = 'Meer resultaten';
  more.hidden = true;
  list.after(more);
  let pending: Array<{ data(): Promise<PagefindResultData> }> = [];
  more.addEventListener('click', async () => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const items = (await Promise.all(batch.map((r) => r.data()))).map(renderResult);
    list.append(...items);
    more.hidden = pending.length === 0;
    items[0]?.querySelector('a')?.focus();
    status.textContent = `${list.children.length} van ${list.children.length + pending.length} resultaten getoond.`;
  });

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
    if (!term && !hasFilters) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const current = ++generation;
    status.textContent = 'Zoeken…';
    let search: Awaited<ReturnType<Pagefind['search']>>;
    let data: PagefindResultData[];
    try {
      search = await (await load()).search(term || null, { filters });
      data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
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
    list.replaceChildren(...data.map(renderResult));
    pending = search.results.slice(PAGE_SIZE);
    more.hidden = pending.length === 0;
    const n = search.results.length;
    status.textContent = n === 0
      ? `Geen resultaten${term ? ` voor "${term}"` : ''}.`
      : `${n} ${n === 1 ? 'resultaat' : 'resultaten'}${term ? ` voor "${term}"` : ''}${n > PAGE_SIZE ? `; de eerste ${PAGE_SIZE} staan hieronder` : ''}.`;
  };

  toggle.addEventListener('click', async () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Filters verbergen' : 'Filters tonen';
    if (open) await buildFilters();
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
  excerpt.innerHTML = result.excerpt; // Pagefind escapes page text and only adds <mark>
  li.append(heading, kind, excerpt);
  return li;
}
