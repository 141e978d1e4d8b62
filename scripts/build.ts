/**
 * npm run build: the pipeline of src/pipeline/run.ts (load → check → render → split → index →
 * verify → swap). Any failure exits non-zero and leaves the previous dist/ exactly as it was.
 */
import { referenceDate, scriptConfig } from '../src/config.ts';
import { BuildFailure, runBuild } from '../src/pipeline/run.ts';

const settings = scriptConfig();
const { dist } = settings;
const quiet = process.argv.includes('--quiet');
try {
  const result = await runBuild({
    contentDir: settings.contentDir,
    dist,
    peildatum: referenceDate(settings),
    force: process.argv.includes('--force'),
    verbose: process.argv.includes('--verbose'),
    log: (line) => { if (!quiet) console.log(line); },
  });
  if (!result.built && !quiet) console.log(`Niets gewijzigd sinds de vorige build: ${dist}/ is actueel (npm run build -- --force bouwt toch opnieuw).`);
  // Machine-readable stage figures for npm run bench: milliseconds and peak bytes (process tree).
  if (settings.timings) console.log(`WEGWIJS_TIMINGS ${JSON.stringify({ timings: result.timings, peaks: result.peaks, pages: result.pages, reused: result.reused })}`);
} catch (error) {
  if (error instanceof BuildFailure) console.error(error.message);
  else console.error(`\nBouwen mislukt: ${error instanceof Error ? error.message : String(error)}`);
  console.error('De vorige uitvoer in dist/ is ongewijzigd.');
  process.exit(1);
}
