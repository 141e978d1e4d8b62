/**
 * The CMS page's own script (/beheer/, bundled by Astro). It installs the route watcher
 * (reloadOnEditorSwitch), then loads Decap's bundle (decap-cms.js), then registers its handlers
 * on `window.CMS`:
 *
 * - A route change from one entry's editor to another's reloads the page, and a save whose draft
 *   is not the entry the address shows is refused (src/cms/routes.ts): Decap 3 would otherwise
 *   save entry B's form into entry A's file.
 * - Before every save the entry goes through `withoutEmpty` and the collection's zod schema
 *   (src/cms/validate.ts); a problem stops the save with a Dutch notice naming the field.
 * - Under `npm run beheer` (Astro's dev server), the preview pane shows the entry as Wegwijs
 *   renders it: the dev server's page of the saved entry, reloaded after each save. In a
 *   deployed edition the pages are the last build, not the draft, so Decap's own field preview
 *   stays.
 */
import type { CollectionName } from '../schemas/index.ts';
import { COLLECTIONS } from '../collections/index.ts';
import { fieldLabel, formatFormProblems, formProblems, textProblems, withoutEmpty, type FormProblem } from './validate.ts';
import { publicReferenceProblems, type CmsItems } from './items.ts';
import { FRONTMATTER_SOURCE, UNREADABLE, fromFile, toFile } from './frontmatter-format.ts';
import { CMS_FORMAT, cmsCollectionTarget } from './config.ts';
import { draftMatchesRoute, editorTarget, needsRemount } from './routes.ts';
import { fromDutchDate, toDutchDate } from './dates.ts';

interface ImmutableLike {
  get(key: string): unknown;
  toJS(): unknown;
}
interface DecapCms {
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableLike }) => unknown }): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerPreviewStyle?(href: string): void;
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>): string }): void;
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
}
type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;

const w = window as unknown as { CMS?: DecapCms; h?: CreateElement; createClass?: (spec: Record<string, unknown>) => unknown };
const root = document.documentElement.dataset['editieRoot'] ?? '/';

// No uploads: the media library is hidden and its route leads back to the collections (the
// build takes images only from beside their entry, `./_afbeeldingen/…`, which Decap does not write).
hideMediaLibrary();

// The route watcher first, then Decap: Decap starts its router as soon as its bundle runs, and a
// route change it sees before the watcher is in place would keep the wrong entry's form (see
// needsRemount). So this script loads Decap's bundle itself, after installing the watcher.
reloadOnEditorSwitch();
const decapScript = document.createElement('script');
decapScript.src = document.documentElement.dataset['decap'] ?? `${root}beheer/decap-cms.js`;
decapScript.addEventListener('load', () => {
  if (w.CMS) setup(w.CMS);
});
document.body.append(decapScript);

/**
 * Every entry's title, edition and status (/beheer/items.json, src/cms/items.ts), for the check of
 * a public entry's references before saving; fetched again after every save.
 */
let itemsLoaded: Promise<{ peildatum: string; items: CmsItems } | undefined> = loadItems();
function loadItems(): Promise<{ peildatum: string; items: CmsItems } | undefined> {
  return fetch(document.documentElement.dataset['items'] ?? `${root}beheer/items.json`, { cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<{ peildatum: string; items: CmsItems }>) : undefined))
    .catch(() => undefined);
}

/** Problems of an internal entry saved as a draft, shown once the save has gone through. */
let draftProblems: FormProblem[] = [];

