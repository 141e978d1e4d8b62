/**
 * Passages: approved text for letters to parliament and speeches, and how far a passage may be
 * trusted on a day.
 */
import { z } from 'astro/zod';
import { GOEDKEURING, basisVelden, datum, enumeration, ref, refs, type IsoDate } from '../schemas/shared.ts';
import { defineCollection, joinEntries, type RuleProblem, type SummaryRow } from './define.ts';
import { formatDate } from '../domain/dates.ts';

export const PASSAGE_SOORTEN = ['Kamerbrief', 'spreektekst', 'beantwoording Kamervragen', 'nieuwsbericht', 'website'] as const;

export const gebruikSchema = z.strictObject({
  /** The letter or speech, as a source entry when there is one. */
  bron: ref('bronnen', { outgoing: 'Gebruikt in', incoming: 'Passages gebruikt in dit document' }).optional(),
  titel: z.string().optional(),
  kenmerk: z.string().optional(),
  datum,
});
export type Gebruik = z.output<typeof gebruikSchema>;

export const passageSchema = z.strictObject({
  ...basisVelden,
  soort: enumeration(PASSAGE_SOORTEN, 'soort passage'),
  status: enumeration(GOEDKEURING, 'status van een passage'),
  vastgesteldOp: datum.optional(),
  /** The approving role (never a person's name), e.g. "DG Langdurige Zorg". */
  vastgesteldDoor: z.string().trim().min(2).optional(),
  /**
   * Review date of an approved passage: after this day the page says "controleren voor gebruik"
   * (amber) instead of the green light.
   */
  herzienUiterlijk: datum.optional(),
  /** The day a `vervallen` passage was withdrawn. */
  vervallenOp: datum.optional(),
  gebruiktIn: z.array(gebruikSchema).default([]),
  maatregelen: refs('maatregelen', { outgoing: 'Maatregelen', incoming: 'Passages' }),
  doelgroepen: refs('doelgroepen', { outgoing: 'Doelgroepen', incoming: 'Passages' }),
  vervangenDoor: ref('passages', { outgoing: 'Vervangen door', incoming: 'Vervangt', chain: 'opvolgers' }).optional(),
  redenVervallen: z.string().trim().min(3).optional(),
  /** Set when a `vastgesteld` passage is deliberately replaced by one that is not yet approved. */
  vervangingNogNietVastgesteld: z.boolean().default(false),
  bronnen: refs('bronnen', { outgoing: 'Bronnen', incoming: 'Bron van passages' }),
});
export type Passage = z.output<typeof passageSchema>;

type PassageFacts = Pick<Passage, 'titel' | 'soort' | 'status' | 'vastgesteldOp' | 'vastgesteldDoor' | 'herzienUiterlijk' | 'vervallenOp' | 'gebruiktIn'>;

/**
 * How far a passage may be trusted on `date`: approved (green), approved but past its review
 * date (amber: check before use, still copyable), withdrawn (since when, when known), or not
 * approved yet.
 */
export type PassageTrust =
  | { kind: 'vastgesteld'; op: IsoDate | undefined; door: string | undefined; herzienUiterlijk?: IsoDate }
  | { kind: 'controleren'; op: IsoDate | undefined; door: string | undefined; herzienUiterlijk: IsoDate }
  | { kind: 'vervallen'; op?: IsoDate }
  | { kind: 'niet-vastgesteld'; status: Passage['status'] };

export function passageTrust(d: PassageFacts, date: IsoDate): PassageTrust {
  if (d.status === 'vervallen') return { kind: 'vervallen', ...(d.vervallenOp ? { op: d.vervallenOp } : {}) };
  if (d.status !== 'vastgesteld') return { kind: 'niet-vastgesteld', status: d.status };
  if (d.herzienUiterlijk && d.herzienUiterlijk < date) return { kind: 'controleren', op: d.vastgesteldOp, door: d.vastgesteldDoor, herzienUiterlijk: d.herzienUiterlijk };
  return { kind: 'vastgesteld', op: d.vastgesteldOp, door: d.vastgesteldDoor, ...(d.herzienUiterlijk ? { herzienUiterlijk: d.herzienUiterlijk } : {}) };
}


