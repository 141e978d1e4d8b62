/**
 * The import report: what was written where, what was recognised, and what needs a human. The
 * same object is printed by `npm run importeer` (formatImportReport) and can be shown by a CMS
 * page later; its texts are Dutch, for authors.
 */
import type { CollectionName } from '../schemas/index.ts';

export type ImportKind = 'brief' | 'verslag' | 'routekaart';

/** What happens to one entry. */
export type ItemAction =
  /** A new file. */
  | 'nieuw'
  /** An existing route map gets a new version (versie, versiedatum, wijzigingen). */
  | 'nieuwe versie'
  /** The file is there already with exactly this content (a repeated import). */
  | 'ongewijzigd'
  /** The same document or passage is there already, written or edited by hand: left as it is. */
  | 'bestaand';

export interface ReportItem {
  collection: CollectionName;
  id: string;
  /** Path relative to the content folder, e.g. `passages/inleiding.md`. */
  path: string;
  title: string;
  action: ItemAction;
  note?: string;
}

export interface RecognisedAction {
  /** The marker as written, e.g. "(actie MEVA en Dco)". */
  marker: string;
  description: string;
  owners: { written: string; id?: string }[];
  deadline?: string;
  /** The words the deadline was read from. */
  deadlinePhrase?: string;
  /** Where it went: `routekaarten/<id>#<fase>`, or undefined when it was not imported. */
  target?: string;
}

export interface Recognised {
  title?: string;
  date?: string;
  kenmerk?: string;
  kamerstuk?: string;
  /** Letterhead fields, by label. */
  letterhead: Record<string, string>;
  footnotes: { label: string; text: string }[];
  citations: { text: string; url: string }[];
  redactions: string[];
  participants: { written: string; id?: string }[];
  actions: RecognisedAction[];
  sections: string[];
  /** Phases of a route map, with their number of actions. */
  phases: { title: string; actions: number }[];
}

export type AttentionKind = 'eigenaar' | 'datum' | 'citaat' | 'overgeslagen' | 'deelnemer' | 'titel' | 'bestaand';

export interface Attention {
  kind: AttentionKind;
  message: string;
}

export interface ImportReport {
  file: string;
  kind: ImportKind;
  format: 'docx' | 'html' | 'xml';
  /** True when the files were written (false for a dry run or when nothing changed). */
  written: boolean;
  items: ReportItem[];
  recognised: Recognised;
  attention: Attention[];
}

export function emptyRecognised(): Recognised {
  return { letterhead: {}, footnotes: [], citations: [], redactions: [], participants: [], actions: [], sections: [], phases: [] };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The report as text for the command line (Dutch). */
export function formatImportReport(report: ImportReport): string {
  const r = report.recognised;
  const lines: string[] = [];
  const soort = { brief: 'brief', verslag: 'verslag', routekaart: 'routekaart' }[report.kind];
  lines.push(`Import van ${report.file} (${soort}, ${report.format}):`);
  lines.push('');
  lines.push(report.written ? 'Geschreven:' : report.items.every((i) => i.action === 'ongewijzigd' || i.action === 'bestaand') ? 'Niets veranderd (alles was er al):' : 'Niet geschreven (proefrun):');
  for (const item of report.items) lines.push(`  ${item.action.padEnd(13)} ${item.path}  "${item.title}"${item.note ? ` (${item.note})` : ''}`);
  lines.push('');
  lines.push('Herkend:');
  if (r.title) lines.push(`  titel: ${r.title}`);
  if (r.date) lines.push(`  datum: ${r.date}`);
  if (r.kenmerk) lines.push(`  kenmerk: ${r.kenmerk}`);
  if (r.kamerstuk) lines.push(`  Kamerstuk: ${r.kamerstuk}`);
  const head = Object.entries(r.letterhead).filter(([k]) => !['kenmerk', 'datum'].includes(k));
  const labels: Record<string, string> = { uwKenmerk: 'uw brief/kenmerk', vergaderdatum: 'vergaderdatum', vergaderplaats: 'vergaderplaats' };
  for (const [key, value] of head) lines.push(`  ${labels[key] ?? key}: ${value}`);
  if (r.sections.length) lines.push(`  ${plural(r.sections.length, 'paragraaf', 'paragrafen')}: ${r.sections.join(' | ')}`);
  lines.push(`  ${plural(r.footnotes.length, 'voetnoot', 'voetnoten')}${r.footnotes.length ? `: ${r.footnotes.map((f) => `[^${f.label}] ${f.text}`).join(' | ')}` : ''}`);
  lines.push(`  ${plural(r.citations.length, 'Kamerstuk-verwijzing', 'Kamerstuk-verwijzingen')}${r.citations.length ? `: ${r.citations.map((c) => c.text).join(' | ')}` : ''}`);
  lines.push(`  ${plural(r.redactions.length, 'weglakking', 'weglakkingen')}${r.redactions.length ? `: ${[...new Set(r.redactions)].join(', ')}` : ''}`);
  if (r.participants.length) lines.push(`  deelnemers: ${r.participants.map((p) => (p.id ? `${p.written} → ${p.id}` : `${p.written} (niet herkend)`)).join(', ')}`);
  if (r.phases.length) lines.push(`  fasen: ${r.phases.map((p) => `${p.title} (${plural(p.actions, 'actie', 'acties')})`).join(' | ')}`);
  if (r.actions.length) {
    lines.push(`  ${plural(r.actions.length, 'actie', 'acties')}:`);
    for (const a of r.actions) {
      const owners = a.owners.map((o) => (o.id ? o.id : `${o.written}?`)).join(', ');
      lines.push(`    ${a.marker} eigenaar ${owners || '?'}${a.deadline ? `, deadline ${a.deadline} ("${a.deadlinePhrase}")` : ''}${a.target ? ` → ${a.target}` : ' → niet geïmporteerd'}`);
    }
  }
  lines.push('');
  if (report.attention.length === 0) lines.push('Na te kijken: niets bijzonders; lees de concepten wel na voordat je ze vaststelt.');
  else {
    lines.push(`Na te kijken door een mens (${report.attention.length}):`);
    for (const a of report.attention) lines.push(`  - [${a.kind}] ${a.message}`);
  }
  lines.push('');
  lines.push('Alles is geïmporteerd als concept en intern. Lees de concepten na, vul aan (doelgroepen, maatregelen) en stel ze vast.');
  return lines.join('\n');
}