function setup(cms: DecapCms): void {
  // Saving keeps the YAML as written (src/cms/frontmatter-format.ts).
  cms.registerCustomFormat(CMS_FORMAT, 'md', { fromFile, toFile });
  registerDutchDates(cms);
  cms.registerEventListener({
    name: 'postSave',
    handler: () => {
      itemsLoaded = loadItems();
      if (draftProblems.length > 0) showBox('Opgeslagen als intern concept, maar nog niet in orde (npm run check en de build weigeren het tot dit verbeterd is):', draftProblems.map((p) => `${p.field}: ${p.message}`));
      draftProblems = [];
    },
  });
  // With the editorial workflow (git backends) a save is a draft on its own branch; publishing
  // merges it into the branch the site is built from. A draft with problems is not merged.
  // Decap fires prePublish on every save without the workflow too (local backend): there a save is
  // the publication, and preSave below decides.
  const editorialWorkflow = fetch(document.querySelector('link[rel="cms-config-url"]')?.getAttribute('href') ?? `${root}beheer/config.yml`, { cache: 'no-store' })
    .then((response) => (response.ok ? response.text() : ''))
    .then((text) => /^publish_mode: editorial_workflow$/m.test(text), () => false);
  cms.registerEventListener({
    name: 'prePublish',
    handler: async ({ entry }) => {
      if (!(await editorialWorkflow)) return undefined;
      const target = cmsCollectionTarget(entry.get('collection') as string);
      const raw = ((entry.get('data') as ImmutableLike).toJS() ?? {}) as Record<string, unknown>;
      if (!target || typeof raw[UNREADABLE] === 'string') return undefined;
      const { [FRONTMATTER_SOURCE]: _read, ...checked } = withoutEmpty(raw) as Record<string, unknown>;
      const problems = [...formProblems(target.collection, checked), ...textProblems(target.collection, checked, target.ext)];
      if (problems.length > 0) throw new Error(`niet gepubliceerd, eerst verbeteren: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
      return undefined;
    },
  });
  cms.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const name = entry.get('collection') as string;
      if (!draftMatchesRoute(location.hash, name, entry.get('slug') as string | undefined, Boolean(entry.get('newRecord')))) {
        // Never write a form into another entry's file (see needsRemount).
        throw new Error('niet opgeslagen: dit formulier hoort bij een ander item dan het adres aangeeft. Laad de pagina opnieuw (F5) en breng je wijziging opnieuw aan.');
      }
      const raw = ((entry.get('data') as ImmutableLike).toJS() ?? {}) as Record<string, unknown>;
      if (typeof raw[UNREADABLE] === 'string') {
        // Read-only: the form could not read this file, and would overwrite what it could not read.
        throw new Error(`niet opgeslagen: dit bestand is alleen te lezen, want de CMS kan het niet lezen (${raw[UNREADABLE]}). Verbeter het in een teksteditor en controleer het met npm run check.`);
      }
      const data = withoutEmpty(raw) as Record<string, unknown>;
      const target = cmsCollectionTarget(name);
      if (!target) return undefined;
      const { collection, ext } = target;
      // What `npm run check` would refuse in this entry on its own (schema, text; for .mdx the
      // allow-list of components), and for a public entry its references to entries that are
      // not public, named by title.
      const { [FRONTMATTER_SOURCE]: _read, ...checked } = data;
      const problems: FormProblem[] = [...formProblems(collection, checked), ...textProblems(collection, checked, ext)];
      const { body: _body, [FRONTMATTER_SOURCE]: _source, ...frontmatter } = data;
      const items = await itemsLoaded;
      if (items) {
        for (const message of publicReferenceProblems(collection, frontmatter, items.items, items.peildatum, (field) => fieldLabel(collection, field))) {
          const [field, ...rest] = message.split(': ');
          problems.push({ field: field!, message: rest.join(': ') });
        }
      }
      // A public entry is never saved while the check would refuse it. An internal one may be saved
      // as a draft (it is not in the public edition), with its problems listed after the save.
      if (problems.length > 0 && checked['zichtbaarheid'] === 'publiek') throw new Error(formatFormProblems(problems));
      draftProblems = problems;
      // Decap expects its own (Immutable) map back: drop the emptied keys from the one it gave.
      return prune(entry.get('data') as ImmutableMap, data);
    },
  });

  // Under the dev server every saved file makes Vite reload all open pages, which would throw
  // away the form the author is typing in. The CMS page itself never needs a reload: a full
  // reload is turned into a no-op for it by pointing the event at another page (Vite's client
  // reloads only when an HTML path in the event is the current page).
  // Likewise Astro's error overlay: an error while rendering a page (in the preview, say) would
  // cover the forms; it shows in the preview and in the terminal instead.
  if (import.meta.hot) {
    import.meta.hot.on('vite:beforeFullReload', (payload: { path?: string }) => {
      payload.path = '/__wegwijs-beheer-blijft-staan.html';
    });
    new MutationObserver(() => document.querySelectorAll('vite-error-overlay').forEach((overlay) => overlay.remove())).observe(document.documentElement, { childList: true, subtree: true });
  }

  // "Importeren" (issue 30): only under the dev server, where the import endpoint and page exist.
  if (import.meta.hot) showImportLink();

  // `import.meta.hot` exists only under the dev server (not in any build, whatever NODE_ENV says).
  if (import.meta.hot && w.h && w.createClass) {
    const h = w.h;
    let saved = 0;
    cms.registerEventListener({
      name: 'postSave',
      handler: ({ entry }) => {
        saved++;
        void reportCheck(cmsCollectionTarget(String(entry.get('collection') ?? ''))?.collection ?? '');
      },
    });
    const Preview = w.createClass({
      render(this: { props: { entry: ImmutableLike } }) {
        const entry = this.props.entry;
        const slug = entry.get('slug') as string | undefined;
        const collection = cmsCollectionTarget(entry.get('collection') as string)?.collection ?? '';
        const unreadable = (entry.get('data') as ImmutableLike | undefined)?.get(UNREADABLE);
        if (typeof unreadable === 'string') {
          return h('p', { role: 'alert', style: { font: '16px sans-serif', padding: '1rem' } }, `Alleen te lezen: de CMS kan dit bestand niet lezen (${unreadable}), en slaat het daarom niet op. Verbeter het in een teksteditor en controleer het met npm run check.`);
        }
        if (!slug || entry.get('newRecord')) {
          return h('p', { style: { font: '16px sans-serif', padding: '1rem' } }, 'Sla het item op: daarna zie je hier hoe Wegwijs het toont.');
        }
        const src = `${root}${collection}/${slug}/`;
        // Just after a save the dev server may not have read the new file yet: try again shortly.
        let tries = 0;
        const onLoad = (event: Event) => {
          const frame = event.target as HTMLIFrameElement;
          // The status of the page the frame shows (same origin): a 404 or an error page is retried.
          const navigation = frame.contentWindow?.performance.getEntriesByType('navigation')[0] as (PerformanceEntry & { responseStatus?: number }) | undefined;
          const status = navigation?.responseStatus ?? 200;
          if (status !== 200 && tries++ < 20) setTimeout(() => frame.contentWindow?.location.reload(), 1000);
        };
        return h('iframe', { key: `${src}#${saved}`, src, onLoad, title: 'Voorbeeld zoals Wegwijs het toont', style: { border: 0, width: '100%', height: '100vh' } });
      },
    });
    for (const collection of COLLECTIONS) {
      cms.registerPreviewTemplate(collection, Preview);
      cms.registerPreviewTemplate(`${collection}-mdx`, Preview);
    }
  }
}

