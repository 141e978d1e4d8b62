import type { Site } from './site.ts';
import { COLLECTIONS } from '../collections/index.ts';
import { SITE_PAGES } from '../load/site-pages.ts';
import { keyOf } from '../domain/types.ts';
import { entryDate } from './search.ts';
import { absoluteUrl, collectionPath, entryPath } from './routes.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The edition's home, about page, required pages, collection indexes and entries, as absolute URLs (base path included). */
export function sitemapXml(site: Site, siteUrl: URL | undefined): string {
  const root = siteUrl ?? new URL('https://example.invalid/');
  const urls: Array<{ path: string; lastmod?: string }> = [{ path: '' }];
  if (site.profile.aboutPage) urls.push({ path: 'over/' });
  for (const page of SITE_PAGES) urls.push({ path: `${page.id}/` });
  for (const c of COLLECTIONS) if (site.of(c).length) urls.push({ path: collectionPath(c) });
  for (const entry of site.entries) {
    const lastmod = entryDate(entry);
    urls.push({ path: entryPath(keyOf(entry)), ...(lastmod ? { lastmod } : {}) });
  }
  const body = urls
    .map((u) => `  <url><loc>${escape(absoluteUrl(site.edition, u.path, root))}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}
