/**
 * The letterhead and page headers of a letter or minutes: the labelled fields ("Kenmerk",
 * "Datum", "Betreft", "Uw brief", "Vergaderdatum", "Aanwezig", …) become metadata, the address
 * blocks ("Bezoekadres", "Postbus", "Retouradres", …) are left out, and page headers that Word
 * repeats on every page (the kenmerk, the date, the sidebar) are removed from the text. Only
 * the zone before the text proper (up to the salutation or the first heading) is read as
 * letterhead; inside the text only exact repeats of that zone, the known kenmerk/date and bare
 * page numbers are removed, so no sentence of the letter can be taken for a header.
 */
import type { FootnoteDefinition, Nodes, RootContent, Root, Table } from 'mdast';

/** Fields read from the letterhead, by canonical label. */
export type Field = 'kenmerk' | 'uwKenmerk' | 'datum' | 'betreft' | 'vergaderdatum' | 'vergaderplaats' | 'aanwezig' | 'afwezig' | 'versie' | 'doelgroepen' | 'status';

const FIELD_LABELS: readonly [RegExp, Field][] = [
  [/^(?:ons )?kenmerk$/i, 'kenmerk'],
  [/^uw (?:kenmerk|brief|brief van)$/i, 'uwKenmerk'],
  [/^(?:datum|dagtekening)$/i, 'datum'],
  [/^(?:betreft|onderwerp)$/i, 'betreft'],
  [/^vergaderdatum(?: en -?tijd)?$/i, 'vergaderdatum'],
  [/^(?:vergaderplaats|locatie)$/i, 'vergaderplaats'],
  [/^(?:aanwezig|aanwezigen|deelnemers)$/i, 'aanwezig'],
  [/^(?:afwezig|afwezigen|afgemeld)$/i, 'afwezig'],
  [/^versie$/i, 'versie'],
  [/^doelgroep(?:en)?$/i, 'doelgroepen'],
  [/^status$/i, 'status'],
];
const LABELS_WITH_VALUE = /^(ons kenmerk|uw kenmerk|uw brief van|uw brief|kenmerk|dagtekening|datum|betreft|onderwerp|vergaderdatum en -?tijd|vergaderdatum|vergaderplaats|locatie|aanwezigen|aanwezig|deelnemers|afwezigen|afwezig|afgemeld|versie|doelgroepen|doelgroep|status)\s*:?\s*(?:\t|\s)\s*(.+)$/i;
const LABEL_ONLY = /^(ons kenmerk|uw kenmerk|uw brief van|uw brief|kenmerk|dagtekening|datum|betreft|onderwerp|vergaderdatum en -?tijd|vergaderdatum|vergaderplaats|locatie|aanwezigen|aanwezig|deelnemers|afwezigen|afwezig|afgemeld|versie|doelgroepen|doelgroep|status)\s*:?$/i;