/**
 * A link "Importeren" in Decap's top bar, after "Inhoud" and "Media", to /beheer/importeren/
 * (src/cms/importeren.astro). Decap 3.x has no API for an extra link, and its React tree is
 * React's to change, so the link lives outside that tree, first in the page, and is laid over
 * the bar (one layer above it) where Decap's links end. It takes the class names of Decap's own
 * links, so it looks like them.
 */
function showImportLink(): void {
  const link = document.createElement('a');
  link.id = 'wegwijs-importeren';
  link.href = `${root}beheer/importeren/`;
  const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('width', '24');
  icon.setAttribute('height', '24');
  icon.setAttribute('aria-hidden', 'true');
  icon.style.marginRight = '4px';
  const arrow = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  // A document with an arrow into it: importing.
  arrow.setAttribute('d', 'M6 2h9l5 5v15H6v-7h2v5h10V8h-4V4H8v5H6zm5 8 4 3.5-4 3.5v-2.5H3v-2h8z');
  arrow.setAttribute('fill', 'currentColor');
  icon.append(arrow);
  link.append(icon, 'Importeren');
  // Hidden by style, not by the `hidden` attribute: Decap's class sets `display`, which beats it.
  link.style.display = 'none';
  document.body.prepend(link);
  const place = (): boolean => {
    const list = document.querySelector('header nav ul');
    const own = list?.querySelector('a');
    if (!list || !own) return false;
    const box = list.getBoundingClientRect();
    // Decap keeps its bar in the page under the editor, but out of sight: no box, no link.
    if (box.width === 0 || box.height === 0) return false;
    link.className = own.className.replace(/\bheader-link-active\b/, '').trim();
    Object.assign(link.style, { display: '', position: 'fixed', zIndex: '301', top: `${box.top}px`, left: `${box.right}px`, height: `${box.height}px`, boxSizing: 'border-box' });
    return true;
  };
  // Shown where Decap shows its bar, never in the editor (which has its own bar: the link there
  // lay over the Publish button and took its clicks), placed again twice a second and when the
  // window changes size.
  let queued = false;
  const update = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      if (!place()) link.style.display = 'none';
    });
  };
  setInterval(update, 500);
  window.addEventListener('resize', update);
  update();
}

