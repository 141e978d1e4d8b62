/**
 * Print stylesheets (src/data/print.ts): the edition's `/print.css` (its mark and reference
 * date on every printed page, linked by every page) and one beside each printable document
 * (route maps, briefing packs, coming weeks: its title in the margin, linked by that page only).
 */
import { documentPrintStylesheet, printDocuments, printStylesheet } from '../data/print.ts';
import { defineOutput, single } from './output.ts';

export const editionPrint = defineOutput({
  name: 'printopmaak',
  files: () => single('print.css'),
  type: 'text/css',
  match: '/print.css',
  render: (site) => printStylesheet(site, site.profile),
});

export const documentPrint = defineOutput({
  name: 'printopmaak per document',
  files: (site) => printDocuments(site, site.profile).map((doc) => ({ path: `${doc.path}print.css`, props: doc })),
  type: 'text/css',
  match: '/print.css',
  render: (_, doc) => documentPrintStylesheet(doc),
});
