/**
 * npm run pdf [-- routekaarten/<id> … doelgroepen/<id> …]: A4 PDFs from the built internal
 * edition with Chromium: one per route map, and a briefing pack per target group, into dist/pdf/.
 * Without arguments it makes all of them. Run `npm run build` first (with the same WEGWIJS_BASE).
 */
import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../src/build/browser.ts';
import { serveStatic } from '../src/build/serve.ts';
import { formatDate, today } from '../src/domain/dates.ts';
import { basePath } from '../src/config.ts';
import { EDITION_PROFILES } from '../src/domain/editions.ts';

const dist = process.env.WEGWIJS_DIST ?? 'dist';
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
const base = basePath();
const server = await serveStatic(intern, 0, { base });
const browser = await launchChromium();
const printed = formatDate(today());
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
    const label = (await page.locator('.print-header').first().getAttribute('data-label').catch(() => null)) ?? title;
    // Chromium's own header and footer repeat on every PDF page; the page's print header is then redundant.
    await page.addStyleTag({ content: '.print-header { display: none !important; } main { padding-top: 0 !important; }' });
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const file = path.join(outDir, job.file);
    await page.pdf({
      path: file,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      margin: { top: '20mm', bottom: '18mm', left: '15mm', right: '15mm' },
      headerTemplate: `<div style="font-size:8px;width:100%;padding:0 15mm;display:flex;justify-content:space-between;font-family:sans-serif"><span>${escape(label)}</span><span>${escape(EDITION_PROFILES.intern.printMark)}</span></div>`,
      footerTemplate: `<div style="font-size:8px;width:100%;padding:0 15mm;display:flex;justify-content:space-between;font-family:sans-serif"><span>Wegwijs · afgedrukt ${escape(printed)}</span><span>pagina <span class="pageNumber"></span> van <span class="totalPages"></span></span></div>`,
    });
    const size = (await stat(file)).size;
    console.log(`[${i + 1}/${jobs.length}] ${file} (${Math.round(size / 1024)} kB): ${title}`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${jobs.length - failed} PDF's geschreven in ${outDir}${failed ? `, ${failed} mislukt` : ''}.`);
process.exit(failed ? 1 : 0);
