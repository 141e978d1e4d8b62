/**
 * Rules on one entry's own text, in plain data, so that `npm run check` (src/check/rules.ts),
 * the build's check and the CMS's save (src/cms/admin.ts) run the very same code (no Node-only
 * imports here: the CMS bundles it for the browser):
 *
 * - code in `.mdx` (src/check/mdx.ts);
 * - unknown Woo grounds in redaction marks;
 * - raw HTML that the build would remove (script, iframe, style, object, embed, … and `on*`
 *   attributes) and URLs with a scheme other than http, https, mailto or tel, in every entry (the
 *   internal edition must not run injected script either; in `.mdx` the same holds for JSX). The
 *   build sanitises anyway (src/markdown/rehype-sanitize-entry); this tells the author where;
 * - a body larger than MAX_BODY_BYTES;
 * - in an entry marked public: text fields and a body that are still the placeholders of
 *   `npm run nieuw` (src/check/placeholders.ts, which the skeleton writes from), an empty answer or passage text, and
 *   personal data (the privacy guard).
 */
import { bodyElements, bodyUrls, isSafeUrl } from '../domain/body.ts';
import { isMarkedPublic } from '../domain/editions.ts';
import { findRedactions } from '../domain/redactions.ts';
import { REMOVED_ELEMENTS } from '../markdown/rehype-sanitize-entry/lib/schema.ts';
import type { FieldPath, Location } from '../domain/types.ts';
import { findPersonalData } from '../markdown/remark-privacy-guard/lib/find.ts';
import { hasOwnBody, isPlaceholderBody, isPlaceholderText } from './placeholders.ts';
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

  for (const match of findRedactions(entry.body)) {
    if (match.ground) continue;
    out.push({ at: { bodyLine: lineAt(entry.body, match.start) }, message: `onbekende Woo-grond "${match.raw}": gebruik een grond uit artikel 5.1 of 5.2 Woo, of artikel 10 of 11 Wob` });
  }
  out.push(...unsafeContent(entry.body, entry.ext === '.mdx'));

  const bytes = new TextEncoder().encode(entry.body).length;
  if (bytes > MAX_BODY_BYTES) {
    out.push({
      at: { bodyLine: 1 },
      message: `de tekst is ${sizeText(bytes)}; de grens is ${sizeText(MAX_BODY_BYTES)}. Zo'n pagina is voor lezers te groot: splits de tekst over meer items, of zet een lang document als bron (bronnen) met een link`,
    });
  }

  if (isMarkedPublic(entry.data)) {
    for (const { path, value } of strings(entry.data)) {
      const key = [...path].reverse().find((step): step is string => typeof step === 'string') ?? '';
      if (isPlaceholderText(value, key)) {
        out.push({ at: { field: path }, message: `"${value.trim()}" is nog de voorbeeldtekst van een nieuw item; schrijf de echte tekst (dit item staat in de publieke editie)` });
      }
    }
    const body = entry.body.trim();
    if (body && isPlaceholderBody(entry.collection, body)) {
      out.push({ at: { bodyLine: 1 }, message: `"${body}" is nog de voorbeeldtekst van een nieuw item; schrijf de echte tekst (dit item staat in de publieke editie)` });
    } else if (!body && hasOwnBody(entry.collection)) {
      const what = entry.collection === 'vragen' ? 'het antwoord' : 'de tekst van de passage';
      out.push({ at: { bodyLine: 1 }, message: `${what} is leeg; een publiek item zonder tekst wordt niet gepubliceerd: schrijf ${what} onder de frontmatter` });
    }
    for (const match of findPersonalData(entry.body)) out.push({ at: { bodyLine: lineAt(entry.body, match.start) }, message: match.message });
  }
  return out;
}

const REMOVED = new Set<string>(REMOVED_ELEMENTS);

function unsafeContent(body: string, mdx: boolean): EntryTextProblem[] {
  const out: EntryTextProblem[] = [];
  for (const element of bodyElements(body, { mdx })) {
    const tag = element.kind === 'jsx' ? `JSX-element <${element.name}>` : `HTML-element <${element.name}>`;
    if (REMOVED.has(element.name)) {
      out.push({
        at: { bodyLine: element.line },
        message: `${tag} is niet toegestaan in een tekst: het wordt niet gepubliceerd (Wegwijs neemt geen scripts, frames, stijlen of ingesloten objecten over). Haal het weg of beschrijf het in gewone tekst`,
      });
    }
    for (const attribute of element.attributes.filter((a) => /^on/i.test(a))) {
      out.push({ at: { bodyLine: element.line }, message: `attribuut "${attribute}" op ${tag} is niet toegestaan: een tekst mag geen code uitvoeren. Haal het attribuut weg` });
    }
  }
  for (const url of bodyUrls(body, { mdx })) {
    // An image is a file beside its entry; a site path (an old CMS upload, `/_media/…`) renders as a broken image.
    if ((url.kind === 'image' || url.attribute === 'src') && url.url.startsWith('/')) {
      const name = url.url.split('/').pop() || 'afbeelding.png';
      out.push({ at: { bodyLine: url.line }, message: `afbeelding "${url.url}" staat niet naast het item en wordt niet gepubliceerd: zet het bestand in de map _afbeeldingen/ naast dit item en schrijf ![beschrijving](./_afbeeldingen/${name})` });
      continue;
    }
    if (isSafeUrl(url.url)) continue;
    const shown = url.url.length > 60 ? `${url.url.slice(0, 60)}…` : url.url;
    out.push({ at: { bodyLine: url.line }, message: `onveilige link "${shown}": alleen http:, https:, mailto:, tel: en links binnen de site (/…) zijn toegestaan` });
  }
  return out;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
