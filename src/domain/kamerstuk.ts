/** Citation text and link for a structured Kamerstuk reference in a source's frontmatter. */
import type { KamerstukVerwijzing } from '../schemas/bronnen.ts';
import { kamerstukUrl } from '../markdown/remark-kamerstukken/index.ts';

export function kamerstukLink(k: KamerstukVerwijzing): { citation: string; url: string } {
  const dossier = k.dossier.replace(/\s+/g, '');
  const spaced = `${dossier.slice(0, 2)} ${dossier.slice(2)}`;
  const citation = `${k.vergaderjaar ? `Kamerstukken II ${k.vergaderjaar}, ` : 'Kamerstuk '}${spaced}${k.ondernummer ? ` ${k.ondernummer}` : ''}, nr. ${k.nummer}`;
  return { citation, url: kamerstukUrl({ dossier, ...(k.ondernummer ? { suffix: k.ondernummer } : {}), nummer: k.nummer }) };
}
