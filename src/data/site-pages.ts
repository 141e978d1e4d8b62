/**
 * The required pages (toegankelijkheid, privacy, contact; src/load/site-pages.ts) rendered for
 * src/components/SitePage.astro: the same remark and rehype plugins as entry bodies (redaction
 * marks, Kamerstuk links, the privacy guard as for a public text, the sanitiser, site-relative
 * links resolved per edition by src/middleware.ts). Read once per build; the checker has already
 * refused a corpus without them, so a missing page here is a programming error.
 */
import { unified } from '@astrojs/markdown-remark';
import { contentDir } from '../config.ts';
import { readLoketten, readSitePages, SITE_PAGES, type Loket, type SitePage, type SitePageDefinition } from '../load/site-pages.ts';
import { rehypePlugins, remarkPlugins } from '../markdown/pipeline.ts';

export { SITE_PAGES };

export interface RenderedSitePage extends Omit<SitePage, 'source'> {
  html: string;
}

let cache: Promise<Map<string, RenderedSitePage>> | undefined;

async function renderAll(): Promise<Map<string, RenderedSitePage>> {
  const { pages, problems } = await readSitePages(contentDir());
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n'));
  const renderer = await unified({ remarkPlugins, rehypePlugins, smartypants: false }).createRenderer({ syntaxHighlight: false });
  const out = new Map<string, RenderedSitePage>();
  for (const { source, ...page } of pages) {
    // Public in both editions: the privacy guard checks it as a public text.
    const { code } = await renderer.render(page.body, { frontmatter: { zichtbaarheid: 'publiek' } });
    out.set(page.id, { ...page, html: code });
    void source;
  }
  return out;
}

export async function sitePage(id: SitePageDefinition['id']): Promise<RenderedSitePage> {
  cache ??= renderAll();
  const page = (await cache).get(id);
  if (!page) throw new Error(`verplichte pagina "${id}" ontbreekt`);
  return page;
}

let desks: Promise<Loket[]> | undefined;

/** The desks and helplines of content/_paginas/loketten.yaml (checked by the checker before the build). */
export async function allDesks(): Promise<Loket[]> {
  desks ??= readLoketten(contentDir()).then(({ loketten, problems }) => {
    if (problems.length > 0) throw new Error(problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n'));
    return loketten;
  });
  return desks;
}
