/**
 * A letter (Kamerbrief) → one source in bronnen/ (title, date, kenmerk, Kamerstuk number when
 * the publication carries one, the full text) and one draft passage per section (status
 * `concept`, internal, `gebruiktIn`/`bronnen` pointing to the source, the section's heading as
 * title). Footnotes stay GFM footnotes, each passage carrying the notes it references.
 */
import type { FootnoteDefinition, RootContent } from 'mdast';
import type { KamerstukVerwijzing } from '../collections/bronnen.ts';
import { findDate } from './dates.ts';
import { ImportRefused } from './detect.ts';
import { entriesOf, entryText, existingText, newId, reserveId, type ImportContext, type PlannedEntry } from './context.ts';
import { footnotesIn, splitDocument, textOf } from './letterhead.ts';
import { markdownOf, plainText } from './markdown.ts';
import type { ConvertedDocument } from './convert.ts';
import type { Attention, Recognised } from './report.ts';

export interface LetterOptions {
  fileName: string;
  /** The date to use when the letter states none. */
  date?: string;
}

export interface Section {
  title: string;
  blocks: RootContent[];
}

/** The body split at its headings of the shallowest depth; text before the first heading is the opening. */
export function sections(blocks: readonly RootContent[]): { opening: RootContent[]; sections: Section[] } {
  const depths = blocks.filter((b) => b.type === 'heading').map((b) => (b as { depth: number }).depth);
  const top = depths.length ? Math.min(...depths) : 0;
  const opening: RootContent[] = [];
  const result: Section[] = [];
  for (const block of blocks) {
    if (block.type === 'heading' && block.depth === top) result.push({ title: plainText(block), blocks: [] });
    else if (result.length) result[result.length - 1]!.blocks.push(block);
    else opening.push(block);
  }
  return { opening, sections: result };
}

const CLOSING = /^(?:hoogachtend|met vriendelijke groet|met de meeste hoogachting)/i;

export function kamerstukFromMeta(meta: Record<string, string>): KamerstukVerwijzing | undefined {
  const dossierRaw = meta['OVERHEIDop.dossiernummer'] ?? meta['DC.identifier']?.match(/^kst-(\d{5})/)?.[1];
  const nummer = meta['OVERHEIDop.ondernummer'] ?? meta['DC.identifier']?.match(/^kst-\d{5}(?:-[A-Z]+)?-(\w+)$/)?.[1];
  if (!dossierRaw || !nummer) return undefined;
  const digits = dossierRaw.replace(/\D/g, '');
  if (digits.length !== 5) return undefined;
  const suffix = /^\d{2}\s?\d{3}[-\s]+([A-Z]+)$/.exec(dossierRaw.trim())?.[1];
  const vergaderjaar = meta['OVERHEIDop.vergaderjaar'] ?? meta['DCTERMS.vergaderjaar'];
  return {
    ...(vergaderjaar && /^\d{4}[-/]\d{2,4}$/.test(vergaderjaar) ? { vergaderjaar } : {}),
    dossier: `${digits.slice(0, 2)} ${digits.slice(2)}`,
    ...(suffix ? { ondernummer: suffix } : {}),
    nummer: /^\d+$/.test(nummer) ? nummer : nummer.toUpperCase(),
  };
}

