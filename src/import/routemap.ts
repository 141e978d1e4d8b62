/**
 * A route map document (a title, "Versie", "Datum", "Doelgroep", then per phase a heading with
 * its period, a sentence or two and a table of actions with owner and deadline) → a draft route
 * map. When the route map exists already (same id, same title, or named with --routekaart),
 * the import becomes a new version of that file: `versie` bumped, `versiedatum`, a
 * `wijzigingen` note, status `concept`, the author's other fields and body kept; the file's git
 * history then shows what changed. Importing the same document again changes nothing.
 *
 * Also home of `newVersion`, which the minutes import uses to add actions to a phase.
 */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { RootContent, Table } from 'mdast';
import { YAML_PARSE_OPTIONS } from '../load/source.ts';
import { slugify } from '../cms/slug.ts';
import { ACTIE_STATUSSEN, type Actie, type Fase } from '../collections/routekaarten.ts';
import { findDate, findDayMonth } from './dates.ts';
import { ImportRefused } from './detect.ts';
import { entriesOf, entryText, existingText, newId, organisationMatcher, reserveId, targetGroupMatcher, type ImportContext, type PlannedEntry } from './context.ts';
import { splitDocument, textOf } from './letterhead.ts';
import { markdownOf, plainText } from './markdown.ts';
import type { ConvertedDocument } from './convert.ts';
import type { Attention, Recognised } from './report.ts';

/** "0.9" → "0.10", "1" → "2", "1.2.3" → "1.2.4". */
export function bumpVersion(version: string): string {
  const match = /^(.*?)(\d+)$/.exec(version.trim());
  return match ? `${match[1]}${Number(match[2]) + 1}` : `${version}.1`;
}

export interface VersionChange {
  versie: string;
  versiedatum: string;
  note: string;
  /** Replace all phases. */
  fasen?: PlainFase[];
  /** Append actions to one phase (by index). */
  append?: { fase: number; acties: PlainActie[] };
  /** Source ids to add to `bronnen`. */
  bronnen?: string[];
}

export type PlainActie = { omschrijving: string; eigenaar: string; deadline?: string; status?: string; maatregel?: string };
export type PlainFase = { id?: string; titel: string; van?: string; tot?: string; omschrijving?: string; acties: PlainActie[] };