/**
 * The source line "Kopieer tekst" adds, in one form wherever a passage's source is shown or
 * copied: "Bron: <title>, kenmerk <kenmerk>, <date>." (the kenmerk only when it is known).
 * The source is the letter or speech the passage was last used in, as a reader of it would cite
 * it; without a recorded use, the approved passage itself ("vastgestelde passage "…" van <role>",
 * its approval date). Never an internal path. `titleOfSource` names a `bron` id.
 */
export function passageSourceLine(d: PassageFacts, titleOfSource: (id: string) => string | undefined = () => undefined): string | undefined {
  if (d.status !== 'vastgesteld') return undefined;
  const used = [...d.gebruiktIn].sort((a, b) => b.datum.localeCompare(a.datum))[0];
  if (used) return sourceLine(used.titel ?? (used.bron ? titleOfSource(used.bron) : undefined) ?? d.soort, used.kenmerk, used.datum);
  return sourceLine(`vastgestelde passage "${d.titel}"${d.vastgesteldDoor ? ` van ${d.vastgesteldDoor}` : ''}`, undefined, d.vastgesteldOp);
}

/** "Bron: <title>, kenmerk <kenmerk>, <date>.": the one form of a passage's source. */
export function sourceLine(title: string, kenmerk: string | undefined, date: IsoDate | undefined): string {
  return `Bron: ${[title, kenmerk && `kenmerk ${kenmerk}`, date && formatDate(date)].filter(Boolean).join(', ')}.`;
}

/** A passage's badge in lists and search results: its status, or "controleren" past its review date. */
export type PassageBadge = 'vastgesteld' | 'controleren' | 'concept' | 'ter afstemming' | 'vervallen';
export function passageBadge(d: Pick<Passage, 'status' | 'herzienUiterlijk'>, date: IsoDate): PassageBadge {
  if (d.status === 'vastgesteld' && d.herzienUiterlijk && d.herzienUiterlijk < date) return 'controleren';
  return d.status;
}

