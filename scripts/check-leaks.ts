/**
 * npm run check:leaks: scan an existing dist/publiek for anything of an entry that is not
 * published (the build runs the same scan before it replaces dist/).
 */
import path from 'node:path';
import { referenceDate, scriptConfig } from '../src/config.ts';
import { runCheck } from '../src/check/index.ts';
import { formatLeaks, leakNeedles, scanForLeaks } from '../src/verify/leaks.ts';

const settings = scriptConfig();
const dir = process.argv[2] ?? path.join(settings.dist, 'publiek');
const date = referenceDate(settings);
const { entries } = await runCheck({ contentDir: settings.contentDir, peildatum: date });
const needles = leakNeedles(entries, date);
const { leaks, files } = await scanForLeaks(dir, needles);
if (files === 0) {
  console.error(`Geen bestanden gevonden in ${dir}: bouw eerst met npm run build.`);
  process.exit(1);
}
if (leaks.length > 0) {
  console.error(formatLeaks(leaks));
  console.error(`\n${leaks.length} lekken gevonden in ${dir}.`);
  process.exit(1);
}
console.log(`Geen lekken: ${files} bestanden in ${dir} gecontroleerd op ${needles.length} kenmerken van niet-publieke items.`);