const FRONTMATTER = /^(---[ \t]*\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/;

/**
 * The text of a route map file after a change, made on the YAML document itself (yaml's
 * Document API), so the author's comments, key order and flow lists stay as they were.
 */
export function newVersion(text: string, change: VersionChange): string {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('routekaart zonder frontmatter');
  const doc: Document = parseDocument(match[2]!, { ...YAML_PARSE_OPTIONS });
  doc.set('versie', change.versie);
  doc.set('versiedatum', change.versiedatum);
  doc.set('status', 'concept');
  if (change.fasen) doc.set('fasen', doc.createNode(change.fasen));
  if (change.append) {
    const acties = doc.getIn(['fasen', change.append.fase, 'acties']);
    if (isSeq(acties)) for (const actie of change.append.acties) acties.add(doc.createNode(actie));
    else doc.setIn(['fasen', change.append.fase, 'acties'], doc.createNode(change.append.acties));
  }
  if (change.bronnen?.length) {
    const bronnen = doc.get('bronnen');
    if (isSeq(bronnen)) {
      const have = new Set(bronnen.items.map((i) => String((i as { value?: unknown }).value ?? i)));
      for (const id of change.bronnen) if (!have.has(id)) bronnen.add(id);
    } else doc.set('bronnen', change.bronnen);
  }
  const notes = doc.get('wijzigingen');
  const note = doc.createNode({ datum: change.versiedatum, notitie: change.note });
  if (isSeq(notes)) notes.add(note);
  else doc.set('wijzigingen', doc.createNode([{ datum: change.versiedatum, notitie: change.note }]));
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
  return `${match[1]}${yaml}${match[3]}${text.slice(match[0].length)}`;
}

// ---------------------------------------------------------------------------------------------

const HEADER = {
  omschrijving: /^(?:actie|acties|omschrijving|wat)$/i,
  eigenaar: /^(?:eigenaar|wie|trekker|verantwoordelijk|actiehouder)$/i,
  deadline: /^(?:deadline|wanneer|datum|gereed|uiterlijk)$/i,
  status: /^status$/i,
};

/** The period a phase heading or line states: "tot 1 juni", "vanaf 8 juni", "na 1 juni", "van 8 juni tot 15 juni". */
export function periodOf(text: string, reference: string): { van?: string; tot?: string } {
  const between = /(?:van|vanaf)\s+(.+?)\s+(?:tot|t\/m|–|-)\s+(.+)$/i.exec(text);
  if (between) {
    const van = findDayMonth(between[1]!, reference);
    const tot = findDayMonth(between[2]!, reference);
    return { ...(van ? { van } : {}), ...(tot ? { tot } : {}) };
  }
  const tot = /\btot\s+(.+)$/i.exec(text);
  if (tot) {
    const date = findDayMonth(tot[1]!, reference);
    return date ? { tot: date } : {};
  }
  const from = /\b(?:vanaf|na|per|van)\s+(.+)$/i.exec(text);
  if (from) {
    const date = findDayMonth(from[1]!, reference);
    return date ? { van: date } : {};
  }
  return {};
}

export interface RouteMapOptions {
  fileName: string;
  routekaart?: string;
  doelgroepen?: string[];
}

export async function planRouteMap(doc: ConvertedDocument, context: ImportContext, options: RouteMapOptions, recognised: Recognised, attention: Attention[]): Promise<{ planned: PlannedEntry[]; fullText: string }> {
  const split = splitDocument(doc.tree, { titleWords: /^routekaart/i });
  const rawTitle = split.heading ?? doc.meta['title'];
  if (!rawTitle) throw new ImportRefused(`${options.fileName}: geen titel gevonden; begin het document met de titel van de routekaart als kop.`);
  const title = rawTitle.replace(/^routekaart(?:en)?\s*[:\-–]?\s*/i, '').trim() || rawTitle;
  const existing = entriesOf(context, 'routekaarten').find((r) => (options.routekaart ? r.id === options.routekaart : r.id === slugify(title) || r.data.titel.toLowerCase() === title.toLowerCase()));
  if (options.routekaart && !existing) throw new ImportRefused(`${options.fileName}: er is geen routekaart met id "${options.routekaart}".`);
  const date = (split.fields.datum ? findDate(split.fields.datum) : undefined) ?? context.today;
  if (!split.fields.datum) attention.push({ kind: 'datum', message: `Het document noemt geen datum; de versiedatum is de dag van de import (${context.today}).` });
  recognised.title = title;
  recognised.date = date;
  for (const [key, value] of Object.entries(split.fields)) recognised.letterhead[key] = value;
  // Sentences between the title and the first phase are the route map's introduction.
  const introLines = split.skipped;

  // Target groups: from the document, else --doelgroep, else the existing route map's.
  const matchGroup = targetGroupMatcher(context);
  const doelgroepen: string[] = [];
  for (const written of (split.fields.doelgroepen ?? '').split(/\s*(?:,|;|\ben\b)\s*/).filter(Boolean)) {
    const id = matchGroup(written);
    if (id) doelgroepen.push(id);
    else attention.push({ kind: 'titel', message: `Doelgroep "${written}" is niet herkend; kies hem zelf in de routekaart.` });
  }
  for (const id of options.doelgroepen ?? []) if (!doelgroepen.includes(id)) doelgroepen.push(id);

  const matchOrg = organisationMatcher(context);
  const existingActions = new Map<string, Actie>();
  for (const fase of existing?.data.fasen ?? []) for (const actie of fase.acties) existingActions.set(actie.omschrijving.toLowerCase(), actie);
  const existingPhases = new Map((existing?.data.fasen ?? []).map((f: Fase, i: number) => [f.titel.toLowerCase(), f.id ?? `fase-${i + 1}`]));

  // Phases: the headings of the text.
  const fasen: PlainFase[] = [];
  const intro: RootContent[] = [];
  let current: PlainFase | undefined;
  const depths = split.body.filter((b) => b.type === 'heading').map((b) => (b as { depth: number }).depth);
  const top = depths.length ? Math.min(...depths) : 0;
  for (const block of split.body) {
    if (block.type === 'heading' && block.depth === top) {
      const titel = plainText(block);
      const period = periodOf(titel, date);
      current = { id: existingPhases.get(titel.toLowerCase()) ?? slugify(titel), titel, ...period, acties: [] };
      fasen.push(current);
      continue;
    }
    if (!current) {
      intro.push(block);
      continue;
    }
    if (block.type === 'table') {
      readActions(block, current, date, matchOrg, existingActions, recognised, attention);
      continue;
    }
    const text = plainText([block]);
    if (!text) continue;
    const periodLine = /^(?:periode|looptijd)\s*:?\s*(.+)$/i.exec(text);
    if (periodLine) {
      const period = periodOf(periodLine[1]!.startsWith('van') || periodLine[1]!.startsWith('tot') ? periodLine[1]! : `van ${periodLine[1]}`, date);
      Object.assign(current, period);
      continue;
    }
    current.omschrijving = current.omschrijving ? `${current.omschrijving} ${text}` : text;
  }
  // Keys in the order authors write them.
  for (const [i, f] of fasen.entries()) {
    fasen[i] = { ...(f.id ? { id: f.id } : {}), titel: f.titel, ...(f.van ? { van: f.van } : {}), ...(f.tot ? { tot: f.tot } : {}), ...(f.omschrijving ? { omschrijving: f.omschrijving } : {}), acties: f.acties };
  }
  if (fasen.length === 0) throw new ImportRefused(`${options.fileName}: geen fasen gevonden. Een routekaart heeft per fase een kop (bijvoorbeeld "Periode tot 1 juni") met daaronder een tabel met acties.`);
  for (const fase of fasen) {
    recognised.phases.push({ title: fase.titel, actions: fase.acties.length });
    if (!fase.van && !fase.tot) attention.push({ kind: 'datum', message: `Fase "${fase.titel}" noemt geen periode (van/tot); vul die zelf in.` });
  }
  const bodyText = markdownOf([...introLines.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] }) as RootContent), ...intro.filter((b) => plainText([b]) !== '')]);
  const fullText = [bodyText, ...fasen.flatMap((f) => [f.titel, f.omschrijving ?? '', ...f.acties.map((a) => a.omschrijving)])].join('\n');

  if (existing) {
    reserveId(context, 'routekaarten', existing.id);
    const current = await existingText(context, 'routekaarten', existing.id);
    const file = context.files.get(`routekaarten/${existing.id}`)!;
    const same = JSON.stringify(normaliseFasen(existing.data.fasen)) === JSON.stringify(normaliseFasen(fasen as never));
    if (same || current === undefined) {
      return { planned: [{ collection: 'routekaarten', id: existing.id, title: existing.data.titel, text: current ?? '', action: 'ongewijzigd', ext: file.ext as '.md' }], fullText };
    }
    const versie = split.fields.versie && split.fields.versie !== existing.data.versie ? split.fields.versie : bumpVersion(existing.data.versie);
    const count = fasen.reduce((n, f) => n + f.acties.length, 0);
    const note = `Versie ${versie} geïmporteerd uit ${options.fileName}: ${fasen.length} fasen, ${count} acties (was versie ${existing.data.versie}); concept, nog te beoordelen.`;
    const text = newVersion(current, { versie, versiedatum: date, note, fasen });
    return { planned: [{ collection: 'routekaarten', id: existing.id, title: existing.data.titel, text, action: 'nieuwe versie', ext: file.ext as '.md', note: `versie ${existing.data.versie} → ${versie}` }], fullText };
  }
  if (doelgroepen.length === 0) {
    throw new ImportRefused(`${options.fileName}: een routekaart heeft minstens één doelgroep, en het document noemt er geen die bestaat. Geef er een mee met --doelgroep <id>.`);
  }
  const id = newId(context, 'routekaarten', title);
  const frontmatter = {
    titel: title,
    zichtbaarheid: 'intern',
    doelgroepen,
    versie: split.fields.versie ?? '0.1',
    versiedatum: date,
    status: 'concept',
    fasen,
  };
  return { planned: [{ collection: 'routekaarten', id, title, text: entryText(frontmatter, bodyText), action: 'nieuw', ext: '.md' }], fullText };
}