export const passages = defineCollection({
  schema: passageSchema,
  labels: { meervoud: 'Passages', enkelvoud: 'Passage', inTekst: 'passage', omschrijving: 'Vastgestelde tekst voor Kamerbrieven en spreekteksten.' },
  navOrder: 4,
  approval: true,
  internalFeed: true,
  date: (d) => d.vastgesteldOp ?? d.gebruiktIn[0]?.datum,
  statusFilter: { name: 'passagestatus', label: 'Status van de passage' },
  searchFilters: [{ name: 'passagesoort', label: 'Soort passage', values: (d) => [d.soort] }],
  ended: (d) => d.status === 'vervallen',
  body: { label: 'Tekst van de passage', hint: 'Precies de tekst zoals die gekopieerd mag worden.', placeholder: 'Schrijf hier de tekst van de passage.' },
  eventKinds: {
    'passage-vastgesteld': 'Passage vastgesteld',
    'passage-gebruikt': 'Passage gebruikt',
  },
  events: (d) => [
    { datum: d.vastgesteldOp, soort: 'passage-vastgesteld', label: `Passage vastgesteld: ${d.titel}` },
    ...d.gebruiktIn.map((gebruik) => ({ datum: gebruik.datum, soort: 'passage-gebruikt' as const, label: `Passage gebruikt in ${gebruik.titel ?? gebruik.kenmerk ?? 'een document'}: ${d.titel}` })),
  ],
  // The approval workflow of passages: approved passages advisers can rely on.
  rules: (d, { get }) => {
    const out: RuleProblem[] = [];
    if (d.status === 'vastgesteld') {
      if (!d.vastgesteldOp) out.push({ field: ['vastgesteldOp'], message: 'een vastgestelde passage heeft een datum van vaststelling nodig (vastgesteldOp)' });
      if (!d.vastgesteldDoor) out.push({ field: ['vastgesteldDoor'], message: 'een vastgestelde passage noemt wie hem vaststelde (vastgesteldDoor, een functie, geen naam)' });
    } else if (d.status === 'concept' || d.status === 'ter afstemming') {
      if (d.vastgesteldOp || d.vastgesteldDoor) {
        out.push({ field: [d.vastgesteldOp ? 'vastgesteldOp' : 'vastgesteldDoor'], message: `een passage met status "${d.status}" is nog niet vastgesteld: haal vastgesteldOp en vastgesteldDoor weg of zet de status op vastgesteld` });
      }
    }
    if (d.vervallenOp && d.status !== 'vervallen') out.push({ field: ['vervallenOp'], message: `alleen een vervallen passage heeft een datum van vervallen; deze heeft status "${d.status}"` });
    if (d.vervallenOp && d.vastgesteldOp && d.vervallenOp < d.vastgesteldOp) out.push({ field: ['vervallenOp'], message: `vervallenOp (${d.vervallenOp}) ligt vóór vastgesteldOp (${d.vastgesteldOp})` });
    if (d.herzienUiterlijk && d.vastgesteldOp && d.herzienUiterlijk < d.vastgesteldOp) {
      out.push({ field: ['herzienUiterlijk'], message: `herzienUiterlijk (${d.herzienUiterlijk}) ligt vóór vastgesteldOp (${d.vastgesteldOp})` });
    }
    if (d.status === 'vervallen') {
      if (!d.vervangenDoor && !d.redenVervallen) out.push({ field: ['status'], message: 'een vervallen passage noemt de opvolger (vervangenDoor) of de reden (redenVervallen)' });
    } else if (d.vervangenDoor) {
      out.push({ field: ['vervangenDoor'], message: `alleen een vervallen passage heeft een opvolger; deze heeft status "${d.status}"` });
    }
    if (d.vervangenDoor) {
      // A successor chain that loops (or a passage replaced by itself) is refused by checkCycles (src/domain/integrity.ts).
      const successor = get(`passages/${d.vervangenDoor}`);
      if (successor?.collection === 'passages' && successor.data.status !== 'vastgesteld' && successor.data.status !== 'vervallen' && !d.vervangingNogNietVastgesteld) {
        out.push({ field: ['vervangenDoor'], message: `de opvolger "${successor.id}" is nog niet vastgesteld (status: ${successor.data.status}); zet vervangingNogNietVastgesteld: true als dat bewust is` });
      }
    }
    return out;
  },
  summary: (d, { peildatum, incoming }) => {
    const trust = passageTrust(d, peildatum);
    const predecessors = incoming('passages:vervangenDoor');
    const rows: SummaryRow[] = [
      { key: 'Status', value: [{ status: d.status }] },
      { key: 'Soort', value: [d.soort] },
    ];
    if (d.vastgesteldOp || d.vastgesteldDoor) {
      rows.push({
        key: d.status === 'vervallen' ? 'Eerder vastgesteld' : 'Vastgesteld',
        value: [...(d.vastgesteldOp ? ['op ', { date: d.vastgesteldOp }] : []), ...(d.vastgesteldDoor ? [` door ${d.vastgesteldDoor}`] : [])],
      });
    }
    if (d.herzienUiterlijk && d.status !== 'vervallen') {
      rows.push({ key: 'Herzien uiterlijk', value: [{ date: d.herzienUiterlijk }, ...(trust.kind === 'controleren' ? [' ', { strong: ['verstreken'], class: 'label label--te-laat' }] : [])] });
    }
    if (d.vervallenOp) rows.push({ key: 'Vervallen op', value: [{ date: d.vervallenOp }] });
    if (d.gebruiktIn.length > 0) {
      rows.push({
        key: 'Gebruikt in',
        value: [{
          class: 'plain-list',
          list: d.gebruiktIn.map((g) => [
            g.bron ? { entry: `bronnen/${g.bron}` as const, label: g.titel } : (g.titel ?? d.soort),
            ...(g.kenmerk ? [`, kenmerk ${g.kenmerk}`] : []),
            ', ',
            { date: g.datum },
          ]),
        }],
      });
    }
    if (d.vervangenDoor) rows.push({ key: 'Opvolger', value: [{ entry: `passages/${d.vervangenDoor}` }] });
    if (predecessors.length > 0) rows.push({ key: 'Vervangt', value: joinEntries(predecessors) });
    return rows;
  },
});

declare module '../schemas/shared.ts' {
  interface CollectionNames {
    passages: true;
  }
}
