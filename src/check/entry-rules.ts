/**
 * Rules on one entry's own text, in plain data, so that `npm run check` (src/check/rules.ts),
 * the build's check and the CMS's save (src/cms/admin.ts) run the very same code (no Node-only
 * imports here: the CMS bundles it for the browser):
 *
 * - code in `.mdx` (src/check/mdx.ts);
 * - a body larger than MAX_BODY_BYTES;
 * - in an entry marked public: text fields and a body that are still the placeholders of
 *   `npm run nieuw` (src/cms/skeleton.ts, the one list), an empty answer or passage text, and
 *   personal data (the privacy guard).
 */
import { isMarkedPublic } from '../domain/editions.ts';
import type { FieldPath, Location } from '../domain/types.ts';
import { findPersonalData } from '../markdown/remark-privacy-guard/lib/find.ts';
import { SKELETON_BODIES, skeletonTexts } from '../cms/skeleton.ts';
import type { CollectionName } from '../schemas/index.ts';
import { mdxBodyProblems } from './mdx.ts';

/** The largest body accepted: 200 KB (UTF-8). A Q&A answer is a few KB; 200 KB is a small book. */
export const MAX_BODY_BYTES = 200 * 1024;

export interface EntryText {
  collection: CollectionName;
  /** The frontmatter as written (not necessarily valid). */
  data: Record<string, unknown>;
  body: string;
  ext: '.md' | '.mdx';
}

export interface EntryTextProblem {
  at: Location;
  message: string;
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.round(bytes / 1024)} KB`);

/** Every string in the data with its path. */
function strings(value: unknown, path: (string | number)[] = []): { path: FieldPath; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => strings(child, [...path, key]));
  return [];
}

export function entryTextProblems(entry: EntryText): EntryTextProblem[] {
  const out: EntryTextProblem[] = [];
  if (entry.ext === '.mdx') out.push(...mdxBodyProblems(entry.body).map((p) => ({ at: { bodyLine: p.bodyLine }, message: p.message })));

  const bytes = new TextEncoder().encode(entry.body).length;
  if (bytes > MAX_BODY_BYTES) {
    out.push({
      at: { bodyLine: 1 },
      message: `de tekst is ${sizeText(bytes)}; de grens is ${sizeText(MAX_BODY_BYTES)}. Zo'n pagina is voor lezers te groot: splits de tekst over meer items, of zet een lang document als bron (bronnen) met een link`,
    });
  }

  if (isMarkedPublic(entry.data)) {
    const placeholders = skeletonTexts(entry.collection);
    for (const { path, value } of strings(entry.data)) {
      if (placeholders.has(value.trim())) {
        out.push({ at: { field: path }, message: `"${value.trim()}" is nog de voorbeeldtekst van een nieuw item; schrijf de echte tekst (dit item staat in de publieke editie)` });
      }
    }
    const body = entry.body.trim();
    if (body && placeholders.has(body)) {
      out.push({ at: { bodyLine: 1 }, message: `"${body}" is nog de voorbeeldtekst van een nieuw item; schrijf de echte tekst (dit item staat in de publieke editie)` });
    } else if (!body && entry.collection in SKELETON_BODIES) {
      const what = entry.collection === 'vragen' ? 'het antwoord' : 'de tekst van de passage';
      out.push({ at: { bodyLine: 1 }, message: `${what} is leeg; een publiek item zonder tekst wordt niet gepubliceerd: schrijf ${what} onder de frontmatter` });
    }
    for (const match of findPersonalData(entry.body)) out.push({ at: { bodyLine: lineAt(entry.body, match.start) }, message: match.message });
  }
  return out;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