function normaliseFasen(fasen: readonly PlainFase[]): unknown {
  return fasen.map((f) => ({
    titel: f.titel,
    van: f.van ?? null,
    tot: f.tot ?? null,
    omschrijving: f.omschrijving ?? null,
    acties: f.acties.map((a) => ({ omschrijving: a.omschrijving, eigenaar: a.eigenaar, deadline: a.deadline ?? null, status: a.status ?? 'open' })),
  }));
}

function readActions(
  table: Table,
  fase: PlainFase,
  reference: string,
  matchOrg: (written: string) => string | undefined,
  existing: Map<string, Actie>,
  recognised: Recognised,
  attention: Attention[],
): void {
  const [header, ...rows] = table.children.map((row) => row.children.map((cell) => textOf(cell).replace(/\s+/g, ' ').trim()));
  if (!header) return;
  const column = (pattern: RegExp) => header.findIndex((h) => pattern.test(h.replace(/:$/, '')));
  const c = { omschrijving: column(HEADER.omschrijving), eigenaar: column(HEADER.eigenaar), deadline: column(HEADER.deadline), status: column(HEADER.status) };
  if (c.omschrijving < 0 || c.eigenaar < 0) {
    attention.push({ kind: 'overgeslagen', message: `Tabel in fase "${fase.titel}" zonder kolommen "Actie" en "Eigenaar" (kolommen: ${header.join(', ')}); niet als acties gelezen.` });
    return;
  }
  for (const cells of rows) {
    const omschrijving = cells[c.omschrijving] ?? '';
    if (omschrijving.length < 3) continue;
    const ownerText = cells[c.eigenaar] ?? '';
    const owners = ownerText.split(/\s*(?:,|;|\/|&|\ben\b)\s*/).filter(Boolean).map((written) => ({ written, id: matchOrg(written) }));
    const owner = owners.find((o) => o.id)?.id;
    const deadlineText = c.deadline >= 0 ? (cells[c.deadline] ?? '') : '';
    const deadline = deadlineText ? findDayMonth(deadlineText, reference) : undefined;
    const statusText = c.status >= 0 ? (cells[c.status] ?? '').toLowerCase() : '';
    const status = (ACTIE_STATUSSEN as readonly string[]).includes(statusText) ? statusText : 'open';
    if (statusText && status !== statusText) attention.push({ kind: 'overgeslagen', message: `Status "${cells[c.status]}" van actie "${omschrijving}" is geen ${ACTIE_STATUSSEN.join('/')}; gezet op open.` });
    if (deadlineText && !deadline) attention.push({ kind: 'datum', message: `Deadline "${deadlineText}" van actie "${omschrijving}" is geen datum; vul hem zelf in.` });
    for (const o of owners) if (!o.id) attention.push({ kind: 'eigenaar', message: `Eigenaar "${o.written}" van actie "${omschrijving}" (fase "${fase.titel}") is geen bekende organisatie.` });
    const known = existing.get(omschrijving.toLowerCase());
    recognised.actions.push({
      marker: ownerText ? `${ownerText}` : '(geen eigenaar)',
      description: omschrijving,
      owners,
      ...(deadline ? { deadline, deadlinePhrase: deadlineText } : {}),
      ...(owner ? { target: `fase ${fase.titel}` } : {}),
    });
    if (!owner) {
      attention.push({ kind: 'eigenaar', message: `Actie "${omschrijving}" (fase "${fase.titel}") is niet geïmporteerd: geen herkende eigenaar ("${ownerText}").` });
      continue;
    }
    fase.acties.push({ omschrijving, eigenaar: owner, ...(deadline ? { deadline } : {}), status, ...(known?.maatregel ? { maatregel: known.maatregel } : {}) });
  }
}

