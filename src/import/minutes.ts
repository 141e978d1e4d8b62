/**
 * Minutes (verslag) → a source (soort verslag) with the meeting date and the participants
 * (organisations recognised by abbreviation become links to their entries; unknown ones are
 * reported, never invented), and one draft action for every "(actie …)" with its owner(s) and
 * the deadline the text states, relative to the meeting date. The actions go into a named
 * route map's phase (a new version of that route map) or into a new draft route map.
 */
import type { RootContent } from 'mdast';
import { findDate, findDeadline, longDate } from './dates.ts';
import { ImportRefused } from './detect.ts';
import { entriesOf, entryText, existingText, newId, organisationMatcher, reserveId, type ImportContext, type PlannedEntry } from './context.ts';
import { splitDocument, textOf } from './letterhead.ts';
import { markdownOf } from './markdown.ts';
import { bumpVersion, newVersion, type PlainActie } from './routemap.ts';
import type { ConvertedDocument } from './convert.ts';
import type { Attention, Recognised, RecognisedAction } from './report.ts';
import { findRedactions } from '../domain/redactions.ts';

export interface MinutesOptions {
  fileName: string;
  routekaart?: string;
  fase?: string;
  doelgroepen?: string[];
  date?: string;
}

const ACTION = /\((actie|Actie|ACTIE)\s+([^()]{1,80})\)/g;

/** Owners named in an action marker: "MEVA en Dco" → ["MEVA", "Dco"]. */
export function ownersOf(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\/|&|\+|\ben\b)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every "(actie …)" in a text, with the sentences it closes (from the previous marker or the start). */
export function findActions(text: string): { marker: string; owners: string[]; description: string }[] {
  const found: { marker: string; owners: string[]; description: string }[] = [];
  let from = 0;
  for (const match of text.matchAll(ACTION)) {
    const end = match.index + match[0].length;
    const period = /^\s*\./.exec(text.slice(end)) ? text.slice(end).indexOf('.') + 1 : 0;
    let description = text.slice(from, end + period).replace(/\s+/g, ' ').trim();
    // Start at a sentence, not in the middle of one left after a previous marker's full stop.
    description = description.replace(/^[.;,]\s*/, '');
    found.push({ marker: match[0], owners: ownersOf(match[2]!), description });
    from = end + period;
  }
  return found;
}

/** Participants: "(10)(2e) (MEVA), DG LZ, …" → the organisations written, in order. */
export function participantsOf(text: string): string[] {
  const cleaned = text.replace(/\((?:10|11)\)\s?\(\d{1,2}\s?[a-z]?\)/g, ' ');
  const names: string[] = [];
  for (const item of cleaned.split(/,/)) {
    const bracketed = [...item.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!.trim());
    if (bracketed.length) names.push(...bracketed);
    else if (item.trim()) names.push(item.trim());
  }
  return names.filter((n) => n.length > 0 && n.length <= 60);
}

/** Plain text of the paragraph-level blocks where actions are written (list items' own paragraphs, paragraphs). */
function actionTexts(blocks: readonly RootContent[]): string[] {
  const texts: string[] = [];
  const walk = (node: RootContent) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      texts.push(textOf(node).replace(/\s+/g, ' ').trim());
      return;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) walk(child);
  };
  blocks.forEach(walk);
  return texts;
}

