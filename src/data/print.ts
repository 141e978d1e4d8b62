/**
 * Printing from the browser (Ctrl+P) and `npm run pdf`: every printed page carries the edition's
 * mark, the document's title, the reference date and its page number in the page margins (CSS
 * `@page` margin boxes). Chromium prints margin boxes but not `string-set`, so per-document text
 * cannot come from the page itself: the edition's `print.css` (src/pages/[editie]/print.css.ts)
 * has what every printed page carries, and each printable document (route maps, briefing packs,
 * coming weeks) links its own `print.css` beside it (src/pages/[editie]/[...document]/print.css.ts)
 * declaring a named page with its title; the layout puts the document's main on that named page
 * (`printPageName`). One stylesheet of every document together grew with the knowledge base
 * (30 KB at 30,000 entries) and came with every page.
 */
import type { EditionProfile } from '../domain/editions.ts';
import type { Entry } from '../domain/types.ts';
import { briefingFor, isEmptyBriefing } from '../domain/briefing.ts';
import { formatDate } from '../domain/dates.ts';
import type { Site } from './site.ts';

/** The title line of a printed route map. */
export function routeMapPrintLabel(entry: Entry<'routekaarten'>): string {
  return `${entry.data.titel} · versie ${entry.data.versie} · ${entry.data.status}`;
}

/** The CSS named page of a document, from its path relative to the edition's root. */
export function printPageName(path: string): string {
  return `doc-${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'home'}`;
}

/** A CSS string literal. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/** The documents of an edition that print with their own title in the margin. */
export function printDocuments(site: Site, profile: EditionProfile): Array<{ path: string; label: string }> {
  const docs = site.of('routekaarten').map((r) => ({ path: `routekaarten/${r.id}/`, label: routeMapPrintLabel(r) }));
  if (profile.briefings) {
    for (const g of site.of('doelgroepen')) if (!isEmptyBriefing(briefingFor(site.graph, g))) docs.push({ path: `briefings/${g.id}/`, label: `Briefingmap ${g.data.titel}` });
  }
  if (profile.comingWeeks) docs.push({ path: 'komende-weken/', label: 'Komende weken' });
  return docs;
}

const documentPaths = new WeakMap<Site, Set<string>>();

/** Whether the page at `path` is a printable document with a stylesheet of its own. */
export function isPrintDocument(site: Site, path: string): boolean {
  let paths = documentPaths.get(site);
  if (!paths) documentPaths.set(site, (paths = new Set(printDocuments(site, site.profile).map((d) => d.path))));
  return paths.has(path);
}

/** The edition's print stylesheet: its mark and reference date on every printed page. */
export function printStylesheet(site: Site, profile: EditionProfile): string {
  return [
    '/* Wegwijs: running lines of printed pages (src/data/print.ts). */',
    `@page { @top-left { content: ${cssString(`Wegwijs · ${profile.printMark}`)}; } @bottom-left { content: ${cssString(`stand ${formatDate(site.peildatum)}`)}; } }`,
    '',
  ].join('\n');
}

/** A printable document's own print stylesheet: its title on each of its printed pages. */
export function documentPrintStylesheet(doc: { path: string; label: string }): string {
  const name = printPageName(doc.path);
  return [`/* Wegwijs: the title of ${doc.path} on its printed pages (src/data/print.ts). */`, `@page ${name} { @top-right { content: ${cssString(doc.label)}; } }`, `@media print { .print-page-${name} { page: ${name}; } }`, ''].join('\n');
}
