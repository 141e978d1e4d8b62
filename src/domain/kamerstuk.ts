/**
 * Kamerstukken (parliamentary papers): the address of a paper on zoek.officielebekendmakingen.nl,
 * and the citation text and link for a structured reference in a source's frontmatter. The
 * remark plugin that links citations in bodies (remark-kamerstukken) uses the same
 * `kamerstukUrl`.
 */
import type { KamerstukVerwijzing } from '../collections/bronnen.ts';

/** A reference to one parliamentary paper. */
export interface KamerstukReference {
  /** Dossier number, spaces allowed: `34 104`, `34104`; may carry the suffix (`34 000 XVI`, `21 501-31`). */
  dossier: string;
  /** Dossier suffix: Roman numeral or letter of a budget chapter (`XVI`, `A`) or sub-dossier (`31`). */
  suffix?: string | null | undefined;
  /** Number of the paper within the dossier: `105`, or a letter for the Eerste Kamer (`A`, `N`). */
  nummer: string | number;
}

export const defaultBaseUrl = 'https://zoek.officielebekendmakingen.nl/';

const dossierReference = /^\s*(\d{2}) ?(\d{3})(?:(?:\s+|\s*[-–]\s*)([IVXLC]{1,6}|[A-Z])|-(\d{1,3}))?\s*$/u;

/**
 * Address of a Kamerstuk on zoek.officielebekendmakingen.nl, for citations
 * in text and for structured references in frontmatter
 * (`kamerstuk: { dossier: "34 104", nummer: "105" }`).
 *
 * @throws {Error} when the dossier or number is malformed (Dutch message).
 */
export function kamerstukUrl(reference: KamerstukReference, baseUrl: string = defaultBaseUrl): string {
  const parsed = dossierReference.exec(reference.dossier);
  if (!parsed) {
    throw new Error(`Ongeldig Kamerstuk-dossiernummer "${reference.dossier}": verwacht bijvoorbeeld "34 104" of "34 000 XVI"`);
  }
  const dossierSuffix = parsed[3] ?? parsed[4];
  const extraSuffix = reference.suffix?.trim() || undefined;
  if (dossierSuffix !== undefined && extraSuffix !== undefined && dossierSuffix !== extraSuffix) {
    throw new Error(`Kamerstuk-dossier "${reference.dossier}" heeft al toevoeging "${dossierSuffix}", maar suffix is "${extraSuffix}"`);
  }
  const suffix = dossierSuffix ?? extraSuffix;
  if (suffix !== undefined && !/^(?:[IVXLC]{1,6}|[A-Z]|\d{1,3})$/u.test(suffix)) {
    throw new Error(`Ongeldige Kamerstuk-dossiertoevoeging "${suffix}": verwacht bijvoorbeeld "XVI", "A" of "31"`);
  }
  const nummer = String(reference.nummer).trim();
  if (!/^(?:\d{1,4}|[A-Z]{1,3})$/u.test(nummer)) {
    throw new Error(`Ongeldig Kamerstuk-nummer "${nummer}": verwacht bijvoorbeeld "105" of (Eerste Kamer) "A"`);
  }
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const parts = [`${parsed[1]}${parsed[2]}`, ...(suffix === undefined ? [] : [suffix]), nummer];
  return `${base}kst-${parts.join('-')}.html`;
}

/** Citation text and link for a structured Kamerstuk reference in a source's frontmatter. */
export function kamerstukLink(k: KamerstukVerwijzing): { citation: string; url: string } {
  const dossier = k.dossier.replace(/\s+/g, '');
  const spaced = `${dossier.slice(0, 2)} ${dossier.slice(2)}`;
  const citation = `${k.vergaderjaar ? `Kamerstukken II ${k.vergaderjaar}, ` : 'Kamerstuk '}${spaced}${k.ondernummer ? ` ${k.ondernummer}` : ''}, nr. ${k.nummer}`;
  return { citation, url: kamerstukUrl({ dossier, ...(k.ondernummer ? { suffix: k.ondernummer } : {}), nummer: k.nummer }) };
}
