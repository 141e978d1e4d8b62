/**
 * npm run screenshots [-- --widths 390,1280] [-- --out docs/screenshots]: page screenshots (up to 2,400 px tall) of
 * the main templates of both built editions in Chromium, served the way they are deployed (nginx
 * with deploy/nginx when available), into docs/screenshots/<edition>-<page>-<width>.png. Build
 * the example first: WEGWIJS_PEILDATUM=2020-05-26 npm run build.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scriptConfig } from '../src/config.ts';
import { launchChromium } from '../tools/browser.ts';
import { hasNginx, serveNginx, serveStatic } from '../tools/serve.ts';
import type { Edition } from '../src/domain/editions.ts';

const { values } = parseArgs({ options: { widths: { type: 'string', default: '390,1280' }, out: { type: 'string', default: 'docs/screenshots' } } });
const widths = values.widths.split(',').map(Number);
const { dist } = scriptConfig();

/** The main templates: name and path per edition. */
const PAGES: Record<Edition, Array<[string, string]>> = {
  intern: [
    ['home', '/'],
    ['routekaart', '/routekaarten/herstart-dagbesteding/'],
    ['routekaart-versies', '/routekaarten/herstart-dagbesteding/versies/'],
    ['maatregel', '/maatregelen/herstart-dagbesteding/'],
    ['passage', '/passages/dagbesteding-in-de-wijk/'],
    ['komende-weken', '/komende-weken/'],
    ['acties', '/acties/'],
    ['briefingmap', '/briefings/clienten-dagbesteding/'],
    ['zoeken', '/zoeken/?q=dagbesteding'],
  ],
  publiek: [
    ['home', '/'],
    ['vragen', '/vragen/'],
    ['vraag', '/vragen/dagbesteding-weer-open-vanaf-1-juni/'],
    ['maatregel', '/maatregelen/herstart-dagbesteding/'],
    ['zoeken', '/zoeken/?q=dagbesteding'],
  ],
};

await mkdir(values.out, { recursive: true });
const browser = await launchChromium();
let count = 0;
try {
  for (const edition of ['intern', 'publiek'] as const) {
    const root = path.join(dist, edition);
    if (!(await stat(path.join(root, 'index.html')).catch(() => undefined))) {
      console.error(`Geen ${edition}e editie in ${root}: bouw eerst met npm run build.`);
      process.exit(1);
    }
    const server = hasNginx() ? await serveNginx(root, edition) : await serveStatic(root, 0);
    try {
      for (const width of widths) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL', deviceScaleFactor: 1 });
        const page = await context.newPage();
        for (const [name, url] of PAGES[edition]) {
          await page.goto(server.url + url, { waitUntil: 'load' });
          if (url.includes('?q=')) await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? 'Zoeken…') !== 'Zoeken…', undefined, { timeout: 10_000 }).catch(() => {});
          const file = path.join(values.out, `${edition}-${name}-${width}.png`);
          // The whole page, up to 2,400 px tall (long pages: their top, which shows the template).
          const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 2400);
          await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height } });
          count++;
          console.log(file);
        }
        await context.close();
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`${count} schermafdrukken in ${values.out}.`);