/** Letterhead lines that carry no metadata: addresses, contact details, page counts. */
const BOILERPLATE =
  /^(?:>\s*)?(?:bezoekadres|postadres|postbus|retouradres|inlichtingen(?: bij)?|contactpersoon|bijlage\(?n?\)?|aantal pagina'?s|pagina \d+ van \d+|correspondentie uitsluitend|t\s*\+?\d|f\s*\+?\d|tel\.?|e-?mail|www\.|https?:|\d{4}\s?[a-z]{2}\b|ministerie van|aan de voorzitter|de voorzitter van|tweede kamer der staten|eerste kamer der staten|den haag|directie |directoraat|bureau |secretaris.generaal|\(senior\) adviseur|adviseur)/i;

const BARE_LABEL = /^(?:inlichtingen bij|aantal pagina'?s|bijlagen?|bijlage\(n\)|contactpersoon|bezoekadres|postadres|retouradres)\s*:?$/i;

export interface SplitDocument {
  /** The text proper: blocks after the letterhead, page headers removed (footnote definitions apart). */
  body: RootContent[];
  definitions: Map<string, FootnoteDefinition>;
  fields: Partial<Record<Field, string>>;
  /** The document's own title when it starts with one ("verslag", "Routekaart Herstart dagbesteding"). */
  heading?: string;
  /** The salutation ("Geachte voorzitter,"), when there is one. */
  salutation?: string;
  /** Letterhead text recognised as address or contact details. */
  letterhead: string[];
  /** Letterhead text that was neither a field nor a known address line. */
  skipped: string[];
  /** How many page headers (repeats of the letterhead) were removed from the text. */
  pageHeaders: number;
}

/** Plain text of a block, with line breaks kept. */
export function textOf(node: Nodes | RootContent): string {
  if (node.type === 'break') return '\n';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) {
    const separator = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' ? '' : '\n';
    return (node.children as RootContent[]).map(textOf).join(separator);
  }
  return '';
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

function labelOf(line: string): Field | undefined {
  const bare = line.replace(/:$/, '').trim();
  return FIELD_LABELS.find(([pattern]) => pattern.test(bare))?.[1];
}

/** Split a converted document into its letterhead fields and its text. */
export function splitDocument(tree: Root, options: { titleWords?: RegExp } = {}): SplitDocument {
  const definitions = new Map<string, FootnoteDefinition>();
  const blocks: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type === 'footnoteDefinition') definitions.set(node.identifier, node);
    else blocks.push(node);
  }
  const fields: Partial<Record<Field, string>> = {};
  const letterhead: string[] = [];
  const skipped: string[] = [];
  const headTexts = new Set<string>();
  let heading: string | undefined;
  let salutation: string | undefined;
  let pending: Field | undefined;
  let carry = false;
  let index = 0;

  const take = (field: Field, value: string) => {
    const clean = value.replace(/\s+/g, ' ').trim();
    if (!clean) return;
    if (fields[field] === undefined) fields[field] = clean;
  };
  const readLines = (lines: string[]) => {
    // Lines after an address line in the same block ("Bezoekadres", then street and town) belong to it.
    let inAddress = carry;
    carry = false;
    for (const raw of lines) {
      const line = raw.replace(/\u00a0/g, ' ').trim();
      if (!line) continue;
      const withValue = LABELS_WITH_VALUE.exec(line);
      if (LABEL_ONLY.test(line)) {
        pending = labelOf(line);
      } else if (withValue && labelOf(withValue[1]!)) {
        take(labelOf(withValue[1]!)!, withValue[2]!);
        pending = undefined;
      } else if (pending) {
        take(pending, line);
        pending = undefined;
      } else if (BOILERPLATE.test(line) || inAddress) {
        letterhead.push(line);
        inAddress = true;
        // A label on its own ("Inlichtingen bij", "Aantal pagina's"): its value is the next block.
        carry = lines.length === 1 && BARE_LABEL.test(line);
      } else {
        skipped.push(line);
      }
    }
  };
  /** A letterhead set as a table (label | value, or a sidebar of address lines): fields and address, not text. */
  const readTable = (table: Table): boolean => {
    const rows = table.children.map((row) => row.children.map((cell) => textOf(cell).trim()));
    const isHead = (cells: string[]) => cells.every((c) => !c) || labelOf(cells[0]!.split('\n')[0]!) !== undefined || BOILERPLATE.test(cells[0]!);
    if (rows.length === 0 || rows.filter(isHead).length * 2 < rows.length) return false;
    for (const cells of rows) {
      const label = cells.length >= 2 ? labelOf(cells[0]!) : undefined;
      if (label) take(label, cells.slice(1).join(' '));
      else readLines(cells.join('\n').split('\n'));
    }
    return true;
  };

  for (; index < blocks.length; index++) {
    const node = blocks[index]!;
    const text = textOf(node).trim();
    if (node.type === 'heading') {
      // A first heading that names the document (its kind or its title) is letterhead.
      if (heading === undefined && index === blocks.findIndex((b) => b.type === 'heading') && (node.depth === 1 || (options.titleWords?.test(text) ?? false))) {
        heading = text;
        headTexts.add(normalise(text));
        continue;
      }
      break;
    }
    if (/^geachte\b/i.test(text)) {
      salutation = text;
      index++;
      break;
    }
    if (node.type === 'table' && readTable(node)) continue;
    if (node.type === 'paragraph' || node.type === 'html') {
      headTexts.add(normalise(text));
      readLines(text.split('\n'));
      continue;
    }
    // A list or table before any heading or salutation is text, not letterhead.
    break;
  }

  // Page headers repeated inside the text.
  const kenmerk = fields.kenmerk ? normalise(fields.kenmerk) : undefined;
  const datum = fields.datum ? normalise(fields.datum) : undefined;
  let pageHeaders = 0;
  const body: RootContent[] = [];
  let pendingRepeat = false;
  for (const node of blocks.slice(index)) {
    if (node.type === 'paragraph') {
      const text = normalise(textOf(node));
      const isRepeat =
        headTexts.has(text) ||
        /^\d{1,3}$/.test(text) ||
        /^pagina \d+ van \d+$/.test(text) ||
        (kenmerk !== undefined && (text === `kenmerk ${kenmerk}` || text === `kenmerk: ${kenmerk}` || (pendingRepeat && text === kenmerk))) ||
        (datum !== undefined && (text === `datum ${datum}` || text === `datum: ${datum}` || (pendingRepeat && text === datum)));
      if (isRepeat || ((text === 'kenmerk' || text === 'datum') && (kenmerk !== undefined || datum !== undefined))) {
        pageHeaders++;
        pendingRepeat = text === 'kenmerk' || text === 'datum';
        continue;
      }
    }
    pendingRepeat = false;
    body.push(node);
  }
  return { body, definitions, fields, ...(heading ? { heading } : {}), ...(salutation ? { salutation } : {}), letterhead, skipped, pageHeaders };
}

/** Identifiers of the footnotes referenced in `nodes`, in order of first reference. */
export function footnotesIn(nodes: readonly RootContent[]): string[] {
  const found: string[] = [];
  const walk = (node: RootContent) => {
    if (node.type === 'footnoteReference' && !found.includes(node.identifier)) found.push(node.identifier);
    if ('children' in node) for (const child of node.children as RootContent[]) walk(child);
  };
  nodes.forEach(walk);
  return found;
}

