/** schema.org structured data for the public edition (FAQPage for Q&A). */
import type { Site } from './site.ts';
import type { Entry } from '../domain/types.ts';
import { entryPath, href } from './routes.ts';

function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
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
      acceptedAnswer: { '@type': 'Answer', text: plain(vraag.body) },
    })),
  };
}