export async function planLetter(doc: ConvertedDocument, context: ImportContext, options: LetterOptions, recognised: Recognised, attention: Attention[]): Promise<{ planned: PlannedEntry[]; fullText: string }> {
  const split = splitDocument(doc.tree, { titleWords: /^(?:brief|kamerbrief)$/i });
  const meta = doc.meta;
  const kenmerk = split.fields.kenmerk ?? meta['OVERHEIDop.kenmerk'];
  const title =
    split.fields.betreft ?? meta['DC.title'] ?? meta['OVERHEIDop.documenttitel'] ?? (split.heading && !/^(?:brief|kamerbrief)$/i.test(split.heading) ? split.heading : undefined) ?? meta['title'];
  if (!title || title.length < 3) {
    throw new ImportRefused(`${options.fileName}: geen titel gevonden (geen "Betreft" in het briefhoofd en geen documenttitel). Voeg een regel "Betreft …" toe.`);
  }
  const date = (split.fields.datum ? findDate(split.fields.datum) : undefined) ?? findDate(meta['DCTERMS.issued'] ?? meta['OVERHEIDop.datumBrief'] ?? meta['DC.date'] ?? '') ?? options.date;
  if (!date) {
    throw new ImportRefused(
      `${options.fileName}: geen datum gevonden${split.fields.datum ? ` ("Datum ${split.fields.datum}" is geen leesbare datum)` : ' (geen "Datum" in het briefhoofd)'}. Geef hem mee met --datum JJJJ-MM-DD.`,
    );
  }
  if (!split.fields.datum && options.date) attention.push({ kind: 'datum', message: `De brief noemt geen datum; ${date} komt uit --datum.` });
  const kamerstuk = kamerstukFromMeta(meta);
  recognised.title = title;
  recognised.date = date;
  if (kenmerk) recognised.kenmerk = kenmerk;
  if (kamerstuk) recognised.kamerstuk = `${kamerstuk.vergaderjaar ? `Kamerstukken II ${kamerstuk.vergaderjaar}, ` : ''}${kamerstuk.dossier}${kamerstuk.ondernummer ? ` ${kamerstuk.ondernummer}` : ''}, nr. ${kamerstuk.nummer}`;
  for (const [key, value] of Object.entries(split.fields)) recognised.letterhead[key] = value;
  if (split.letterhead.length) recognised.letterhead['briefhoofd (weggelaten)'] = split.letterhead.join(' / ');
  for (const line of split.skipped) attention.push({ kind: 'overgeslagen', message: `Briefhoofd, niet herkend en niet overgenomen: "${line}"` });
  if (split.pageHeaders) recognised.letterhead['paginakoppen (weggelaten)'] = String(split.pageHeaders);

  // The text proper, and where the closing starts.
  const closingAt = split.body.findIndex((b) => b.type === 'paragraph' && CLOSING.test(textOf(b).trim()));
  const text = closingAt >= 0 ? split.body.slice(0, closingAt) : split.body;
  const { opening, sections: parts } = sections(text);
  const definitionsFor = (blocks: readonly RootContent[]): FootnoteDefinition[] => footnotesIn(blocks).flatMap((id) => split.definitions.get(id) ?? []);

  // The source.
  const bronBlocks: RootContent[] = [...(split.salutation ? [{ type: 'paragraph', children: [{ type: 'text', value: split.salutation }] } as RootContent] : []), ...split.body];
  const bronBody = markdownOf([...bronBlocks, ...definitionsFor(bronBlocks)]);
  const unreferenced = [...split.definitions.keys()].filter((id) => !footnotesIn(bronBlocks).includes(id));
  for (const id of unreferenced) attention.push({ kind: 'overgeslagen', message: `Voetnoot ${id} wordt nergens in de tekst genoemd en is niet overgenomen: "${plainText(split.definitions.get(id)!.children)}"` });

  const planned: PlannedEntry[] = [];
  const bronnen = entriesOf(context, 'bronnen');
  const sameSource = bronnen.find(
    (b) =>
      (kenmerk && b.data.kenmerk?.trim() === kenmerk) ||
      (kamerstuk && b.data.kamerstuk && b.data.kamerstuk.dossier.replace(/\s/g, '') === kamerstuk.dossier.replace(/\s/g, '') && String(b.data.kamerstuk.nummer) === String(kamerstuk.nummer)) ||
      (b.data.soort === 'Kamerbrief' && b.data.datum === date && b.data.titel.toLowerCase() === title.toLowerCase()),
  );
  const bronFrontmatter = { titel: title, soort: 'Kamerbrief', datum: date, kenmerk, kamerstuk, zichtbaarheid: 'intern' };
  recognised.footnotes = footnotesIn(bronBlocks).flatMap((id) => {
    const definition = split.definitions.get(id);
    return definition ? [{ label: id, text: plainText(definition.children) }] : [];
  });
  let bronId: string;
  if (sameSource) {
    bronId = sameSource.id;
    reserveId(context, 'bronnen', bronId);
    const wanted = entryText(bronFrontmatter, bronBody);
    const current = await existingText(context, 'bronnen', bronId);
    const unchanged = current === wanted;
    planned.push({
      collection: 'bronnen',
      id: bronId,
      title: sameSource.data.titel,
      text: wanted,
      action: unchanged ? 'ongewijzigd' : 'bestaand',
      ext: '.md',
      ...(unchanged ? {} : { note: `zelfde ${kenmerk && sameSource.data.kenmerk === kenmerk ? `kenmerk ${kenmerk}` : 'brief'}; niet overschreven, de passages verwijzen ernaar` }),
    });
    if (!unchanged) attention.push({ kind: 'bestaand', message: `De brief staat al in bronnen/${bronId} ("${sameSource.data.titel}"); die bron is niet overschreven. Vergelijk zo nodig de volledige tekst.` });
  } else {
    bronId = newId(context, 'bronnen', title);
    planned.push({ collection: 'bronnen', id: bronId, title, text: entryText(bronFrontmatter, bronBody), action: 'nieuw', ext: '.md' });
  }

  // One passage per section (and one for an opening without heading).
  const passageParts: Section[] = [...(opening.some((b) => plainText([b]).length > 0) ? [{ title: parts.length ? `${title}: inleiding` : title, blocks: opening }] : []), ...parts];
  const passages = entriesOf(context, 'passages');
  const claimed = new Set<string>();
  for (const part of passageParts) {
    const content = part.blocks.filter((b) => !(b.type === 'paragraph' && plainText([b]) === ''));
    if (content.length === 0) {
      attention.push({ kind: 'overgeslagen', message: `Paragraaf "${part.title}" heeft geen tekst; er is geen passage van gemaakt.` });
      continue;
    }
    recognised.sections.push(part.title);
    const body = markdownOf([...content, ...definitionsFor(content)]);
    const frontmatter = {
      titel: part.title.length >= 3 ? part.title : `${title}: ${part.title}`,
      soort: 'Kamerbrief',
      status: 'concept',
      zichtbaarheid: 'intern',
      gebruiktIn: [{ bron: bronId, titel: title, ...(kenmerk ? { kenmerk } : {}), datum: date }],
      bronnen: [bronId],
    };
    const text = entryText(frontmatter, body);
    // The same passage: same title from the same letter, not yet claimed by another section of it;
    // one with exactly this text first (a letter may have two sections with the same heading).
    const candidates = passages.filter((p) => !claimed.has(p.id) && p.data.titel.toLowerCase() === frontmatter.titel.toLowerCase() && (p.data.bronnen.includes(bronId) || p.data.gebruiktIn.some((g) => g.bron === bronId)));
    let same = candidates[0];
    for (const candidate of candidates) {
      if ((await existingText(context, 'passages', candidate.id)) !== text) continue;
      same = candidate;
      break;
    }
    if (same) {
      claimed.add(same.id);
      reserveId(context, 'passages', same.id);
      const unchanged = (await existingText(context, 'passages', same.id)) === text;
      planned.push({ collection: 'passages', id: same.id, title: frontmatter.titel, text, action: unchanged ? 'ongewijzigd' : 'bestaand', ext: '.md', ...(unchanged ? {} : { note: 'al eerder geïmporteerd of met de hand gemaakt, en sindsdien anders: niet overschreven' }) });
    } else {
      planned.push({ collection: 'passages', id: newId(context, 'passages', frontmatter.titel), title: frontmatter.titel, text, action: 'nieuw', ext: '.md' });
    }
  }
  return { planned, fullText: bronBody };
}
