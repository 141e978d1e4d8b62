/**
 * npm run check: validate all content without building. Exit 1 when there is any problem.
 */
import { referenceDate, scriptConfig } from '../src/config.ts';
import { checkCommand } from '../src/check/index.ts';

const settings = scriptConfig();
const { code, stdout, stderr } = await checkCommand({ contentDir: settings.contentDir, peildatum: referenceDate(settings) });
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
