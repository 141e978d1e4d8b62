/**
 * npm run pdf [-- routekaarten/<id> … doelgroepen/<id> …]: A4 PDFs from the built internal
 * edition with Chromium: one per route map, and a briefing pack per target group, into dist/pdf/.
 * Without arguments it makes all of them. Run `npm run build` first (with the same WEGWIJS_BASE).
 * The PDFs are tagged (accessible: structure, reading order, language) and have an outline
 * (bookmarks from the headings); page size and margins come from the print stylesheet.
 */
import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../tools/browser.ts';
import { serveStatic } from '../tools/serve.ts';
import { numberContents } from '../tools/contents-pages.ts';
import { scriptConfig } from '../src/config.ts';

const settings = scriptConfig();
const { dist } = settings;
const intern = path.join(dist, 'intern');
const outDir = path.join(dist, 'pdf');

async function ids(collection: string): Promise<string[]> {
  const dir = path.join(intern, collection);
  const names = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return names.filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!(await stat(path.join(intern, 'index.html')).catch(() => undefined))) {
  console.error(`Geen interne editie gevonden in ${intern}: bouw eerst met npm run build.`);
  process.exit(1);
}
const jobs: Array<{ kind: 'routekaart' | 'briefing'; id: string; url: string; file: string }> = [];
const wanted = (collection: string) => args.filter((a) => a.startsWith(`${collection}/`)).map((a) => a.slice(collection.length + 1).replace(/\/$/, ''));
const routekaarten = args.length ? wanted('routekaarten') : await ids('routekaarten');
const briefings = args.length ? wanted('doelgroepen') : await ids('briefings');
const unknown = args.filter((a) => !/^(routekaarten|doelgroepen)\//.test(a));
if (unknown.length) {
  console.error(`Onbekend argument: ${unknown.join(', ')}. Gebruik routekaarten/<id> of doelgroepen/<id>.`);
  process.exit(2);
}
for (const id of routekaarten) jobs.push({ kind: 'routekaart', id, url: `routekaarten/${id}/`, file: `routekaart-${id}.pdf` });
for (const id of briefings) jobs.push({ kind: 'briefing', id, url: `briefings/${id}/`, file: `briefingmap-${id}.pdf` });

await mkdir(outDir, { recursive: true });
const { base } = settings;
const server = await serveStatic(intern, 0, { base });
const browser = await launchChromium();
let failed = 0;
try {
  const page = await browser.newPage();
  await page.emulateMedia({ media: 'print' });
  for (const [i, job] of jobs.entries()) {
    const response = await page.goto(server.url + base + job.url, { waitUntil: 'load' });
    if (!response || response.status() !== 200) {
      console.error(`[${i + 1}/${jobs.length}] ${job.url} bestaat niet in de interne editie (${response?.status()})`);
      failed++;
      continue;
    }
    const title = (await page.locator('h1').first().textContent())?.trim() ?? job.id;
    const file = path.join(outDir, job.file);
    // The running lines (edition mark, title, reference date, "pagina n van m") are the page's own
    // @page margin boxes (src/data/print.ts), as when staff print from the browser. Tagged, with
    // an outline from the headings, in the page's language (lang="nl").
    const options = { printBackground: true, preferCSSPageSize: true, tagged: true, outline: true } as const;
    // Page numbers in the contents (briefing packs): a first pass finds them (tools/contents-pages.ts).
    await numberContents(page, () => page.pdf(options));
    await page.pdf({ path: file, ...options });
    const size = (await stat(file)).size;
    console.log(`[${i + 1}/${jobs.length}] ${file} (${Math.round(size / 1024)} kB): ${title}`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${jobs.length - failed} PDF's geschreven in ${outDir}${failed ? `, ${failed} mislukt` : ''}.`);
process.exit(failed ? 1 : 0);
