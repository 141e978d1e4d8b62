/**
 * npm run nieuw -- <collectie> "<titel>": writes a new entry with every required field filled
 * in and the optional ones as comments, into WEGWIJS_CONTENT (default content/). The id (file
 * name) comes from the title, unique in the collection. See src/cms/skeleton.ts (`newEntry`).
 */
import { referenceDate, scriptConfig } from '../src/config.ts';
import { newEntry } from '../src/cms/skeleton.ts';

const settings = scriptConfig();
const { code, stdout, stderr } = await newEntry(process.argv.slice(2), { contentDir: settings.contentDir, today: referenceDate(settings) });
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
