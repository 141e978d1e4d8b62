/**
 * The checker's rules for the required pages (src/load/site-pages.ts): each must exist and be
 * valid, and, being public in both editions, contain no personal data and no unsafe link or HTML,
 * the same rules as a public entry's body.
 */
import { findPersonalData } from '../markdown/remark-privacy-guard/index.ts';
import { bodyElements, bodyUrls, isSafeUrl } from '../domain/body.ts';
import { REMOVED_ELEMENTS } from '../markdown/rehype-sanitize-entry/index.ts';
import type { Problem } from '../domain/types.ts';
import path from 'node:path';
import { LOKETTEN_FILE, readLoketten, readSitePages, SITE_PAGES_DIR } from '../load/site-pages.ts';
import { displayPath } from '../load/discovery.ts';

const REMOVED = new Set<string>(REMOVED_ELEMENTS);

export async function checkSitePages(contentDir: string): Promise<Problem[]> {
  const { pages, problems } = await readSitePages(contentDir);
  for (const page of pages) {
    const { body, bodyStartLine } = page.source;
    const lineAt = (offset: number) => bodyStartLine + body.slice(0, offset).split('\n').length - 1;
    for (const match of findPersonalData(body)) problems.push({ file: page.file, line: lineAt(match.start), message: match.message });
    for (const element of bodyElements(body)) {
      if (REMOVED.has(element.name) || element.attributes.some((a) => /^on/i.test(a))) {
        problems.push({ file: page.file, line: bodyStartLine + element.line - 1, message: `HTML-element <${element.name}> is hier niet toegestaan: een pagina mag geen scripts, frames, stijlen of code bevatten` });
      }
    }
    for (const url of bodyUrls(body)) {
      if (!isSafeUrl(url.url)) problems.push({ file: page.file, line: bodyStartLine + url.line - 1, message: `onveilige link "${url.url.slice(0, 60)}": alleen http:, https:, mailto:, tel: en links binnen de site (/…) zijn toegestaan` });
    }
  }
  return problems;
}

/** The desks and helplines: valid, pointing at known target groups and themes, no personal data. */
export async function checkLoketten(contentDir: string, doelgroepen: ReadonlySet<string>): Promise<Problem[]> {
  const { loketten, problems } = await readLoketten(contentDir);
  const file = displayPath(path.resolve(contentDir, SITE_PAGES_DIR, LOKETTEN_FILE));
  loketten.forEach((loket, i) => {
    const where = `loket ${i + 1} ("${loket.naam}")`;
    for (const id of loket.doelgroepen) if (!doelgroepen.has(id)) problems.push({ file, message: `${where}, doelgroepen: onbekende doelgroep "${id}"` });
    // Themes: src/check/vocabularies.ts, with the other vocabulary values.
    for (const match of findPersonalData(`${loket.naam}\n${loket.omschrijving}`)) problems.push({ file, message: `${where}: ${match.message}` });
  });
  return problems;
}
