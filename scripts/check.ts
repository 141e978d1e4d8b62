/**
 * npm run check: validate all content without building. Exit 1 when there is any problem.
 */
import { referenceDate, scriptConfig } from '../src/config.ts';
import { formatReport, runCheck } from '../src/check/index.ts';
import { describeNextChange } from '../src/domain/integrity.ts';

const settings = scriptConfig();
const peildatum = referenceDate(settings);
const started = performance.now();
const result = await runCheck({ contentDir: settings.contentDir, peildatum });
if (result.problems.length > 0) {
  console.error(formatReport(result.problems));
  process.exit(1);
}
console.log(`Inhoud in orde: ${result.entries.length} items gecontroleerd in ${Math.round(performance.now() - started)} ms.`);
console.log(describeNextChange(result.entries, peildatum));
