/**
 * The remark plugins' rules, run by the checker on raw bodies so that authors get
 * `path:line` messages before any build: unknown Woo grounds in every entry, personal data in
 * entries that are public, and unsafe HTML and links in every entry.
 */
import { isPair, isScalar, visit } from 'yaml';
import { CHOOSE_COMMENT } from '../cms/skeleton.ts';
import { entryTextProblems } from './entry-rules.ts';
import { bodyElements, bodyUrls, isSafeUrl } from '../domain/body.ts';
import { findRedactions } from '../domain/redactions.ts';
import { REMOVED_ELEMENTS } from '../markdown/rehype-sanitize-entry/index.ts';
import { isMarkedPublic } from '../domain/editions.ts';
import type { Problem } from '../domain/types.ts';
import type { SourceFile } from './load.ts';
import type { TextRule } from './validate.ts';

/** The body line (1-based, within the body) of an offset in the body. */
function bodyLineAt(source: SourceFile, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (source.body.charCodeAt(i) === 10) line++;
  return line;
}

export const wooGrounds: TextRule = (_entry, source) => {
  const out: Problem[] = [];
  for (const match of findRedactions(source.body)) {
    if (match.ground) continue;
    out.push({
      file: source.file,
      at: { bodyLine: bodyLineAt(source, match.start) },
      message: `onbekende Woo-grond "${match.raw}": gebruik een grond uit artikel 5.1 of 5.2 Woo, of artikel 10 of 11 Wob`,
    });
  }
  return out;
};

/**
 * The rules on an entry's own text that the CMS runs too (src/check/entry-rules.ts: code in
 * `.mdx`, body size, placeholders and empty text and personal data in public entries), and a
 * reference that still carries the `# kies:` comment of `npm run nieuw` in a public entry.
 */
export const entryText: TextRule = (_entry, source) => {
  const out: Problem[] = entryTextProblems({ collection: source.collection, data: source.data, body: source.body, ext: source.ext }).map((p) => ({ file: source.file, at: p.at, message: p.message }));
  if (isMarkedPublic(source.data)) {
    visit(source.frontmatter, {
      Pair(_key, pair, path) {
        const value = pair.value as { comment?: string | null } | null;
        if (!value?.comment?.trim().startsWith(CHOOSE_COMMENT) || !isScalar(pair.key)) return;
        const field = [...path.filter((n) => isPair(n)).map((n) => String((n as { key: { value: unknown } }).key.value)), String(pair.key.value)];
        out.push({ file: source.file, at: { field }, message: `staat nog op de voorbeeldwaarde van een nieuw item ("# ${value.comment.trim()}"); kies de juiste en haal het commentaar weg (dit item staat in de publieke editie)` });
      },
    });
  }
  return out;
};

const REMOVED = new Set<string>(REMOVED_ELEMENTS);

/**
 * Raw HTML that the build would remove (script, iframe, style, object, embed, … and `on*`
 * attributes) and URLs with a scheme other than http, https, mailto or tel, in every entry:
 * the internal edition must not run injected script either. In `.mdx` the same holds for JSX.
 * The build sanitises anyway (src/markdown/rehype-sanitize-entry); the checker tells the author
 * where, instead of silently dropping the text.
 */
export const unsafeContent: TextRule = (_entry, source) => {
  const options = { mdx: source.ext === '.mdx' };
  const out: Problem[] = [];
  const at = (bodyLine: number) => ({ bodyLine });
  for (const element of bodyElements(source.body, options)) {
    const tag = element.kind === 'jsx' ? `JSX-element <${element.name}>` : `HTML-element <${element.name}>`;
    if (REMOVED.has(element.name)) {
      out.push({
        file: source.file,
        at: at(element.line),
        message: `${tag} is niet toegestaan in een tekst: het wordt niet gepubliceerd (Wegwijs neemt geen scripts, frames, stijlen of ingesloten objecten over). Haal het weg of beschrijf het in gewone tekst`,
      });
    }
    for (const attribute of element.attributes.filter((a) => /^on/i.test(a))) {
      out.push({
        file: source.file,
        at: at(element.line),
        message: `attribuut "${attribute}" op ${tag} is niet toegestaan: een tekst mag geen code uitvoeren. Haal het attribuut weg`,
      });
    }
  }
  for (const url of bodyUrls(source.body, options)) {
    if (isSafeUrl(url.url)) continue;
    const shown = url.url.length > 60 ? `${url.url.slice(0, 60)}…` : url.url;
    out.push({
      file: source.file,
      at: at(url.line),
      message: `onveilige link "${shown}": alleen http:, https:, mailto:, tel: en links binnen de site (/…) zijn toegestaan`,
    });
  }
  return out;
};