/**
 * Reloads the CMS page when the route goes from one entry's editor to another's, so that
 * Decap mounts a fresh editor that loads the right entry. Unsaved changes are not lost silently:
 * Decap's own `beforeunload` guard asks first, as it does for any reload.
 */
function reloadOnEditorSwitch(): void {
  // The last editor this page mounted, not only the route just before: with a list in between
  // (A's editor, the list, B's editor), Decap 3 still showed A's form, here a newly saved entry's,
  // under B's address (tests/e2e/cms-navigation.test.ts, two CI runs in three).
  let lastEditor = editorTarget(location.hash) ? location.hash : undefined;
  window.addEventListener('hashchange', () => {
    const current = location.hash;
    if (!editorTarget(current)) return;
    const previous = lastEditor;
    lastEditor = current;
    if (previous !== undefined && needsRemount(previous, current)) location.reload();
  });
}

interface ImmutableMap {
  keySeq(): { toArray(): string[] };
  get(key: string): unknown;
  delete(key: string): ImmutableMap;
  set(key: string, value: unknown): ImmutableMap;
}

/** Removes from Decap's data map every key that `clean` (the same data without empties) lacks, at any depth. */
function prune(map: ImmutableMap, clean: unknown): ImmutableMap {
  let out = map;
  const plain = (clean ?? {}) as Record<string, unknown>;
  for (const key of map.keySeq().toArray()) {
    if (!(key in plain)) {
      out = out.delete(key);
      continue;
    }
    const child = map.get(key) as ImmutableMap | { map?: unknown } | undefined;
    const value = plain[key];
    if (child && typeof (child as ImmutableMap).keySeq === 'function' && value && typeof value === 'object') {
      if (Array.isArray(value)) {
        const list = child as unknown as { map(f: (item: unknown, i: number) => unknown): unknown };
        out = out.set(key, list.map((item, i) => (item && typeof (item as ImmutableMap).keySeq === 'function' && !isList(item) ? prune(item as ImmutableMap, value[i]) : item)));
      } else if (!isList(child)) {
        out = out.set(key, prune(child as ImmutableMap, value));
      }
    }
  }
  return out;
}

function isList(value: unknown): boolean {
  return Boolean(value && typeof (value as { push?: unknown }).push === 'function');
}

/**
 * Under the dev server: what `npm run check` says about the file just saved (rules across
 * entries, such as a passage that is vastgesteld without a date, or a public Q&A that names an
 * internal measure), in a box at the top of the page until it is closed.
 */
