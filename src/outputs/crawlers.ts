/**
 * What search engines read: `/robots.txt` (every edition: an edition that may not be indexed
 * disallows everything, an indexable one allows crawling and names its sitemap) and
 * `/sitemap.xml` (indexable editions only, from the edition's own selection: @astrojs/sitemap
 * assumes one site per build and would list both editions' pages). Under a base path
 * (WEGWIJS_BASE) robots.txt is at `<base>robots.txt`: crawlers only read it at the root of a
 * host, so there the host's own robots.txt should name the sitemap.
 */
import { absoluteUrl } from '../data/routes.ts';
import { sitemapXml } from '../data/sitemap.ts';
import { defineOutput, single } from './output.ts';

export const robots = defineOutput({
  name: 'robots.txt',
  files: () => single('robots.txt'),
  type: 'text/plain',
  match: '/robots.txt',
  fixedAddress: 'robots.txt',
  render: (site, _, { origin }) =>
    site.profile.indexable ? `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(site.edition, 'sitemap.xml', origin)}\n` : 'User-agent: *\nDisallow: /\n',
});

export const sitemap = defineOutput({
  name: 'sitemap',
  editions: (profile) => profile.indexable,
  files: () => single('sitemap.xml'),
  type: 'application/xml',
  match: '/sitemap.xml',
  fixedAddress: 'sitemap.xml',
  render: (site, _, { origin }) => sitemapXml(site, origin),
});