export async function planMinutes(doc: ConvertedDocument, context: ImportContext, options: MinutesOptions, recognised: Recognised, attention: Attention[]): Promise<{ planned: PlannedEntry[]; fullText: string }> {
  const split = splitDocument(doc.tree, { titleWords: /^(?:verslag|notulen|actielijst)$/i });
  const subject = split.fields.betreft ?? (split.heading && !/^(?:verslag|notulen)$/i.test(split.heading) ? split.heading : undefined);
  if (!subject) throw new ImportRefused(`${options.fileName}: geen onderwerp gevonden (geen regel "Betreft …"); het verslag krijgt zijn titel daaruit.`);
  const date = (split.fields.vergaderdatum ? findDate(split.fields.vergaderdatum) : undefined) ?? (split.fields.datum ? findDate(split.fields.datum) : undefined) ?? options.date;
  if (!date) throw new ImportRefused(`${options.fileName}: geen vergaderdatum gevonden (geen regel "Vergaderdatum …" of "Datum …"). Geef hem mee met --datum JJJJ-MM-DD.`);
  if (split.fields.vergaderdatum && split.fields.datum && findDate(split.fields.datum) !== date) {
    attention.push({ kind: 'datum', message: `Het briefhoofd noemt ${split.fields.datum}, de vergaderdatum is ${split.fields.vergaderdatum}; het verslag en de deadlines gaan uit van ${date}.` });
  }
  const title = `Verslag ${subject} van ${longDate(date)}`;
  recognised.title = title;
  recognised.date = date;
  for (const [key, value] of Object.entries(split.fields)) recognised.letterhead[key] = value;
  if (split.letterhead.length) recognised.letterhead['briefhoofd (weggelaten)'] = split.letterhead.join(' / ');
  if (split.pageHeaders) recognised.letterhead['paginakoppen (weggelaten)'] = String(split.pageHeaders);
  for (const line of split.skipped) attention.push({ kind: 'overgeslagen', message: `Briefhoofd, niet herkend en niet overgenomen: "${line}"` });

  // Participants.
  const matchOrg = organisationMatcher(context);
  const present = split.fields.aanwezig ?? '';
  for (const written of participantsOf(present)) {
    const id = matchOrg(written);
    if (!recognised.participants.some((p) => p.written === written)) recognised.participants.push({ written, ...(id ? { id } : {}) });
  }
  const unknown = recognised.participants.filter((p) => !p.id).map((p) => p.written);
  if (unknown.length) attention.push({ kind: 'deelnemer', message: `Deelnemers niet herkend als organisatie: ${unknown.join(', ')}. Voeg ze zo nodig toe aan organisaties/ (met afkorting) of laat ze zo.` });
  const link = (name: string) => {
    const id = findRedactions(name).length ? undefined : matchOrg(name.trim());
    return id ? `[${name.trim()}](/organisaties/${id}/)` : undefined;
  };
  const linked = present
    .split(/(,\s*)/)
    .map((part) => {
      if (/^,\s*$/.test(part)) return part;
      if (part.includes('(')) return part.replace(/\(([^()]+)\)/g, (whole, name: string) => (link(name) ? `(${link(name)})` : whole));
      const linkedPart = link(part);
      return linkedPart ? part.replace(part.trim(), linkedPart) : part;
    })
    .join('');

  // The source: participants first, then the minutes' text.
  const afzender = matchOrg(subject);
  const body = [
    present ? `**Aanwezig:** ${linked}\n` : '',
    split.fields.vergaderplaats ? `**Vergaderplaats:** ${split.fields.vergaderplaats}\n` : '',
    split.fields.vergaderdatum ? `**Vergaderdatum:** ${split.fields.vergaderdatum}\n` : '',
    markdownOf([...split.body, ...[...split.definitions.values()]]),
  ]
    .filter(Boolean)
    .join('\n');
  recognised.footnotes = [...split.definitions.values()].map((d) => ({ label: d.identifier, text: textOf(d).replace(/\s+/g, ' ').trim() }));
  const planned: PlannedEntry[] = [];
  const frontmatter = { titel: title, soort: 'verslag', datum: date, ...(afzender ? { afzender } : {}), zichtbaarheid: 'intern' };
  const same = entriesOf(context, 'bronnen').find((b) => b.data.soort === 'verslag' && b.data.datum === date && b.data.titel.toLowerCase() === title.toLowerCase());
  let bronId: string;
  const text = entryText(frontmatter, body);
  if (same) {
    bronId = same.id;
    reserveId(context, 'bronnen', bronId);
    const unchanged = (await existingText(context, 'bronnen', bronId)) === text;
    planned.push({ collection: 'bronnen', id: bronId, title: same.data.titel, text, action: unchanged ? 'ongewijzigd' : 'bestaand', ext: '.md', ...(unchanged ? {} : { note: 'dit verslag staat er al; niet overschreven' }) });
    if (!unchanged) attention.push({ kind: 'bestaand', message: `Het verslag staat al in bronnen/${bronId}; die bron is niet overschreven.` });
  } else {
    bronId = newId(context, 'bronnen', title);
    planned.push({ collection: 'bronnen', id: bronId, title, text, action: 'nieuw', ext: '.md' });
  }

  // Actions.
  const actions: PlainActie[] = [];
  /** The recognised actions that are imported: their target is set once it is known. */
  const imported: RecognisedAction[] = [];
  const setTarget = (target: string) => {
    for (const a of imported) a.target = target;
  };
  for (const paragraph of actionTexts(split.body)) {
    for (const found of findActions(paragraph)) {
      const owners = found.owners.map((written) => ({ written, id: matchOrg(written) }));
      const deadline = findDeadline(found.description, date);
      const report: RecognisedAction = { marker: found.marker, description: found.description, owners, ...(deadline.date ? { deadline: deadline.date, deadlinePhrase: deadline.phrase! } : {}) };
      recognised.actions.push(report);
      for (const o of owners) if (!o.id) attention.push({ kind: 'eigenaar', message: `${found.marker}: "${o.written}" is geen bekende organisatie (afkorting of naam); kies de eigenaar zelf.` });
      if (deadline.unresolved) attention.push({ kind: 'datum', message: `${found.marker}: "${deadline.unresolved}" is geen datum; vul de deadline zelf in.` });
      const owner = owners.find((o) => o.id)?.id;
      if (!owner) {
        attention.push({ kind: 'eigenaar', message: `${found.marker} is niet geïmporteerd: geen herkende eigenaar. Tekst: "${found.description}"` });
        continue;
      }
      // An action has one owner in the route-map schema (`eigenaar`, one organisation): the others
      // stay in the description, which keeps the marker as written, and the report says so.
      const others = owners.filter((o) => o.id && o.id !== owner).map((o) => o.id!);
      if (others.length) attention.push({ kind: 'eigenaar', message: `${found.marker}: eigenaar is ${owner}; ${others.join(' en ')} ${others.length === 1 ? 'staat' : 'staan'} alleen in de omschrijving (een actie heeft één eigenaar). Maak zo nodig een tweede actie.` });
      actions.push({ omschrijving: found.description, eigenaar: owner, ...(deadline.date ? { deadline: deadline.date } : {}), status: 'open' });
      imported.push(report);
    }
  }

  // Into a named route map's phase, or a new route map.
  if (options.routekaart) {
    const map = entriesOf(context, 'routekaarten').find((r) => r.id === options.routekaart);
    if (!map) throw new ImportRefused(`${options.fileName}: er is geen routekaart met id "${options.routekaart}".`);
    const faseIndex = options.fase === undefined ? map.data.fasen.length - 1 : map.data.fasen.findIndex((f, i) => (f.id ?? `fase-${i + 1}`) === options.fase || f.titel.toLowerCase() === options.fase!.toLowerCase());
    if (faseIndex < 0) {
      throw new ImportRefused(`${options.fileName}: routekaart "${map.id}" heeft geen fase "${options.fase}"; kies uit: ${map.data.fasen.map((f, i) => f.id ?? `fase-${i + 1}`).join(', ')}.`);
    }
    const fase = map.data.fasen[faseIndex]!;
    const faseId = fase.id ?? `fase-${faseIndex + 1}`;
    const have = new Set(map.data.fasen.flatMap((f) => f.acties.map((a) => `${a.eigenaar}|${a.omschrijving.toLowerCase()}`)));
    const added = actions.filter((a) => !have.has(`${a.eigenaar}|${a.omschrijving.toLowerCase()}`));
    setTarget(`routekaarten/${map.id}#${faseId}`);
    reserveId(context, 'routekaarten', map.id);
    const current = (await existingText(context, 'routekaarten', map.id))!;
    const file = context.files.get(`routekaarten/${map.id}`)!;
    if (added.length === 0) {
      planned.push({ collection: 'routekaarten', id: map.id, title: map.data.titel, text: current, action: 'ongewijzigd', ext: file.ext as '.md', note: 'alle acties staan er al in' });
    } else {
      const versie = bumpVersion(map.data.versie);
      const note = `${added.length} ${added.length === 1 ? 'actie' : 'acties'} toegevoegd aan fase "${fase.titel}" uit het verslag "${title}" (import); concept, nog te beoordelen.`;
      const text = newVersion(current, { versie, versiedatum: context.today, note, append: { fase: faseIndex, acties: added }, bronnen: [bronId] });
      planned.push({ collection: 'routekaarten', id: map.id, title: map.data.titel, text, action: 'nieuwe versie', ext: file.ext as '.md', note: `versie ${map.data.versie} → ${versie}, ${added.length} acties erbij in fase ${faseId}` });
    }
  } else if (actions.length > 0) {
    const mapTitle = `Acties uit het ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
    const same = entriesOf(context, 'routekaarten').find((r) => r.data.titel.toLowerCase() === mapTitle.toLowerCase());
    if (!same && !(options.doelgroepen?.length)) {
      throw new ImportRefused(
        `${options.fileName}: het verslag heeft ${actions.length} acties. Zet ze in een bestaande routekaart met --routekaart <id> --fase <fase-id>, of geef voor een nieuwe routekaart de doelgroep mee met --doelgroep <id> (een routekaart heeft minstens één doelgroep).`,
      );
    }
    const frontmatter = {
      titel: mapTitle,
      zichtbaarheid: 'intern',
      doelgroepen: options.doelgroepen?.length ? options.doelgroepen : same!.data.doelgroepen,
      versie: '0.1',
      versiedatum: date,
      status: 'concept',
      bronnen: [bronId],
      fasen: [{ id: 'acties', titel: `Acties uit het overleg van ${longDate(date)}`, van: date, acties: actions }],
    };
    const text = entryText(frontmatter, `Acties uit het [verslag van ${longDate(date)}](/bronnen/${bronId}/), geïmporteerd als concept. Controleer eigenaren en deadlines.`);
    if (same) {
      reserveId(context, 'routekaarten', same.id);
      const unchanged = (await existingText(context, 'routekaarten', same.id)) === text;
      planned.push({ collection: 'routekaarten', id: same.id, title: mapTitle, text, action: unchanged ? 'ongewijzigd' : 'bestaand', ext: '.md' });
      setTarget(`routekaarten/${same.id}#acties`);
    } else {
      const id = newId(context, 'routekaarten', mapTitle);
      planned.push({ collection: 'routekaarten', id, title: mapTitle, text, action: 'nieuw', ext: '.md' });
      setTarget(`routekaarten/${id}#acties`);
    }
  }
  return { planned, fullText: body };
}