async function reportCheck(collection: string): Promise<void> {
  // The dev server reads the new file a moment after it is written; by then Decap shows the
  // saved entry at #/collections/<collectie>/entries/<id> (the event itself carries no id yet).
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const id = new RegExp(`^#/collections/${collection}(?:-mdx)?/entries/([^/?]+)`).exec(location.hash)?.[1];
  if (!collection || !id) return;
  const response = await fetch(`/__wegwijs/controle?collectie=${encodeURIComponent(collection)}&id=${encodeURIComponent(decodeURIComponent(id))}`);
  if (!response.ok) return;
  const { problems } = (await response.json()) as { problems: string[] };
  if (problems.length === 0) {
    document.getElementById('wegwijs-controle')?.remove();
    return;
  }
  showBox('Opgeslagen, maar de controle (npm run check) meldt bij dit item:', problems);
}

/** A box at the bottom of the page with a list of problems, until it is closed. */
function showBox(heading: string, problems: readonly string[]): void {
  document.getElementById('wegwijs-controle')?.remove();
  const box = document.createElement('div');
  box.id = 'wegwijs-controle';
  box.setAttribute('role', 'alert');
  Object.assign(box.style, { position: 'fixed', left: '1rem', right: '1rem', bottom: '1rem', zIndex: '10000', background: '#fff4e5', border: '2px solid #b35c00', borderRadius: '4px', padding: '0.75rem 1rem', font: '15px/1.4 sans-serif', color: '#222', boxShadow: '0 2px 8px rgba(0,0,0,.2)' });
  const title = document.createElement('strong');
  title.textContent = heading;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Sluiten';
  close.addEventListener('click', () => box.remove());
  box.append(title, list, close);
  document.body.append(box);
}

/**
 * Decap's `datetime` widget, replaced: a text field in the Dutch form `dd-mm-jjjj` that stores
 * `JJJJ-MM-DD` (src/cms/dates.ts). Decap's own is the browser's date input, which shows the
 * browser's format (mm/dd/yyyy in an English browser) and a "UTC" label. What is not a date yet
 * is stored as typed, so that the field's pattern refuses it with its Dutch message.
 */
function registerDutchDates(cms: DecapCms): void {
  if (!w.h || !w.createClass) return;
  const h = w.h;
  interface Props {
    value?: unknown;
    forID: string;
    classNameWrapper: string;
    onChange(value: string): void;
    setActiveStyle(): void;
    setInactiveStyle(): void;
  }
  type Self = { props: Props; state: { text: string }; setState(state: { text: string }): void };
  const Control = w.createClass({
    getInitialState(this: Self) {
      return { text: toDutchDate(this.props.value) };
    },
    componentDidUpdate(this: Self, previous: Props) {
      // A value set from outside (a draft restored, "now"): show it, unless it is what was typed.
      if (previous.value !== this.props.value && (fromDutchDate(this.state.text) ?? this.state.text) !== this.props.value) this.setState({ text: toDutchDate(this.props.value) });
    },
    render(this: Self) {
      const { forID, classNameWrapper, onChange, setActiveStyle, setInactiveStyle } = this.props;
      return h('input', {
        id: forID,
        type: 'text',
        inputMode: 'numeric',
        autoComplete: 'off',
        placeholder: 'dd-mm-jjjj',
        className: classNameWrapper,
        value: this.state.text,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        onChange: (event: Event) => {
          const text = (event.target as HTMLInputElement).value;
          this.setState({ text });
          onChange(text.trim() === '' ? '' : (fromDutchDate(text) ?? text));
        },
      });
    },
  });
  const Preview = w.createClass({
    render(this: { props: { value?: unknown } }) {
      return h('span', null, toDutchDate(this.props.value));
    },
  });
  const schema = { properties: { format: { type: 'string' }, date_format: { oneOf: [{ type: 'string' }, { type: 'boolean' }] }, time_format: { oneOf: [{ type: 'string' }, { type: 'boolean' }] }, picker_utc: { type: 'boolean' } } };
  cms.registerWidget('datetime', Control, Preview, schema);
}

function hideMediaLibrary(): void {
  const style = document.createElement('style');
  style.textContent = 'a[href="#/media"], a[href$="/media"] { display: none !important; }';
  document.head.append(style);
  const away = () => {
    if (/^#\/media\b/.test(location.hash)) location.replace('#/');
  };
  window.addEventListener('hashchange', away);
  away();
}
