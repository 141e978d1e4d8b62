/**
 * The import report (src/import/report.ts) as the CMS's "Importeren" page shows it: what was
 * written where (each draft with a link that opens it in the CMS), what was recognised, and what
 * needs a human. Pure (no DOM), so the page script (src/cms/import-page.ts) only draws it and
 * tests can read it; the texts are Dutch, for authors.
 */
import type { ImportReport, ItemAction } from '../import/report.ts';

/** Where the import page posts the file (src/cms/import-endpoint.ts; only under the dev server). */
export const IMPORT_ENDPOINT = '/__wegwijs/importeer';

export interface ViewItem {
  /** What happened, in words: "nieuw concept", "nieuwe versie", … */
  action: string;
  title: string;
  /** The file, relative to the content folder. */
  path: string;
  /** Opens the entry in the CMS. */
  href: string;
  note?: string;
}

export interface ReportView {
  /** "Geïmporteerd: Voortgangsrapportage Wmo 2015 (brief, docx)". */
  heading: string;
  /** One sentence on the outcome. */
  summary: string;
  items: ViewItem[];
  /** Label and value (or values, one per footnote, citation, …), in the order of the report. */
  recognised: { label: string; value: string; list?: string[] }[];
  actions: { marker: string; text: string; href?: string }[];
  attention: { kind: string; message: string }[];
}

const ACTIONS: Record<ItemAction, string> = {
  nieuw: 'nieuw concept',
  'nieuwe versie': 'nieuwe versie',
  ongewijzigd: 'ongewijzigd (al geïmporteerd)',
  bestaand: 'bestond al (niet aangeraakt)',
};

const KIND_LABEL = { brief: 'brief', verslag: 'verslag', routekaart: 'routekaart' } as const;

const ATTENTION_LABEL: Record<string, string> = {
  eigenaar: 'eigenaar',
  datum: 'datum',
  citaat: 'verwijzing',
  overgeslagen: 'overgeslagen tekst',
  deelnemer: 'deelnemer',
  titel: 'titel',
  bestaand: 'bestaand item',
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The CMS address of an entry's form: `<beheer>#/collections/<collectie>/entries/<id>`. */
export function entryHref(beheer: string, collection: string, id: string): string {
  return `${beheer}#/collections/${encodeURIComponent(collection)}/entries/${encodeURIComponent(id)}`;
}

/** `beheer` is the CMS page's address, e.g. `/intern/beheer/`. */
export function reportView(report: ImportReport, beheer: string): ReportView {
  const r = report.recognised;
  const changed = report.items.filter((i) => i.action === 'nieuw' || i.action === 'nieuwe versie').length;
  const summary = report.written
    ? `${count(changed, 'item is', 'items zijn')} geschreven, als concept en intern: niets is gepubliceerd. Open ze hieronder, lees ze na en stel ze vast.`
    : report.items.length > 0 && report.items.every((i) => i.action === 'ongewijzigd' || i.action === 'bestaand')
      ? 'Niets veranderd: dit document was al geïmporteerd.'
      : 'Er is niets geschreven.';
  const recognised: ReportView['recognised'] = [];
  const add = (label: string, value: string | undefined) => {
    if (value) recognised.push({ label: label.charAt(0).toUpperCase() + label.slice(1), value });
  };
  const addList = (label: string, list: string[], always = false) => {
    if (list.length || always) recognised.push({ label, value: list.length ? String(list.length) : 'geen', ...(list.length ? { list } : {}) });
  };
  add('Titel', r.title);
  add('Datum', r.date);
  add('Kenmerk', r.kenmerk);
  add('Kamerstuk', r.kamerstuk);
  const headLabels: Record<string, string> = { uwKenmerk: 'Uw brief/kenmerk', vergaderdatum: 'Vergaderdatum', vergaderplaats: 'Vergaderplaats' };
  for (const [key, value] of Object.entries(r.letterhead)) if (!['kenmerk', 'datum'].includes(key)) add(headLabels[key] ?? key, value);
  addList('Paragrafen', r.sections);
  addList('Voetnoten', r.footnotes.map((f) => `[${f.label}] ${f.text}`), true);
  addList('Kamerstuk-verwijzingen', r.citations.map((c) => c.text), true);
  // Every redaction is counted; the list names each code once.
  if (r.redactions.length) recognised.push({ label: 'Weglakkingen (Woo)', value: `${r.redactions.length}: ${[...new Set(r.redactions)].join(', ')}` });
  else recognised.push({ label: 'Weglakkingen (Woo)', value: 'geen' });
  addList('Deelnemers', r.participants.map((p) => (p.id ? `${p.written} → ${p.id}` : `${p.written} (niet herkend)`)));
  addList('Fasen', r.phases.map((p) => `${p.title} (${count(p.actions, 'actie', 'acties')})`));
  const actions = r.actions.map((a) => {
    const owners = a.owners.map((o) => (o.id ? o.id : `${o.written} (niet herkend)`)).join(', ') || 'geen eigenaar';
    const deadline = a.deadline ? `, deadline ${a.deadline}${a.deadlinePhrase ? ` ("${a.deadlinePhrase}")` : ''}` : '';
    const [collection, rest] = a.target?.split('/') ?? [];
    const id = rest?.split('#')[0];
    return {
      marker: a.marker,
      text: `${a.description} Eigenaar: ${owners}${deadline}. ${a.target ? `In ${a.target}.` : 'Niet geïmporteerd.'}`,
      ...(collection && id ? { href: entryHref(beheer, collection, id) } : {}),
    };
  });
  return {
    heading: `Geïmporteerd: ${report.file} (${KIND_LABEL[report.kind]}, ${report.format})`,
    summary,
    items: report.items.map((i) => ({ action: ACTIONS[i.action], title: i.title, path: i.path, href: entryHref(beheer, i.collection, i.id), ...(i.note ? { note: i.note } : {}) })),
    recognised,
    actions,
    attention: report.attention.map((a) => ({ kind: ATTENTION_LABEL[a.kind] ?? a.kind, message: a.message })),
  };
}
