/**
 * "Gewijzigd sinds" for a date the reader picks (src/components/ChangesSince.astro): reveals the
 * date field, reads each route map's `versies.json` (its versions, each with what changed from it
 * to the current one, in words, computed at build time) and shows what changed since that date;
 * the change bars (`data-gewijzigd` on phases and action rows, printed in the margin) follow.
 * The wording comes from the same module as the build's (src/domain/changes-since.ts). Text is
 * only ever set as text.
 */
import { sinceLine, sinceSummary, sinceVersion } from '../domain/changes-since.ts';
import { formatDate } from '../domain/dates.ts';

interface VersionJson { versie: string; datum: string | null; huidig: boolean; wijzigingen: { onderdeel: string; text: string; plek?: string }[] }

const loaded = new Map<string, Promise<VersionJson[]>>();
const versionsOf = (url: string) => {
  let p = loaded.get(url);
  if (!p) {
    p = fetch(url).then((r) => (r.ok ? (r.json() as Promise<{ versies: VersionJson[] }>) : Promise.reject(new Error(String(r.status))))).then((j) => j.versies);
    loaded.set(url, p);
  }
  return p;
};

for (const block of document.querySelectorAll<HTMLElement>('[data-changes-since]')) {
  const form = block.querySelector<HTMLFormElement>('[data-since-form]');
  const field = block.querySelector<HTMLInputElement>('[data-since-date]');
  const status = block.querySelector<HTMLElement>('[data-since-status]');
  if (!form || !field) continue;
  form.hidden = false;
  const fallback = block.dataset.default ?? field.value;
  const explain = block.querySelector<HTMLElement>('[data-since-explain]');
  const explainDefault = explain?.textContent ?? '';
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const date = /^\d{4}-\d{2}-\d{2}$/.test(field.value) ? field.value : fallback;
    try {
      for (const section of block.querySelectorAll<HTMLElement>('[data-routekaart][data-versies]')) {
        const versions = await versionsOf(section.dataset.versies!);
        const { soort, from, current } = sinceVersion(versions, date);
        const changes = from === current ? [] : from.wijzigingen;
        section.querySelector('[data-since-summary]')!.textContent = sinceSummary(soort, from, current, changes.length, block.dataset.peildatum);
        const list = section.querySelector<HTMLUListElement>('[data-since-list]')!;
        list.replaceChildren(...changes.map((c) => Object.assign(document.createElement('li'), { textContent: sinceLine(c) })));
        list.hidden = changes.length === 0;
        // Change bars: every phase and action of this route map on the page.
        const places = new Set(changes.flatMap((c) => (c.plek ? [c.plek] : [])));
        for (const el of document.querySelectorAll<HTMLElement>(`[data-plek][data-routekaart="${CSS.escape(section.dataset.routekaart!)}"]`)) el.toggleAttribute('data-gewijzigd', places.has(el.dataset.plek!));
      }
      block.querySelector('[data-since-label]')!.textContent = formatDate(date);
      if (explain) explain.textContent = date === fallback ? explainDefault : 'Sinds de gekozen datum. Op papier staat bij elke gewijzigde fase en actie een streep in de kantlijn.';
      if (status) status.textContent = `Wijzigingen sinds ${formatDate(date)} getoond.`;
    } catch {
      if (status) status.textContent = 'De versies konden niet worden gelezen; hieronder staan de wijzigingen sinds de vorige vergadering.';
    }
  });
}
