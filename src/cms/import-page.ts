/**
 * The script of /beheer/importeren/ (src/cms/importeren.astro): sends the chosen
 * file to the dev server's import endpoint (src/cms/import-endpoint.ts) and draws the answer, the
 * report (src/cms/import-view.ts) or the Dutch reason for a refusal. Everything from the file is
 * put in the page as text (textContent), never as HTML.
 */
import type { ImportAnswer } from './import-endpoint.ts';
import { reportView } from './import-view.ts';

const html = document.documentElement;
const beheer = html.dataset['beheer'] ?? '/beheer/';
const endpoint = html.dataset['endpoint'] ?? '/__wegwijs/importeer';

const form = document.getElementById('importeren') as HTMLFormElement;
const input = document.getElementById('bestand') as HTMLInputElement;
const fileError = document.getElementById('bestand-fout') as HTMLParagraphElement;
const button = document.getElementById('start') as HTMLButtonElement;
const busy = document.getElementById('bezig') as HTMLParagraphElement;
const result = document.getElementById('uitkomst') as HTMLElement;
const heading = document.getElementById('uitkomst-kop') as HTMLHeadingElement;
const body = document.getElementById('uitkomst-inhoud') as HTMLDivElement;

// The import writes files into the content folder, and on every written file Vite reloads all
// open pages, this one too, which would throw the report away. This page never needs that
// reload: the event is pointed at another page (as src/cms/admin.ts does for the CMS page).
if (import.meta.hot) {
  import.meta.hot.on('vite:beforeFullReload', (payload: { path?: string }) => {
    payload.path = '/__wegwijs-importeren-blijft-staan.html';
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

function show(title: string, ...content: Node[]): void {
  heading.textContent = title;
  body.replaceChildren(...content);
  result.hidden = false;
  // Keyboard and screen-reader users land on the outcome.
  result.focus();
}

function showAnswer(answer: ImportAnswer): void {
  if ('refused' in answer) {
    show('Niet geïmporteerd', el('p', { className: 'geweigerd', text: answer.refused }), el('p', { text: 'Er is niets geschreven.' }));
    return;
  }
  const view = reportView(answer.report, beheer);
  const parts: Node[] = [el('p', { text: view.summary })];
  if (view.items.length) {
    parts.push(el('h3', { text: 'Geïmporteerd naar' }));
    parts.push(
      el(
        'ul',
        { className: 'items' },
        ...view.items.map((item) => {
          const link = el('a', { text: item.title });
          link.href = item.href;
          return el('li', {}, el('span', { className: 'soort', text: item.action }), link, ' ', el('span', { className: 'pad', text: `${item.path}${item.note ? ` (${item.note})` : ''}` }));
        }),
      ),
    );
  }
  parts.push(el('h3', { text: 'Herkend' }));
  parts.push(
    el(
      'dl',
      {},
      ...view.recognised.flatMap((row) => [
        el('dt', { text: row.label }),
        row.list ? el('dd', {}, el('span', { className: 'aantal', text: row.value }), el('ul', {}, ...row.list.map((value) => el('li', { text: value })))) : el('dd', { text: row.value }),
      ]),
    ),
  );
  if (view.actions.length) {
    parts.push(el('h3', { text: `Acties (${view.actions.length})` }));
    parts.push(
      el(
        'ul',
        { className: 'acties' },
        ...view.actions.map((action) => {
          const marker = el('strong', { text: action.marker });
          const item = el('li', {}, marker, ' ', action.text);
          if (action.href) {
            const link = el('a', { text: 'open de routekaart' });
            link.href = action.href;
            item.append(' ', link);
          }
          return item;
        }),
      ),
    );
  }
  parts.push(el('h3', { text: view.attention.length ? `Na te kijken door een mens (${view.attention.length})` : 'Na te kijken' }));
  parts.push(
    view.attention.length
      ? el('ul', { className: 'nakijken' }, ...view.attention.map((a) => el('li', {}, el('span', { className: 'soort', text: a.kind }), a.message)))
      : el('p', { text: 'Niets bijzonders gevonden; lees de concepten wel na voordat je ze vaststelt.' }),
  );
  show(view.heading, ...parts);
}

/** The route maps and target groups to choose from, by title (/beheer/items.json, as the CMS page reads it). */
void fetch(html.dataset['items'] ?? `${beheer}items.json`, { cache: 'no-store' })
  .then((response) => (response.ok ? (response.json() as Promise<{ items: Record<string, { titel: string }> }>) : undefined))
  .then((answer) => {
    if (!answer) return;
    const entries = Object.entries(answer.items).sort(([, a], [, b]) => a.titel.localeCompare(b.titel, 'nl'));
    for (const [select, collection] of [['routekaart', 'routekaarten'], ['doelgroep', 'doelgroepen']] as const) {
      const element = document.getElementById(select) as HTMLSelectElement;
      for (const [key, item] of entries) {
        if (!key.startsWith(`${collection}/`)) continue;
        const option = document.createElement('option');
        option.value = key.slice(collection.length + 1);
        option.textContent = item.titel;
        element.append(option);
      }
    }
  })
  .catch(() => undefined);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const file = input.files?.[0];
  if (!file) {
    fileError.textContent = 'Kies eerst een bestand.';
    fileError.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return;
  }
  fileError.hidden = true;
  input.removeAttribute('aria-invalid');
  const data = new FormData(form);
  const query = new URLSearchParams({ bestand: file.name });
  for (const name of ['soort', 'routekaart', 'fase', 'doelgroep', 'datum']) {
    const value = String(data.get(name) ?? '').trim();
    if (value) query.set(name, value);
  }
  const url = `${endpoint}?${query}`;
  button.disabled = true;
  busy.textContent = `Bezig met importeren van ${file.name}…`;
  fetch(url, { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream' } })
    .then(async (response) => {
      const answer = (await response.json().catch(() => ({ refused: `De server antwoordde ${response.status} zonder uitleg.` }))) as ImportAnswer;
      showAnswer(answer);
      busy.textContent = 'refused' in answer ? 'Niet geïmporteerd.' : 'Import klaar.';
    })
    .catch((error: unknown) => {
      show('Niet geïmporteerd', el('p', { className: 'geweigerd', text: `De beheerserver is niet bereikbaar (draait npm run beheer nog?): ${error instanceof Error ? error.message : String(error)}` }));
      busy.textContent = 'Niet geïmporteerd.';
    })
    .finally(() => {
      button.disabled = false;
    });
});

// Ready for a file (browser tests wait for this).
html.dataset['klaar'] = '';
