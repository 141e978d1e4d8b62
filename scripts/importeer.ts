/**
 * npm run importeer -- <bestand> [--soort brief|verslag|routekaart] [--routekaart <id>] [--fase <id>]
 *                     [--doelgroep <id>]… [--datum JJJJ-MM-DD] [--proef]
 *
 * Turns a letter, minutes or route map (.docx, or .html/.xml of officielebekendmakingen.nl) into
 * draft entries in WEGWIJS_CONTENT (default content/); see src/import/index.ts and README
 * "Inhoud beheren". Exit 1 when the file is refused; then nothing has been written.
 */
import { parseArgs } from 'node:util';
import { contentDir, referenceDate } from '../src/config.ts';
import { today } from '../src/domain/dates.ts';
import { ImportRefused, formatImportReport, importDocument } from '../src/import/index.ts';
import type { ImportKind } from '../src/import/report.ts';

const USAGE = 'Gebruik: npm run importeer -- <bestand.docx|.html|.xml> [--soort brief|verslag|routekaart] [--routekaart <id>] [--fase <id>] [--doelgroep <id>] [--datum JJJJ-MM-DD] [--proef]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      soort: { type: 'string' },
      routekaart: { type: 'string' },
      fase: { type: 'string' },
      doelgroep: { type: 'string', multiple: true },
      datum: { type: 'string' },
      proef: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(1);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) {
  console.error(USAGE);
  process.exit(1);
}
if (values.soort !== undefined && !['brief', 'verslag', 'routekaart'].includes(values.soort)) {
  console.error(`Onbekende --soort "${values.soort}"; kies brief, verslag of routekaart.\n${USAGE}`);
  process.exit(1);
}
if (values.datum !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.datum)) {
  console.error(`--datum "${values.datum}" is geen datum; schrijf JJJJ-MM-DD.`);
  process.exit(1);
}

try {
  const report = await importDocument({
    file: positionals[0]!,
    ...(values.soort ? { kind: values.soort as ImportKind } : {}),
    contentDir: contentDir(),
    today: today(),
    peildatum: referenceDate(),
    ...(values.routekaart ? { routekaart: values.routekaart } : {}),
    ...(values.fase ? { fase: values.fase } : {}),
    ...(values.doelgroep?.length ? { doelgroepen: values.doelgroep } : {}),
    ...(values.datum ? { date: values.datum } : {}),
    dryRun: values.proef,
  });
  console.log(values.json ? JSON.stringify(report, null, 2) : formatImportReport(report));
} catch (error) {
  if (error instanceof ImportRefused) {
    console.error(`Niet geïmporteerd: ${error.message}`);
    process.exit(1);
  }
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`Niet geïmporteerd: ${positionals[0]} bestaat niet.`);
    process.exit(1);
  }
  throw error;
}
