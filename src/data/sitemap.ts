import type { Site } from './site.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import { keyOf } from '../domain/types.ts';
import { entryDate } from './search.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(site: Site, base: URL | undefined): string {
  const root = base ?? new URL('https://example.invalid/');
  const urls: Array<{ loc: string; lastmod?: string }> = [{ loc: '/' }, { loc: '/over/' }];
  for (const c of COLLECTIONS) if (site.of(c).length) urls.push({ loc: `/${c}/` });
  for (const entry of site.entries) {
    const lastmod = entryDate(entry);
    urls.push({ loc: `/${keyOf(entry)}/`, ...(lastmod ? { lastmod } : {}) });
  }
  const body = urls
    .map((u) => `  <url><loc>${escape(new URL(u.loc, root).href)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}
