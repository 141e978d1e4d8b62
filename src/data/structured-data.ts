/** schema.org structured data for the public edition (FAQPage for Q&A: question and a summary of the answer). */
import type { Site } from './site.ts';
import { entryDescription } from '../domain/description.ts';
import type { Entry } from '../domain/types.ts';
import { entryPath, href } from './routes.ts';

const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for the inside of a `<script>` element (`application/ld+json`, or any other): `<`, `>`,
 * `&`, U+2028 and U+2029 written as `\uXXXX` escapes, so that no string in the data can end the
 * element (`</script>`), open a comment (`<!--`) or break a JavaScript parser. `JSON.parse` gives
 * the same value back. Use this for every JSON put in a script element (with `set:html`).
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('jsonForScript: waarde is niet als JSON te schrijven');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]!);
}

export function faqJsonLd(site: Site, vragen: readonly Entry<'vragen'>[], base: URL | undefined) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: 'nl',
    mainEntity: vragen.map((vraag) => ({
      '@type': 'Question',
      name: vraag.data.titel,
      ...(base ? { url: new URL(href(site.edition, entryPath(`vragen/${vraag.id}`)), base).href } : {}),
      dateModified: vraag.data.laatstGecontroleerd,
      // A summary (the opening sentences, as plain text read by the parser), not the whole answer:
      // the page shows the answer already, and a long body would be on the page twice.
      acceptedAnswer: { '@type': 'Answer', text: entryDescription(vraag) ?? vraag.data.titel },
    })),
  };
}
