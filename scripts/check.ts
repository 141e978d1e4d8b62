/**
 * npm run check: validate all content without building. Exit 1 when there is any problem.
 */
import { referenceDate, contentDir } from '../src/config.ts';
import { formatReport, runCheck } from '../src/check/index.ts';
import { describeNextChange } from '../src/domain/integrity.ts';

const started = performance.now();
const result = await runCheck({ contentDir: contentDir(), peildatum: referenceDate() });
if (result.problems.length > 0) {
  console.error(formatReport(result.problems));
  process.exit(1);
}
console.log(`Inhoud in orde: ${result.entries.length} items gecontroleerd in ${Math.round(performance.now() - started)} ms.`);
console.log(describeNextChange(result.entries, referenceDate()));
